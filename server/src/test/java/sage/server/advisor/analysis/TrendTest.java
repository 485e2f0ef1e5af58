package sage.server.advisor.analysis;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TrendTest {

	@ParameterizedTest
	@CsvSource(nullValues = "-", textBlock = """
			102, 100, UP
			101.01, 100, UP
			101, 100, SIDEWAYS
			100, 100, SIDEWAYS
			99, 100, SIDEWAYS
			98.99, 100, DOWN
			50, 100, DOWN
			-, 100, UNKNOWN
			100, -, UNKNOWN
			""")
	void readsTheShortAverageAgainstTheLongWithAOnePercentBand(BigDecimal sma50, BigDecimal sma200, Trend trend) {
		assertThat(Trend.of(sma50, sma200)).isEqualTo(trend);
	}

}
