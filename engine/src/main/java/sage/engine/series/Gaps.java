package sage.engine.series;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds missing bars: steps between consecutive open times longer than a series should
 * have.
 */
public final class Gaps {

	private Gaps() {
	}

	/**
	 * Gaps in data that trades around the clock (crypto): every step longer than the
	 * timeframe.
	 * @param series the bars
	 * @return the gaps, oldest first
	 */
	public static List<Gap> continuous(BarSeries series) {
		Objects.requireNonNull(series, "series");
		return longerThan(series, series.timeframe().duration().toMillis());
	}

	/**
	 * Gaps in daily data of a market that closes: steps longer than {@code maxStepDays}
	 * days, e.g. 4 to let weekends and single holidays pass.
	 * @param series daily bars
	 * @param maxStepDays the longest step that is not a gap, at least 1
	 * @return the gaps, oldest first
	 * @throws IllegalArgumentException when the series is not daily or the step is below
	 * 1
	 */
	public static List<Gap> daily(BarSeries series, int maxStepDays) {
		Objects.requireNonNull(series, "series");
		if (series.timeframe() != Timeframe.D1) {
			throw new IllegalArgumentException("daily gaps need daily bars, not " + series.timeframe());
		}
		if (maxStepDays < 1) {
			throw new IllegalArgumentException("maxStepDays must be at least 1: " + maxStepDays);
		}
		return longerThan(series, Duration.ofDays(maxStepDays).toMillis());
	}

	private static List<Gap> longerThan(BarSeries series, long maxStep) {
		long length = series.timeframe().duration().toMillis();
		List<Gap> gaps = new ArrayList<>();
		for (int i = 1; i < series.size(); i++) {
			long step = series.time(i) - series.time(i - 1);
			if (step > maxStep) {
				gaps.add(new Gap(series.time(i - 1), series.time(i), step / length - 1));
			}
		}
		return gaps;
	}

}
