package sage.engine.indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Parameters a catalogue entry refuses, each with a message that names the parameter and
 * what is allowed; and those it fills in.
 */
class IndicatorCatalogParametersTest {

	private final IndicatorCatalog catalog = new IndicatorCatalog();

	static Stream<Arguments> badParameters() {
		return Stream.of(bad("rsi", "period", "1", "rsi: period must lie in [2, 500]: 1"),
				bad("rsi", "period", "501", "rsi: period must lie in [2, 500]: 501"),
				bad("rsi", "period", "14.5", "rsi: period must be a whole number: 14.5"),
				bad("sma", "period", "0", "sma: period must lie in [1, 500]: 0"),
				bad("bollinger", "stdDev", "0", "bollinger: stdDev must lie in [0.1, 10]: 0"),
				bad("bollinger", "stdDev", "11", "bollinger: stdDev must lie in [0.1, 10]: 11"),
				bad("jma", "phase", "-101", "jma: phase must lie in [-100, 100]: -101"),
				bad("macd", "signal", "0", "macd: signal must lie in [1, 500]: 0"),
				bad("trend", "adxThreshold", "100.5", "trend: adxThreshold must lie in [0, 100]: 100.5"),
				bad("rsi", "length", "14", "rsi has no parameter length; it takes period"),
				bad("obv", "period", "3", "obv has no parameter period; it takes none"));
	}

	@ParameterizedTest(name = "{0} {1}={2}")
	@MethodSource("badParameters")
	void refusesAParameterNamingItAndItsRange(String indicator, String parameter, String value, String message) {
		IndicatorDefinition definition = this.catalog.find(indicator).orElseThrow();
		Map<String, BigDecimal> given = Map.of(parameter, new BigDecimal(value));

		assertThatExceptionOfType(InvalidIndicatorParameter.class).isThrownBy(() -> definition.resolve(given))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo(parameter));
		assertThatExceptionOfType(InvalidIndicatorParameter.class)
			.isThrownBy(() -> definition.compute(oneBar(), given));
		assertThatExceptionOfType(InvalidIndicatorParameter.class).isThrownBy(() -> definition.unstableBars(given));
	}

	@Test
	void refusesAMacdWhoseFastPeriodIsNotBelowItsSlowOne() {
		IndicatorDefinition macd = this.catalog.find("macd").orElseThrow();
		for (String fast : new String[] { "26", "30" }) {
			assertThatExceptionOfType(InvalidIndicatorParameter.class)
				.isThrownBy(() -> macd.resolve(Map.of("fast", new BigDecimal(fast))))
				.withMessage("macd: fast must be below slow (26), was " + fast)
				.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("fast"));
		}
		assertThat(macd.resolve(Map.of("fast", new BigDecimal("25"))).intValue("fast")).isEqualTo(25);
	}

	@Test
	void fillsInDefaultsForParametersNotGivenAndKeepsTheSchemaOrder() {
		IndicatorParams params = this.catalog.find("bollinger")
			.orElseThrow()
			.resolve(Map.of("stdDev", new BigDecimal("2.5")));
		assertThat(params.values().keySet()).containsExactly("period", "stdDev");
		assertThat(params.intValue("period")).isEqualTo(20);
		assertThat(params.doubleValue("stdDev")).isEqualTo(2.5);
	}

	@Test
	void acceptsTheEndsOfARange() {
		IndicatorDefinition rsi = this.catalog.find("rsi").orElseThrow();
		assertThat(rsi.unstableBars(Map.of("period", new BigDecimal("2")))).isEqualTo(2);
		assertThat(rsi.unstableBars(Map.of("period", new BigDecimal("500")))).isEqualTo(500);
		// 14.0 is a whole number written with a decimal point
		assertThat(rsi.unstableBars(Map.of("period", new BigDecimal("14.0")))).isEqualTo(14);
	}

	private static BarSeries oneBar() {
		return BarSeries.builder(Timeframe.D1, 1).add(0, 10, 11, 9, 10, 100).build();
	}

	private static Arguments bad(String indicator, String parameter, String value, String message) {
		return Arguments.of(indicator, parameter, value, message);
	}

}
