package sage.engine.series;

import java.util.Optional;

/**
 * What makes a bar impossible. A bar with a defect is never stored or fed to an
 * indicator: one bad print would poison every moving average that reads it.
 */
public enum BarDefect {

	/** A price or the volume is NaN or infinite. */
	NOT_FINITE("price or volume is not a finite number"),

	/** A price is zero or negative. */
	NON_POSITIVE_PRICE("price is zero or negative"),

	/** The high is below the low. */
	HIGH_BELOW_LOW("high is below low"),

	/** The open lies outside the bar's high-low range. */
	OPEN_OUTSIDE_RANGE("open is outside the high-low range"),

	/** The close lies outside the bar's high-low range. */
	CLOSE_OUTSIDE_RANGE("close is outside the high-low range"),

	/** The volume is negative. */
	NEGATIVE_VOLUME("volume is negative");

	private final String reason;

	BarDefect(String reason) {
		this.reason = reason;
	}

	/** A short human reason, e.g. {@code high is below low}. */
	public String reason() {
		return this.reason;
	}

	/**
	 * The first defect of a bar, checked in declaration order, or empty for a sound bar.
	 * Equal prices are sound (a bar with no trades inside it has open = high = low =
	 * close).
	 */
	public static Optional<BarDefect> of(double open, double high, double low, double close, double volume) {
		if (!Double.isFinite(open) || !Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close)
				|| !Double.isFinite(volume)) {
			return Optional.of(NOT_FINITE);
		}
		if (open <= 0 || high <= 0 || low <= 0 || close <= 0) {
			return Optional.of(NON_POSITIVE_PRICE);
		}
		if (high < low) {
			return Optional.of(HIGH_BELOW_LOW);
		}
		if (open > high || open < low) {
			return Optional.of(OPEN_OUTSIDE_RANGE);
		}
		if (close > high || close < low) {
			return Optional.of(CLOSE_OUTSIDE_RANGE);
		}
		if (volume < 0) {
			return Optional.of(NEGATIVE_VOLUME);
		}
		return Optional.empty();
	}

}
