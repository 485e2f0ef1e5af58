package sage.server.advisor.shadow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.advisor.Stance;

/**
 * How a call in the shadow portfolio fared. A call is {@code CLOSED} at the close of the
 * first daily bar at or after its horizon's end, and is then scored; before that it is
 * {@code OPEN}, marked to the latest daily close after its start (or to its entry price
 * when none is stored yet), and not scored.
 *
 * <p>
 * Returns are percent of the entry price, 2 decimals: buy-and-hold is the asset's own
 * move over the call's days; a buy or a hold (keeping what one has) earns that move; a
 * sell earns its opposite (what selling, or staying out, saved). A buy is right when the
 * price rose, a sell when it fell, a hold when it did not fall.
 *
 * @param id the call's id
 * @param messageId the answer that made it
 * @param symbol the instrument
 * @param stance buy, hold or sell
 * @param entryPrice the price the answer stated
 * @param currency the price's currency
 * @param pricedAt when that price held
 * @param horizonDays its horizon, calendar days
 * @param confidence how sure the advisor said it was, 0 to 1
 * @param addedAt when the user added it
 * @param status {@code OPEN} or {@code CLOSED}
 * @param exitPrice the close it was scored at, or for an open call the latest close
 * @param exitAt that close's daily bar
 * @param buyAndHoldReturn the asset's move from entry to exit, percent
 * @param callReturn what following the call made, percent
 * @param hit whether the call was right; null while open
 */
@Schema(description = "How a call in the shadow portfolio fared")
public record CallOutcome(String id, String messageId, @Schema(example = "BTC-USD") String symbol, Stance stance,
		@Schema(example = "9630.6") BigDecimal entryPrice, @Schema(example = "USD") @Nullable String currency,
		Instant pricedAt, @Schema(example = "30") int horizonDays, @Schema(example = "0.6") BigDecimal confidence,
		Instant addedAt, Status status, @Schema(example = "8299.72") BigDecimal exitPrice, Instant exitAt,
		@Schema(example = "-13.82") BigDecimal buyAndHoldReturn, @Schema(example = "-13.82") BigDecimal callReturn,
		@Nullable Boolean hit) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Whether a call's horizon has passed. */
	public enum Status {

		/** Its horizon has not passed, or no close after it is stored yet. */
		OPEN,
		/** Scored at the first close at or after its horizon. */
		CLOSED

	}

	/**
	 * How {@code call} fared over {@code closes}, the asset's daily closes oldest first.
	 */
	public static CallOutcome of(ShadowCall call, List<DailyClose> closes) {
		Instant due = call.due();
		DailyClose exit = null;
		DailyClose latest = null;
		for (DailyClose close : closes) {
			if (!close.at().isAfter(call.pricedAt())) {
				continue;
			}
			if (!close.at().isBefore(due)) {
				exit = close;
				break;
			}
			latest = close;
		}
		Status status = (exit != null) ? Status.CLOSED : Status.OPEN;
		if (exit == null) {
			exit = (latest != null) ? latest : new DailyClose(call.pricedAt(), call.entryPrice());
		}
		BigDecimal move = exit.close()
			.divide(call.entryPrice(), MathContext.DECIMAL64)
			.subtract(BigDecimal.ONE)
			.multiply(HUNDRED);
		BigDecimal earned = (call.stance() == Stance.SELL) ? move.negate() : move;
		Boolean hit = null;
		if (status == Status.CLOSED) {
			int sign = exit.close().compareTo(call.entryPrice());
			hit = switch (call.stance()) {
				case BUY -> sign > 0;
				case HOLD -> sign >= 0;
				case SELL -> sign < 0;
			};
		}
		return new CallOutcome(call.id(), call.messageId(), call.symbol(), call.stance(), call.entryPrice(),
				call.currency(), call.pricedAt(), call.horizonDays(), call.confidence(), call.addedAt(), status,
				exit.close(), exit.at(), percent(move), percent(earned), hit);
	}

	static BigDecimal percent(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_EVEN);
	}

}
