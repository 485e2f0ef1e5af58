package sage.server.advisor.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.stereotype.Component;

import sage.server.advisor.AdvisorProblems;
import sage.server.advisor.TokenUsage;
import sage.server.identity.Tier;
import sage.server.platform.ProblemException;

/**
 * The monthly token budgets: what each user spent this calendar month (UTC) against their
 * tier's allowance, checked before a question is sent to the model and recorded after.
 */
@Component
public class TokenBudget {

	private final TokenUsageStore store;

	private final TokenBudgetProperties properties;

	private final Clock clock;

	TokenBudget(TokenUsageStore store, TokenBudgetProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/** The user's month so far. */
	public MonthlyTokens month(UUID owner, Tier tier) {
		YearMonth month = YearMonth.from(this.clock.instant().atZone(ZoneOffset.UTC));
		Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant renews = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		long budget = this.properties.of(tier);
		return new MonthlyTokens(month.toString(), tier, this.store.spent(owner, from, renews),
				(budget < 0) ? null : budget, renews);
	}

	/**
	 * Refuses a question to the model when the user has spent their month's budget.
	 * @throws ProblemException {@code token-budget-exhausted}
	 */
	public void check(UUID owner, Tier tier) {
		MonthlyTokens month = month(owner, tier);
		if (month.exhausted()) {
			throw new ProblemException(AdvisorProblems.TOKEN_BUDGET_EXHAUSTED,
					"You have spent this month's " + month.budget() + " language model tokens (" + month.spent()
							+ " used) on the " + tier.name().toLowerCase(java.util.Locale.ROOT)
							+ " tier; the budget renews on " + month.renewsAt()
							+ ". Nothing was asked; an administrator can raise sage.advisor.model.monthly-tokens.");
		}
	}

	/** Keeps what the model spent on one answer. */
	public void record(UUID owner, String messageId, String model, TokenUsage usage) {
		this.store.record(owner, messageId, model, usage, this.clock.instant());
	}

}
