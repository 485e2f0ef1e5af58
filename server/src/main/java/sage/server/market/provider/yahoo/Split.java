package sage.server.market.provider.yahoo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * A stock split as Yahoo reports it in a chart: {@code numerator} new shares for
 * {@code denominator} old ones ({@code 4:1} quadruples the share count).
 *
 * @param date the first session on the new share count
 * @param numerator new shares
 * @param denominator old shares
 */
public record Split(Instant date, BigDecimal numerator, BigDecimal denominator) {

	public Split {
		if (numerator.signum() <= 0 || denominator.signum() <= 0) {
			throw new IllegalArgumentException("split ratio must be positive: " + numerator + ":" + denominator);
		}
	}

	/**
	 * New shares per old share ({@code 4} for {@code 4:1}, {@code 0.1} for {@code 1:10}).
	 */
	public BigDecimal ratio() {
		return this.numerator.divide(this.denominator, MathContext.DECIMAL64);
	}

}
