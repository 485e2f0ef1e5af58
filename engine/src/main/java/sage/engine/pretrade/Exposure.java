package sage.engine.pretrade;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the account (or the bot) holds when an order is checked, as the caller knows it.
 * The figures are in the quote currency, marked at the caller's prices.
 *
 * <p>
 * The peak is the highest equity so far, so it can be no lower than the equity now or at
 * the start of the day; a record that says otherwise has its arguments mixed up and is
 * refused here rather than read as a drawdown of zero.
 *
 * @param positionQuantity the signed position in the order's symbol, negative for a short
 * @param openOrders the orders working now, not negative
 * @param equity the equity now; may be zero or negative (a margin account)
 * @param peakEquity the highest equity so far, positive
 * @param dayStartEquity the equity at 00:00 UTC of the current day
 * @param grossExposure the sum of |position value| over all symbols, not negative
 */
public record Exposure(BigDecimal positionQuantity, int openOrders, BigDecimal equity, BigDecimal peakEquity,
		BigDecimal dayStartEquity, BigDecimal grossExposure) {

	/** Checks the fields. */
	public Exposure {
		Objects.requireNonNull(positionQuantity, "positionQuantity");
		Objects.requireNonNull(equity, "equity");
		Objects.requireNonNull(peakEquity, "peakEquity");
		Objects.requireNonNull(dayStartEquity, "dayStartEquity");
		Objects.requireNonNull(grossExposure, "grossExposure");
		if (openOrders < 0) {
			throw new IllegalArgumentException("open orders must not be negative: " + openOrders);
		}
		if (peakEquity.signum() <= 0) {
			throw new IllegalArgumentException("peak equity must be positive: " + peakEquity);
		}
		if (peakEquity.compareTo(equity) < 0 || peakEquity.compareTo(dayStartEquity) < 0) {
			throw new IllegalArgumentException("peak equity " + peakEquity + " is below the equity " + equity
					+ " or the day's start " + dayStartEquity);
		}
		if (grossExposure.signum() < 0) {
			throw new IllegalArgumentException("gross exposure must not be negative: " + grossExposure);
		}
	}

	/**
	 * An account that holds nothing and has neither gained nor lost: no position, no open
	 * order, equity at its peak and at the day's start.
	 * @param equity positive
	 */
	public static Exposure flat(BigDecimal equity) {
		return new Exposure(BigDecimal.ZERO, 0, equity, equity, equity, BigDecimal.ZERO);
	}

	/** What was lost since the start of the day, {@code dayStartEquity - equity}. */
	public BigDecimal lossToday() {
		return this.dayStartEquity.subtract(this.equity);
	}

}
