package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An account that orders go to: a paper account with virtual money, or (later) an
 * exchange account.
 *
 * @param id the account id
 * @param name the owner's name for it, unique among their accounts
 * @param venue {@code paper}, or the exchange
 * @param balances per currency or asset: what was deposited plus what the fills moved
 * @param createdAt when it was opened
 */
@Schema(description = "A trading account: paper (virtual money) for now")
public record TradingAccount(@Schema(example = "5b0f3f0e-8d0a-4c55-9a55-2f1c8f3f4a10") String id,
		@Schema(example = "Practice") String name, @Schema(example = "paper") String venue, List<Balance> balances,
		Instant createdAt) {

	/** Copies the list. */
	public TradingAccount {
		balances = List.copyOf(balances);
	}

	/**
	 * One currency or asset of an account.
	 *
	 * @param currency {@code USD}, {@code BTC}, {@code 005930}
	 * @param deposited what was put in when the account was opened
	 * @param total deposited plus what every fill moved, fees taken
	 * @param committed the capital of the bots that can still trade (new, running,
	 * paused)
	 * @param available what a new bot may be given: the deposit and what bots that ended
	 * settled, less the committed capital
	 */
	public record Balance(@Schema(example = "USD") String currency, @Schema(example = "10000") BigDecimal deposited,
			@Schema(example = "10234.5") BigDecimal total, @Schema(example = "5000") BigDecimal committed,
			@Schema(example = "5234.5") BigDecimal available) {
	}

}
