package sage.engine.indicator;

import java.util.List;
import java.util.Optional;

import sage.engine.series.BarSeries;
import sage.engine.param.ParamSpec;

import static sage.engine.indicator.IndicatorInput.CLOSE;
import static sage.engine.indicator.IndicatorInput.CLOSE_VOLUME;
import static sage.engine.indicator.IndicatorInput.HIGH_LOW_CLOSE;
import static sage.engine.indicator.IndicatorInput.HIGH_LOW_CLOSE_VOLUME;

/**
 * Every indicator of this package under a stable lowercase name, with its parameter
 * schema, inputs, outputs and placement, computed by calling the indicator class
 * directly: a catalogue entry gives the very bits the class gives, {@code NaN} warm-up
 * included.
 *
 * <p>
 * Periods are capped at {@value #MAX_PERIOD} bars: longer windows are rarely meaningful
 * and every bar of warm-up has to be read before the first value.
 */
public final class IndicatorCatalog {

	/** The longest period any catalogue indicator accepts. */
	public static final int MAX_PERIOD = 500;

	private final List<IndicatorDefinition> definitions = List.of(
			closeAverage("sma", "Simple moving average: the mean of the last period closes.", 20, Sma::unstableBars,
					Sma::compute),
			closeAverage("ema", "Exponential moving average, seeded with the mean of the first period closes.", 20,
					Ema::unstableBars, Ema::compute),
			closeAverage("wma", "Linearly weighted moving average: the newest close weighs most.", 20,
					Wma::unstableBars, Wma::compute),
			closeAverage("rma", "Wilder's moving average (RMA, SMMA): an EMA with smoothing 1 / period.", 14,
					Rma::unstableBars, Rma::compute),
			new IndicatorDefinition("jma", "Jurik moving average: an adaptive, low-lag smoother with a phase setting.",
					CLOSE, List.of("jma"), true,
					List.of(ParamSpec.integer("length", 7, 1, MAX_PERIOD, "Smoothing length in bars"),
							ParamSpec.decimal("phase", "0", "-100", "100",
									"Phase: negative lags more and overshoots less, positive the reverse")),
					IndicatorDefinition.Rule.NONE, (p) -> Jma.unstableBars(p.intValue("length")),
					(bars, p) -> new double[][] {
							Jma.compute(bars.closes(), p.intValue("length"), p.doubleValue("phase")) }),
			oscillator("rsi", "Relative Strength Index with Wilder's smoothing, 0 to 100.", CLOSE, 14, 2,
					Rsi::unstableBars, (bars, period) -> Rsi.compute(bars.closes(), period)),
			oscillator("atr", "Average True Range with Wilder's smoothing, in price units.", HIGH_LOW_CLOSE, 14, 1,
					Atr::unstableBars, (bars, period) -> Atr.compute(bars.highs(), bars.lows(), bars.closes(), period)),
			new IndicatorDefinition("bollinger",
					"Bollinger Bands: a simple moving average with bands stdDev population standard deviations "
							+ "above and below it.",
					CLOSE, List.of("middle", "upper", "lower"), true,
					List.of(period(20, 2, "Window length in bars"),
							ParamSpec.decimal("stdDev", "2", "0.1", "10", "Band width in standard deviations")),
					IndicatorDefinition.Rule.NONE, (p) -> Bollinger.unstableBars(p.intValue("period")), (bars, p) -> {
						Bollinger.Lines lines = Bollinger.compute(bars.closes(), p.intValue("period"),
								p.doubleValue("stdDev"));
						return new double[][] { lines.middle(), lines.upper(), lines.lower() };
					}),
			new IndicatorDefinition("macd",
					"Moving Average Convergence/Divergence: fast EMA minus slow EMA, its signal EMA and the "
							+ "histogram between them.",
					CLOSE, List.of("macd", "signal", "histogram"), false,
					List.of(ParamSpec.integer("fast", 12, 1, MAX_PERIOD - 1, "Fast EMA period, below slow"),
							ParamSpec.integer("slow", 26, 2, MAX_PERIOD, "Slow EMA period, above fast"),
							ParamSpec.integer("signal", 9, 1, MAX_PERIOD, "Signal EMA period")),
					IndicatorCatalog::fastBelowSlow,
					(p) -> Macd.unstableBars(p.intValue("fast"), p.intValue("slow"), p.intValue("signal")),
					(bars, p) -> {
						Macd.Lines lines = Macd.compute(bars.closes(), p.intValue("fast"), p.intValue("slow"),
								p.intValue("signal"));
						return new double[][] { lines.macd(), lines.signal(), lines.histogram() };
					}),
			new IndicatorDefinition("stochastic",
					"Slow stochastic oscillator, 0 to 100: where the close sits in the recent high-low range (%K) "
							+ "and its average (%D).",
					HIGH_LOW_CLOSE, List.of("k", "d"), false,
					List.of(ParamSpec.integer("fastK", 14, 1, MAX_PERIOD, "High-low range window in bars"),
							ParamSpec.integer("slowK", 3, 1, MAX_PERIOD, "SMA period of fast %K"),
							ParamSpec.integer("slowD", 3, 1, MAX_PERIOD, "SMA period of slow %K")),
					IndicatorDefinition.Rule.NONE,
					(p) -> Stochastic.unstableBars(p.intValue("fastK"), p.intValue("slowK"), p.intValue("slowD")),
					(bars, p) -> {
						Stochastic.Lines lines = Stochastic.compute(bars.highs(), bars.lows(), bars.closes(),
								p.intValue("fastK"), p.intValue("slowK"), p.intValue("slowD"));
						return new double[][] { lines.k(), lines.d() };
					}),
			new IndicatorDefinition("adx",
					"Average Directional Index (trend strength, 0 to 100) with the directional indicators +DI "
							+ "and -DI.",
					HIGH_LOW_CLOSE, List.of("adx", "plusDi", "minusDi"), false,
					List.of(period(14, 2, "Smoothing period in bars")), IndicatorDefinition.Rule.NONE,
					(p) -> Adx.unstableBars(p.intValue("period")), (bars, p) -> {
						Adx.Lines lines = Adx.compute(bars.highs(), bars.lows(), bars.closes(), p.intValue("period"));
						return new double[][] { lines.adx(), lines.plusDi(), lines.minusDi() };
					}),
			oscillator("cci",
					"Commodity Channel Index: the typical price's distance from its mean, in mean deviations.",
					HIGH_LOW_CLOSE, 20, 2, Cci::unstableBars,
					(bars, period) -> Cci.compute(bars.highs(), bars.lows(), bars.closes(), period)),
			oscillator("williams-r", "Williams %R, -100 to 0: how far the close sits below the recent high.",
					HIGH_LOW_CLOSE, 14, 2, WilliamsR::unstableBars,
					(bars, period) -> WilliamsR.compute(bars.highs(), bars.lows(), bars.closes(), period)),
			oscillator("roc", "Rate of change over period bars, in percent.", CLOSE, 10, 1, Roc::unstableBars,
					(bars, period) -> Roc.compute(bars.closes(), period)),
			oscillator("momentum", "Momentum: the close minus the close period bars earlier, in price units.", CLOSE,
					10, 1, Momentum::unstableBars, (bars, period) -> Momentum.compute(bars.closes(), period)),
			new IndicatorDefinition("obv",
					"On-Balance Volume: a running total of volume, added on up closes and subtracted on down "
							+ "closes, counted from the first bar computed.",
					CLOSE_VOLUME, List.of("obv"), false, List.of(), IndicatorDefinition.Rule.NONE,
					(p) -> Obv.unstableBars(),
					(bars, p) -> new double[][] { Obv.compute(bars.closes(), bars.volumes()) }),
			new IndicatorDefinition("vwap",
					"Volume-weighted average typical price. Intraday bars restart it at each UTC midnight; daily "
							+ "and weekly bars accumulate it from the first bar computed.",
					HIGH_LOW_CLOSE_VOLUME, List.of("vwap"), true, List.of(), IndicatorDefinition.Rule.NONE,
					(p) -> Vwap.unstableBars(), (bars, p) -> new double[][] { vwap(bars) }),
			new IndicatorDefinition("trend",
					"Trend classifier: 1 up, -1 down, 0 sideways, from the slope of an EMA of the close when the "
							+ "ADX shows a strong trend.",
					HIGH_LOW_CLOSE, List.of("trend"), false,
					List.of(ParamSpec.integer("emaPeriod", 50, 1, MAX_PERIOD, "EMA period in bars"),
							ParamSpec.integer("slopeBars", 5, 1, MAX_PERIOD, "Bars the EMA slope is measured over"),
							ParamSpec.integer("adxPeriod", 14, 2, MAX_PERIOD, "ADX period in bars"),
							ParamSpec.decimal("adxThreshold", "20", "0", "100",
									"ADX at or above which the slope counts as a trend")),
					IndicatorDefinition.Rule.NONE, (p) -> Trend.unstableBars(p.intValue("emaPeriod"),
							p.intValue("slopeBars"), p.intValue("adxPeriod")),
					(bars, p) -> new double[][] { trend(bars, p) }));

	/** Every indicator, in a stable order: averages, then oscillators, then volume. */
	public List<IndicatorDefinition> all() {
		return this.definitions;
	}

	/** The indicator with this name, exactly as listed (lowercase). */
	public Optional<IndicatorDefinition> find(String name) {
		return this.definitions.stream().filter((d) -> d.name().equals(name)).findFirst();
	}

	/** The names, in order, for messages that list what exists. */
	public List<String> names() {
		return this.definitions.stream().map(IndicatorDefinition::name).toList();
	}

	/** A moving average of the close, drawn over the price, with one period. */
	private static IndicatorDefinition closeAverage(String name, String description, int defaultPeriod,
			PeriodWarmUp warmUp, CloseLine line) {
		return new IndicatorDefinition(name, description, CLOSE, List.of(name), true,
				List.of(period(defaultPeriod, 1, "Window length in bars")), IndicatorDefinition.Rule.NONE,
				(p) -> warmUp.bars(p.intValue("period")),
				(bars, p) -> new double[][] { line.compute(bars.closes(), p.intValue("period")) });
	}

	/** A single line with one period, drawn in a panel of its own. */
	private static IndicatorDefinition oscillator(String name, String description, IndicatorInput input,
			int defaultPeriod, int minPeriod, PeriodWarmUp warmUp, BarLine line) {
		return new IndicatorDefinition(name, description, input, List.of(name), false,
				List.of(period(defaultPeriod, minPeriod, "Period in bars")), IndicatorDefinition.Rule.NONE,
				(p) -> warmUp.bars(p.intValue("period")),
				(bars, p) -> new double[][] { line.compute(bars, p.intValue("period")) });
	}

	private static ParamSpec period(int defaultValue, int min, String description) {
		return ParamSpec.integer("period", defaultValue, min, MAX_PERIOD, description);
	}

	private static IndicatorDefinition.Violation fastBelowSlow(IndicatorParams p) {
		// Macd itself accepts fast == slow, but then the MACD line is 0 throughout.
		if (p.intValue("fast") < p.intValue("slow")) {
			return null;
		}
		return new IndicatorDefinition.Violation("fast",
				"fast must be below slow (" + p.intValue("slow") + "), was " + p.intValue("fast"));
	}

	private static double[] vwap(BarSeries bars) {
		// A daily bar is a whole session: restarting every day would make the VWAP the
		// bar's typical price, so longer bars accumulate instead.
		if (bars.timeframe().isIntraday()) {
			return Vwap.compute(Vwap.utcDays(bars.times()), bars.highs(), bars.lows(), bars.closes(), bars.volumes());
		}
		return Vwap.compute(bars.highs(), bars.lows(), bars.closes(), bars.volumes());
	}

	private static double[] trend(BarSeries bars, IndicatorParams p) {
		Trend.Direction[] directions = Trend.classify(bars.highs(), bars.lows(), bars.closes(), p.intValue("emaPeriod"),
				p.intValue("slopeBars"), p.intValue("adxPeriod"), p.doubleValue("adxThreshold"));
		// Numbers so that the trend is a line like the others: the sign of the
		// direction, NaN where Trend has no classification yet.
		double[] out = new double[directions.length];
		for (int i = 0; i < directions.length; i++) {
			out[i] = (directions[i] == null) ? Double.NaN : switch (directions[i]) {
				case UP -> 1;
				case DOWN -> -1;
				case SIDEWAYS -> 0;
			};
		}
		return out;
	}

	@FunctionalInterface
	private interface PeriodWarmUp {

		int bars(int period);

	}

	@FunctionalInterface
	private interface CloseLine {

		double[] compute(double[] close, int period);

	}

	@FunctionalInterface
	private interface BarLine {

		double[] compute(BarSeries bars, int period);

	}

}
