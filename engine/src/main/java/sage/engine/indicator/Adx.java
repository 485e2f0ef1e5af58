package sage.engine.indicator;

/**
 * Average Directional Index with the directional indicators +DI and -DI.
 *
 * <p>
 * Matches TA-Lib {@code ADX}, {@code PLUS_DI} and {@code MINUS_DI}, including their
 * seeding. +DM is the rise of the high when it beats the fall of the low (and is
 * positive), -DM the converse. Directional movement and true range are summed over bars
 * {@code 1..period-1}, then Wilder-smoothed as {@code s = s - s / period + x} from bar
 * {@code period} on; {@code ±DI = 100 * ±DM / TR} from bar {@code period}. DX is
 * {@code 100 * |+DI - -DI| / (+DI + -DI)}; ADX is the mean of the first {@code period} DX
 * values (bars {@code period..2*period-1}), then
 * {@code (adx * (period - 1) + dx) / period}. As in TA-Lib, a true range (or DI sum)
 * below 1e-8 counts as zero: the DIs are then 0 and the ADX keeps its previous value.
 * Other libraries seed differently (ta4j, backtrader agree only late in a series).
 */
public final class Adx {

	private Adx() {
	}

	/**
	 * ADX, +DI and -DI over a whole input; ADX is {@code NaN} for {@link #unstableBars}
	 * bars, the DIs for {@link #diUnstableBars}.
	 *
	 * @param adx average directional index
	 * @param plusDi +DI
	 * @param minusDi -DI
	 */
	public record Lines(double[] adx, double[] plusDi, double[] minusDi) {
	}

	/**
	 * ADX, +DI and -DI at one bar; {@code NaN} while warming up.
	 *
	 * @param adx average directional index
	 * @param plusDi +DI
	 * @param minusDi -DI
	 */
	public record Values(double adx, double plusDi, double minusDi) {
	}

	/**
	 * Leading {@code NaN} ADX outputs (TA-Lib's {@code ADX} lookback).
	 * @param period smoothing period, at least 2 (TA-Lib's minimum)
	 * @return {@code 2 * period - 1}
	 */
	public static int unstableBars(int period) {
		return 2 * Arguments.period("period", period, 2) - 1;
	}

	/**
	 * Leading {@code NaN} +DI and -DI outputs (TA-Lib's {@code PLUS_DI} lookback).
	 * @param period smoothing period, at least 2
	 * @return {@code period}
	 */
	public static int diUnstableBars(int period) {
		return Arguments.period("period", period, 2);
	}

	/**
	 * Returns ADX, +DI and -DI.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param period smoothing period, at least 2 (14 is usual)
	 * @return three new arrays of {@code close.length} values
	 */
	public static Lines compute(double[] high, double[] low, double[] close, int period) {
		int n = Arguments.sameLength(high, low, close);
		Stream stream = stream(period);
		Lines lines = new Lines(new double[n], new double[n], new double[n]);
		for (int i = 0; i < n; i++) {
			Values v = stream.next(high[i], low[i], close[i]);
			lines.adx[i] = v.adx;
			lines.plusDi[i] = v.plusDi;
			lines.minusDi[i] = v.minusDi;
		}
		return lines;
	}

	/**
	 * Starts a streaming ADX.
	 * @param period smoothing period, at least 2
	 * @return a stream that has seen no bars
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming ADX, +DI and -DI: feed one bar at a time. */
	public static final class Stream {

		private static final Values WARMING_UP = new Values(Double.NaN, Double.NaN, Double.NaN);

		private final int period;

		private int index;

		private double previousHigh;

		private double previousLow;

		private double previousClose;

		private double plusDm;

		private double minusDm;

		private double trueRange;

		private double sumDx;

		private double adx;

		/** The outputs of the last bar taken, {@code NaN} while warming up. */
		private double adxOut = Double.NaN;

		private double plusDiOut = Double.NaN;

		private double minusDiOut = Double.NaN;

		private Stream(int period) {
			this.period = Arguments.period("period", period, 2);
		}

		/**
		 * Takes the next bar.
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @return ADX, +DI and -DI including this bar, {@code NaN} while warming up
		 */
		public Values next(double high, double low, double close) {
			take(high, low, close);
			return Double.isNaN(this.plusDiOut) ? WARMING_UP : new Values(this.adxOut, this.plusDiOut, this.minusDiOut);
		}

		/**
		 * Takes the next bar and returns the ADX alone, the same value as
		 * {@code next(high, low, close).adx()} without making a {@link Values} per bar (a
		 * trend filter reads only the ADX, on every bar).
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @return the ADX including this bar, {@code NaN} while warming up
		 */
		public double nextAdx(double high, double low, double close) {
			take(high, low, close);
			return this.adxOut;
		}

		// Split into small steps so that the JIT can inline the whole of it into a caller
		// that takes a bar per call (one method of this size would not be).
		private void take(double high, double low, double close) {
			int bar = this.index++;
			if (bar == 0) {
				this.previousHigh = high;
				this.previousLow = low;
				this.previousClose = close;
				return;
			}
			move(bar, high, low, close);
			if (bar >= this.period) {
				average(bar, directionalIndex());
			}
		}

		/**
		 * Sums, then Wilder-smooths, the directional movements and the true range of this
		 * bar.
		 */
		private void move(int bar, double high, double low, double close) {
			double up = high - this.previousHigh;
			double down = this.previousLow - low;
			double tr = Atr.trueRange(high, low, this.previousClose);
			this.previousHigh = high;
			this.previousLow = low;
			this.previousClose = close;
			if (bar >= this.period) {
				this.minusDm -= this.minusDm / this.period;
				this.plusDm -= this.plusDm / this.period;
			}
			if (down > 0 && up < down) {
				this.minusDm += down;
			}
			else if (up > 0 && up > down) {
				this.plusDm += up;
			}
			if (bar < this.period) {
				this.trueRange += tr;
			}
			else {
				this.trueRange = this.trueRange - (this.trueRange / this.period) + tr;
			}
		}

		/** Sets the DIs of this bar and returns its DX, {@code NaN} when undefined. */
		private double directionalIndex() {
			double plusDi = 0.0;
			double minusDi = 0.0;
			double dx = Double.NaN;
			if (!Arguments.isZero(this.trueRange)) {
				minusDi = 100.0 * (this.minusDm / this.trueRange);
				plusDi = 100.0 * (this.plusDm / this.trueRange);
				double sum = minusDi + plusDi;
				if (!Arguments.isZero(sum)) {
					dx = 100.0 * (Math.abs(minusDi - plusDi) / sum);
				}
			}
			this.plusDiOut = plusDi;
			this.minusDiOut = minusDi;
			return dx;
		}

		/** Seeds the ADX with the mean of the first DX values, then smooths it. */
		private void average(int bar, double dx) {
			int adxStart = 2 * this.period - 1;
			if (bar < adxStart) {
				if (!Double.isNaN(dx)) {
					this.sumDx += dx;
				}
				return;
			}
			if (bar == adxStart) {
				if (!Double.isNaN(dx)) {
					this.sumDx += dx;
				}
				this.adx = this.sumDx / this.period;
			}
			else if (!Double.isNaN(dx)) {
				this.adx = ((this.adx * (this.period - 1)) + dx) / this.period;
			}
			this.adxOut = this.adx;
		}

	}

}
