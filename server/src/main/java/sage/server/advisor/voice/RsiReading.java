package sage.server.advisor.voice;

import java.math.BigDecimal;

/**
 * How an RSI value is read, by Wilder's usual thresholds: overbought above 70, oversold
 * below 30, neutral between.
 */
enum RsiReading {

	OVERBOUGHT, NEUTRAL, OVERSOLD;

	static final BigDecimal OVERBOUGHT_ABOVE = BigDecimal.valueOf(70);

	static final BigDecimal OVERSOLD_BELOW = BigDecimal.valueOf(30);

	static RsiReading of(BigDecimal rsi) {
		if (rsi.compareTo(OVERBOUGHT_ABOVE) > 0) {
			return OVERBOUGHT;
		}
		return (rsi.compareTo(OVERSOLD_BELOW) < 0) ? OVERSOLD : NEUTRAL;
	}

}
