package sage.server.advisor.usage;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.identity.Tier;

/**
 * A user's language model tokens this calendar month (UTC).
 *
 * @param month the month, {@code 2026-12}
 * @param tier the user's tier
 * @param spent the tokens spent so far (prompts and answers)
 * @param budget the tier's monthly budget; null when unlimited
 * @param renewsAt when the next month's budget starts
 */
@Schema(description = "Your language model tokens this month against your tier's budget")
public record MonthlyTokens(@Schema(example = "2026-12") String month, Tier tier, @Schema(example = "41250") long spent,
		@Schema(example = "200000") @Nullable Long budget, Instant renewsAt) {

	/** Whether no token is left this month. */
	public boolean exhausted() {
		return this.budget != null && this.spent >= this.budget;
	}

}
