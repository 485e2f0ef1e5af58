package sage.engine.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.param.ParamSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each catalogue entry computes exactly what its indicator class computes when called
 * directly with the same parameters (to the bit, warm-up {@code NaN}s included), on the
 * real ORCL daily series, and describes itself as the API promises.
 */
class IndicatorCatalogTest {

	private static final long HOUR = 3_600_000L;

	private static final BarSeries DAILY = orcl(Timeframe.D1);

	private static final BarSeries HOURLY = orcl(Timeframe.H1);

	private final IndicatorCatalog catalog = new IndicatorCatalog();

	/**
	 * Non-default parameters where the indicator takes any, so that a parameter routed to
	 * the wrong argument shows.
	 */
	static Stream<Arguments> directCalls() {
		double[] h = DAILY.highs();
		double[] l = DAILY.lows();
		double[] c = DAILY.closes();
		double[] v = DAILY.volumes();
		return Stream.of(call("sma", Map.of("period", 30), (b) -> lines(Sma.compute(c, 30))),
				call("ema", Map.of("period", 30), (b) -> lines(Ema.compute(c, 30))),
				call("wma", Map.of("period", 30), (b) -> lines(Wma.compute(c, 30))),
				call("rma", Map.of("period", 30), (b) -> lines(Rma.compute(c, 30))),
				call("jma", Map.of("length", 10, "phase", new BigDecimal("30")), (b) -> lines(Jma.compute(c, 10, 30))),
				call("rsi", Map.of("period", 9), (b) -> lines(Rsi.compute(c, 9))),
				call("atr", Map.of("period", 9), (b) -> lines(Atr.compute(h, l, c, 9))),
				call("bollinger", Map.of("period", 10, "stdDev", new BigDecimal("1.5")), (b) -> {
					Bollinger.Lines x = Bollinger.compute(c, 10, 1.5);
					return lines(x.middle(), x.upper(), x.lower());
				}), call("macd", Map.of("fast", 5, "slow", 35, "signal", 4), (b) -> {
					Macd.Lines x = Macd.compute(c, 5, 35, 4);
					return lines(x.macd(), x.signal(), x.histogram());
				}), call("stochastic", Map.of("fastK", 9, "slowK", 4, "slowD", 2), (b) -> {
					Stochastic.Lines x = Stochastic.compute(h, l, c, 9, 4, 2);
					return lines(x.k(), x.d());
				}), call("adx", Map.of("period", 9), (b) -> {
					Adx.Lines x = Adx.compute(h, l, c, 9);
					return lines(x.adx(), x.plusDi(), x.minusDi());
				}), call("cci", Map.of("period", 9), (b) -> lines(Cci.compute(h, l, c, 9))),
				call("williams-r", Map.of("period", 9), (b) -> lines(WilliamsR.compute(h, l, c, 9))),
				call("roc", Map.of("period", 9), (b) -> lines(Roc.compute(c, 9))),
				call("momentum", Map.of("period", 9), (b) -> lines(Momentum.compute(c, 9))),
				call("obv", Map.of(), (b) -> lines(Obv.compute(c, v))),
				call("vwap", Map.of(), (b) -> lines(Vwap.compute(h, l, c, v))),
				call("trend", Map.of("emaPeriod", 20, "slopeBars", 3, "adxPeriod", 10, "adxThreshold", 25),
						(b) -> lines(signs(Trend.classify(h, l, c, 20, 3, 10, 25)))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("directCalls")
	void computesExactlyWhatTheIndicatorClassComputes(String name, Map<String, BigDecimal> params,
			Function<BarSeries, double[][]> direct) {
		IndicatorDefinition definition = this.catalog.find(name).orElseThrow();
		IndicatorLines computed = definition.compute(DAILY, params);
		double[][] expected = direct.apply(DAILY);

		assertThat(computed.names()).isEqualTo(definition.outputs());
		assertThat(computed.lines()).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			String output = definition.outputs().get(i);
			// Arrays.equals on double[] compares bits: NaN equals NaN, 0.0 differs from
			// -0.0
			assertThat(Arrays.equals(computed.line(output), expected[i])).as(name + "." + output).isTrue();
		}
	}

	@Test
	void directCallsCoverTheWholeCatalogue() {
		assertThat(directCalls().map((arguments) -> (String) arguments.get()[0]))
			.containsExactlyElementsOf(this.catalog.names());
	}

	@Test
	void reportsTheUnstableBarsOfTheIndicatorClass() {
		Map<String, Integer> expected = new HashMap<>();
		expected.put("sma", Sma.unstableBars(20));
		expected.put("ema", Ema.unstableBars(20));
		expected.put("wma", Wma.unstableBars(20));
		expected.put("rma", Rma.unstableBars(14));
		expected.put("jma", Jma.unstableBars(7));
		expected.put("rsi", Rsi.unstableBars(14));
		expected.put("atr", Atr.unstableBars(14));
		expected.put("bollinger", Bollinger.unstableBars(20));
		expected.put("macd", Macd.unstableBars(12, 26, 9));
		expected.put("stochastic", Stochastic.unstableBars(14, 3, 3));
		expected.put("adx", Adx.unstableBars(14));
		expected.put("cci", Cci.unstableBars(20));
		expected.put("williams-r", WilliamsR.unstableBars(14));
		expected.put("roc", Roc.unstableBars(10));
		expected.put("momentum", Momentum.unstableBars(10));
		expected.put("obv", Obv.unstableBars());
		expected.put("vwap", Vwap.unstableBars());
		expected.put("trend", Trend.unstableBars(50, 5, 14));
		for (IndicatorDefinition definition : this.catalog.all()) {
			assertThat(definition.unstableBars(Map.of())).as(definition.name())
				.isEqualTo(expected.get(definition.name()));
			assertThat(definition.compute(DAILY, Map.of()).unstableBars()).as(definition.name())
				.isEqualTo(expected.get(definition.name()));
		}
		assertThat(expected).hasSameSizeAs(this.catalog.all());
	}

	@Test
	void everyOutputHasAValueFromTheFirstStableBarOnAndTheFirstOutputNoneBefore() {
		for (IndicatorDefinition definition : this.catalog.all()) {
			IndicatorLines lines = definition.compute(DAILY, Map.of());
			int unstable = lines.unstableBars();
			for (String output : lines.names()) {
				double[] line = lines.line(output);
				assertThat(line).as(definition.name() + "." + output).hasSize(DAILY.size());
				assertThat(Arrays.stream(line).skip(unstable).allMatch(Double::isFinite))
					.as(definition.name() + "." + output + " after warm-up")
					.isTrue();
			}
			double[] first = lines.line(lines.names().get(0));
			assertThat(Arrays.stream(first).limit(unstable).allMatch(Double::isNaN))
				.as(definition.name() + " during warm-up")
				.isTrue();
		}
	}

	@Test
	void listsTheIndicatorsUnderTheirStableNames() {
		assertThat(this.catalog.names()).containsExactly("sma", "ema", "wma", "rma", "jma", "rsi", "atr", "bollinger",
				"macd", "stochastic", "adx", "cci", "williams-r", "roc", "momentum", "obv", "vwap", "trend");
		assertThat(this.catalog.find("RSI")).isEmpty();
		assertThat(this.catalog.find("nope")).isEmpty();
	}

	@Test
	void drawsTheAveragesBandsAndVwapOverThePriceAndTheRestInPanels() {
		assertThat(this.catalog.all().stream().filter(IndicatorDefinition::overlay).map(IndicatorDefinition::name))
			.containsExactly("sma", "ema", "wma", "rma", "jma", "bollinger", "vwap");
	}

	@Test
	void namesEachOutput() {
		Map<String, List<String>> outputs = new HashMap<>();
		for (IndicatorDefinition definition : this.catalog.all()) {
			outputs.put(definition.name(), definition.outputs());
		}
		assertThat(outputs.get("bollinger")).containsExactly("middle", "upper", "lower");
		assertThat(outputs.get("macd")).containsExactly("macd", "signal", "histogram");
		assertThat(outputs.get("adx")).containsExactly("adx", "plusDi", "minusDi");
		assertThat(outputs.get("stochastic")).containsExactly("k", "d");
		for (String single : List.of("sma", "ema", "wma", "rma", "jma", "rsi", "atr", "cci", "williams-r", "roc",
				"momentum", "obv", "vwap", "trend")) {
			assertThat(outputs.get(single)).as(single).containsExactly(single);
		}
	}

	@Test
	void saysWhichColumnsEachIndicatorReads() {
		Map<String, IndicatorInput> inputs = new HashMap<>();
		for (IndicatorDefinition definition : this.catalog.all()) {
			inputs.put(definition.name(), definition.input());
		}
		assertThat(inputs).containsEntry("rsi", IndicatorInput.CLOSE)
			.containsEntry("bollinger", IndicatorInput.CLOSE)
			.containsEntry("atr", IndicatorInput.HIGH_LOW_CLOSE)
			.containsEntry("trend", IndicatorInput.HIGH_LOW_CLOSE)
			.containsEntry("obv", IndicatorInput.CLOSE_VOLUME)
			.containsEntry("vwap", IndicatorInput.HIGH_LOW_CLOSE_VOLUME);
		assertThat(IndicatorInput.HIGH_LOW_CLOSE.columns()).containsExactly("high", "low", "close");
	}

	@Test
	void publishesTheUsualDefaults() {
		assertThat(defaults("rsi")).containsExactly(Map.entry("period", new BigDecimal("14")));
		assertThat(defaults("bollinger")).containsExactly(Map.entry("period", new BigDecimal("20")),
				Map.entry("stdDev", new BigDecimal("2")));
		assertThat(defaults("macd")).containsExactly(Map.entry("fast", new BigDecimal("12")),
				Map.entry("slow", new BigDecimal("26")), Map.entry("signal", new BigDecimal("9")));
		ParamSpec rsiPeriod = this.catalog.find("rsi").orElseThrow().params().get(0);
		assertThat(rsiPeriod.min()).isEqualByComparingTo("2");
		assertThat(rsiPeriod.max()).isEqualByComparingTo("500");
	}

	@Test
	void everyDefaultLiesWithinItsRangeAndResolvesWithoutComplaint() {
		for (IndicatorDefinition definition : this.catalog.all()) {
			for (ParamSpec param : definition.params()) {
				assertThat(param.defaultValue()).as(definition.name() + "." + param.name())
					.isBetween(param.min(), param.max());
				assertThat(param.description()).isNotBlank();
			}
			assertThat(definition.resolve(Map.of()).values().keySet())
				.containsExactlyElementsOf(definition.params().stream().map(ParamSpec::name).toList());
			assertThat(definition.description()).isNotBlank();
		}
	}

	@Test
	void restartsTheVwapEachUtcDayOnIntradayBars() {
		double[] expected = Vwap.compute(Vwap.utcDays(HOURLY.times()), HOURLY.highs(), HOURLY.lows(), HOURLY.closes(),
				HOURLY.volumes());
		double[] computed = this.catalog.find("vwap").orElseThrow().compute(HOURLY, Map.of()).line("vwap");
		assertThat(Arrays.equals(computed, expected)).isTrue();
		// the 25th hourly bar opens a new UTC day: its VWAP is its own typical price
		assertThat(computed[24]).isEqualTo((HOURLY.high(24) + HOURLY.low(24) + HOURLY.close(24)) / 3);
	}

	private Map<String, BigDecimal> defaults(String name) {
		return this.catalog.find(name).orElseThrow().resolve(Map.of()).values();
	}

	private static Arguments call(String name, Map<String, ?> params, Function<BarSeries, double[][]> direct) {
		Map<String, BigDecimal> decimals = new HashMap<>();
		params.forEach((key, value) -> decimals.put(key, new BigDecimal(value.toString())));
		return Arguments.of(name, decimals, direct);
	}

	private static double[][] lines(double[]... lines) {
		return lines;
	}

	private static double[] signs(Trend.Direction[] directions) {
		double[] out = new double[directions.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = (directions[i] == null) ? Double.NaN
					: (directions[i] == Trend.Direction.UP) ? 1 : (directions[i] == Trend.Direction.DOWN) ? -1 : 0;
		}
		return out;
	}

	/**
	 * ORCL 1995-2014 from the TA-Lib reference file: at its dates as daily bars, or at
	 * consecutive hours from 1995-01-03 as hourly ones.
	 */
	private static BarSeries orcl(Timeframe timeframe) {
		TaLibCsv csv = TaLibCsv.load(TaLibCsv.ORCL);
		String[] dates = csv.dates();
		double[] open = csv.column("open");
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		double[] volume = csv.volume();
		long start = LocalDate.parse(dates[0]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		BarSeries.Builder builder = BarSeries.builder(timeframe, dates.length);
		for (int i = 0; i < dates.length; i++) {
			long time = (timeframe == Timeframe.D1)
					? LocalDate.parse(dates[i]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
					: start + i * HOUR;
			builder.add(time, open[i], high[i], low[i], close[i], volume[i]);
		}
		return builder.build();
	}

}
