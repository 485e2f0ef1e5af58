package sage.server.advisor.usage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import sage.server.identity.Tier;

/**
 * Settings under {@code sage.advisor.model.monthly-tokens.*}: how many language model
 * tokens (prompt and answer) a user of each tier may spend in a calendar month (UTC). A
 * negative value means no limit. The offline advisor spends none and is never limited.
 *
 * @param free the budget of a free account
 * @param pro the budget of a pro account
 */
@ConfigurationProperties("sage.advisor.model.monthly-tokens")
public record TokenBudgetProperties(@DefaultValue("200000") long free, @DefaultValue("2000000") long pro) {

	/** The monthly budget of {@code tier}; negative for none. */
	public long of(Tier tier) {
		return switch (tier) {
			case FREE -> this.free;
			case PRO -> this.pro;
		};
	}

}
