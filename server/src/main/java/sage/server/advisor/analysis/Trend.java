package sage.server.advisor.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

import org.jspecify.annotations.Nullable;

/**
 * The long-term trend, read from the 50-day against the 200-day simple moving average of
 * daily closes: up when the short average is more than 1 % above the long one, down when
 * more than 1 % below, sideways in between (a band, so that two averages a hair apart are
 * not called a trend).
 */
public enum Trend {

	/** The 50-day average more than 1 % above the 200-day. */
	UP,
	/** Within 1 % of each other. */
	SIDEWAYS,
	/** The 50-day average more than 1 % below the 200-day. */
	DOWN,
	/** Too little history for a 200-day average. */
	UNKNOWN;

	private static final BigDecimal BAND = new BigDecimal("0.01");

	/** The trend the two averages show; {@link #UNKNOWN} when either is missing. */
	public static Trend of(@Nullable BigDecimal sma50, @Nullable BigDecimal sma200) {
		if (sma50 == null || sma200 == null || sma200.signum() <= 0) {
			return UNKNOWN;
		}
		BigDecimal gap = sma50.divide(sma200, MathContext.DECIMAL64).subtract(BigDecimal.ONE);
		if (gap.compareTo(BAND) > 0) {
			return UP;
		}
		return (gap.compareTo(BAND.negate()) < 0) ? DOWN : SIDEWAYS;
	}

}
