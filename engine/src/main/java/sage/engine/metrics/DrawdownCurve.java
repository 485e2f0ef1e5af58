package sage.engine.metrics;

/**
 * How far an equity curve stands below its running peak at each bar, as a fraction of the
 * peak (0 at a new high, 0.25 when 25% below), with the deepest drawdown and the longest
 * time spent below a peak.
 */
public final class DrawdownCurve {

	private final double[] drawdown;

	private final double maxDrawdown;

	private final int longestBars;

	private final long longestMillis;

	private DrawdownCurve(double[] drawdown, double maxDrawdown, int longestBars, long longestMillis) {
		this.drawdown = drawdown;
		this.maxDrawdown = maxDrawdown;
		this.longestBars = longestBars;
		this.longestMillis = longestMillis;
	}

	/**
	 * The drawdowns of {@code equity}.
	 * @param times open time of each bar, epoch milliseconds
	 * @param equity equity at each bar's close, positive
	 */
	public static DrawdownCurve of(long[] times, double[] equity) {
		if (times.length != equity.length) {
			throw new IllegalArgumentException("times and equity differ in length");
		}
		double[] drawdown = new double[equity.length];
		double peak = Double.NEGATIVE_INFINITY;
		int peakAt = 0;
		double deepest = 0;
		int longestBars = 0;
		long longestMillis = 0;
		for (int i = 0; i < equity.length; i++) {
			if (equity[i] >= peak) {
				peak = equity[i];
				peakAt = i;
			}
			drawdown[i] = (peak - equity[i]) / peak;
			deepest = Math.max(deepest, drawdown[i]);
			// a drawdown lasts from its peak to the bar that regains it, or to the end
			if (i > peakAt) {
				longestBars = Math.max(longestBars, i - peakAt);
				longestMillis = Math.max(longestMillis, times[i] - times[peakAt]);
			}
		}
		return new DrawdownCurve(drawdown, deepest, longestBars, longestMillis);
	}

	/** The drawdown at each bar, a fraction of the peak; a copy. */
	public double[] values() {
		return this.drawdown.clone();
	}

	/** The deepest drawdown, a fraction in [0, 1). */
	public double maxDrawdown() {
		return this.maxDrawdown;
	}

	/** The most bars spent below a peak before regaining it (or until the end). */
	public int maxDurationBars() {
		return this.longestBars;
	}

	/** The longest time below a peak, in milliseconds between bar open times. */
	public long maxDurationMillis() {
		return this.longestMillis;
	}

}
