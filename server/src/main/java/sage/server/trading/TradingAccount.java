package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An account that orders go to: a paper account with virtual money, or a live account on
 * an exchange, connected with an API key kept in the vault.
 *
 * @param id the account id
 * @param name the owner's name for it, unique among their accounts
 * @param venue {@code paper}, or the exchange ({@code binance})
 * @param balances per currency or asset: for a paper account what was deposited plus what
 * the fills moved; for a live account what the exchange reported
 * @param createdAt when it was opened or connected
 * @param live whether orders go to a real exchange
 * @param keyHint for a live account, the API key's first and last four characters
 * @param balancesAsOf for a live account, when the exchange reported the balances (older
 * than now when it could not be asked)
 * @param haltedUntil until when nothing is sent to the exchange, which is rate limiting
 * or has banned this client; null when trading is not halted
 * @param limits a live account's pre-trade limits for orders placed by hand; null for a
 * paper account (its bots carry their own)
 */
@Schema(description = "A trading account: paper (virtual money) or live (an exchange account)")
public record TradingAccount(@Schema(example = "5b0f3f0e-8d0a-4c55-9a55-2f1c8f3f4a10") String id,
		@Schema(example = "Practice") String name, @Schema(example = "paper") String venue, List<Balance> balances,
		Instant createdAt, boolean live, @Schema(example = "vmPU…A31A") @Nullable String keyHint,
		@Nullable Instant balancesAsOf, @Nullable Instant haltedUntil, @Nullable AccountLimits limits) {

	/** Copies the list. */
	public TradingAccount {
		balances = List.copyOf(balances);
	}

	/**
	 * One currency or asset of an account.
	 *
	 * @param currency {@code USD}, {@code BTC}, {@code 005930}
	 * @param deposited what was put in when the account was opened; null for a live
	 * account
	 * @param total deposited plus what every fill moved, fees taken
	 * @param committed the capital of the bots that can still trade (new, running,
	 * paused)
	 * @param available what a new bot may be given: the deposit and what bots that ended
	 * settled, less the committed capital
	 */
	public record Balance(@Schema(example = "USD") String currency,
			@Schema(example = "10000") @Nullable BigDecimal deposited, @Schema(example = "10234.5") BigDecimal total,
			@Schema(example = "5000") BigDecimal committed, @Schema(example = "5234.5") BigDecimal available) {
	}

}
