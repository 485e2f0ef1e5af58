package sage.server.advisor.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

import sage.engine.series.BarSeries;

/**
 * Figures over the newest daily bars that the market API does not compute itself: change,
 * volatility, drawdown, lowest low and highest high over a number of calendar days back
 * from the newest bar. Calendar days, not bars, so that "30 days" means the same for a
 * coin (30 bars) and a stock (about 21 sessions).
 *
 * <p>
 * A figure is given only when the history covers its whole window: some bar must lie
 * before it. Percentages are rounded half up to 2 decimals; prices are the stored values,
 * as the bars endpoint shows them.
 */
final class DailyFigures {

	private static final long DAY = Duration.ofDays(1).toMillis();

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Fewer returns than this make no meaningful volatility. */
	static final int MIN_RETURNS = 10;

	private DailyFigures() {
	}

	/**
	 * A figure and the first bar it read, whose day starts the source's range.
	 *
	 * @param value the figure
	 * @param from index of the first bar read
	 */
	record Figure(BigDecimal value, int from) {
	}

	/**
	 * The change of the close in percent from the newest bar at or before {@code days}
	 * before the newest bar, to the newest bar.
	 */
	static Optional<Figure> change(BarSeries bars, int days) {
		if (bars.isEmpty()) {
			return Optional.empty();
		}
		int last = bars.size() - 1;
		long cutoff = bars.time(last) - days * DAY;
		int base = -1;
		for (int i = last; i >= 0; i--) {
			if (bars.time(i) <= cutoff) {
				base = i;
				break;
			}
		}
		if (base < 0 || bars.close(base) <= 0) {
			return Optional.empty();
		}
		BigDecimal ratio = decimal(bars.close(last)).divide(decimal(bars.close(base)), MathContext.DECIMAL64);
		return Optional.of(new Figure(percent(ratio.subtract(BigDecimal.ONE)), base));
	}

	/**
	 * The sample standard deviation of the daily log returns of the bars within
	 * {@code days}, times the square root of {@code periodsPerYear}, in percent.
	 */
	static Optional<Figure> volatility(BarSeries bars, int days, double periodsPerYear) {
		int start = windowStart(bars, days);
		if (start < 1) {
			return Optional.empty();
		}
		int count = bars.size() - start;
		if (count < MIN_RETURNS) {
			return Optional.empty();
		}
		double[] returns = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			returns[i] = Math.log(bars.close(start + i) / bars.close(start + i - 1));
			sum += returns[i];
		}
		double mean = sum / count;
		double squares = 0;
		for (double r : returns) {
			squares += (r - mean) * (r - mean);
		}
		double annual = Math.sqrt(squares / (count - 1)) * Math.sqrt(periodsPerYear);
		if (!Double.isFinite(annual)) {
			return Optional.empty();
		}
		return Optional.of(new Figure(percent(BigDecimal.valueOf(annual)), start - 1));
	}

	/**
	 * The deepest fall of the close below its running peak among the bars within
	 * {@code days}, as a negative percent (zero when the close only rose).
	 */
	static Optional<Figure> maxDrawdown(BarSeries bars, int days) {
		int start = windowStart(bars, days);
		if (start < 1) {
			return Optional.empty();
		}
		double peak = bars.close(start);
		double deepest = 0;
		for (int i = start; i < bars.size(); i++) {
			peak = Math.max(peak, bars.close(i));
			deepest = Math.min(deepest, bars.close(i) / peak - 1);
		}
		return Optional.of(new Figure(percent(BigDecimal.valueOf(deepest)), start));
	}

	/** The lowest low among the bars within {@code days}. */
	static Optional<Figure> lowestLow(BarSeries bars, int days) {
		int start = windowStart(bars, days);
		if (start < 1) {
			return Optional.empty();
		}
		double low = Double.POSITIVE_INFINITY;
		for (int i = start; i < bars.size(); i++) {
			low = Math.min(low, bars.low(i));
		}
		return Optional.of(new Figure(decimal(low), start));
	}

	/** The highest high among the bars within {@code days}. */
	static Optional<Figure> highestHigh(BarSeries bars, int days) {
		int start = windowStart(bars, days);
		if (start < 1) {
			return Optional.empty();
		}
		double high = Double.NEGATIVE_INFINITY;
		for (int i = start; i < bars.size(); i++) {
			high = Math.max(high, bars.high(i));
		}
		return Optional.of(new Figure(decimal(high), start));
	}

	/**
	 * The first bar opened less than {@code days} before the newest one (for a coin, the
	 * newest {@code days} bars); -1 when there are no bars.
	 */
	private static int windowStart(BarSeries bars, int days) {
		if (bars.isEmpty()) {
			return -1;
		}
		long cutoff = bars.time(bars.size() - 1) - days * DAY;
		int start = bars.size() - 1;
		while (start > 0 && bars.time(start - 1) > cutoff) {
			start--;
		}
		return start;
	}

	/** A stored price (a double) as the decimal it was written as. */
	static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value);
	}

	/** A fraction (0.1234) as a percent with 2 decimals (12.34). */
	private static BigDecimal percent(BigDecimal fraction) {
		return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
	}

}
