package sage.server.advisor.voice;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.advisor.Language;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class FactFormatTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			64321.87     | MONEY   | USD  | ENGLISH | $64,321.87
			64321.87     | MONEY   | USD  | KOREAN  | $64,321.87
			8034.3       | MONEY   | USD  | ENGLISH | $8,034.30
			378.0        | MONEY   | USD  | ENGLISH | $378.00
			64321.875    | MONEY   | USD  | ENGLISH | $64,321.88
			64321.87     | MONEY   | USDT | ENGLISH | 64,321.87 USDT
			95000000     | MONEY   | KRW  | ENGLISH | ₩95,000,000
			95000000     | MONEY   | KRW  | KOREAN  | 95,000,000원
			49512.5      | MONEY   | KRW  | KOREAN  | 49,513원
			0.0712345    | MONEY   | USD  | ENGLISH | $0.07123
			12.3456      | PERCENT | -    | ENGLISH | 12.35%
			-25          | PERCENT | -    | ENGLISH | -25.00%
			0.4081565092 | PERCENT | -    | KOREAN  | 0.41%
			-0.001       | PERCENT | -    | ENGLISH | 0.00%
			62.3456789   | INDEX   | -    | ENGLISH | 62.35
			40           | INDEX   | -    | ENGLISH | 40
			2100.55      | INDEX   | -    | ENGLISH | 2,100.55
			14           | DAYS    | -    | ENGLISH | 14
			1.5          | NUMBER  | -    | ENGLISH | 1.5
			""")
	void writesAValueWithItsUnit(BigDecimal value, Unit unit, @Nullable String currency, Language language,
			String written) {
		assertThat(FactFormat.in(language).value(fact(value, unit, currency))).isEqualTo(written);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			3.2149 | PERCENT | +3.21%
			-0.5   | PERCENT | -0.50%
			0.001  | PERCENT | 0.00%
			0      | PERCENT | 0.00%
			5      | INDEX   | +5
			-12    | INDEX   | -12
			""")
	void writesAChangeWithItsSign(BigDecimal value, Unit unit, String written) {
		assertThat(FactFormat.in(Language.ENGLISH).change(fact(value, unit, null))).isEqualTo(written);
	}

	@Test
	void writesTheUtcDayTheFactHeld() {
		Fact fact = new Fact("SPY.price", "last price", BigDecimal.ONE, Unit.MONEY, "USD", "SPY", "/",
				Instant.parse("2020-09-04T13:30:00Z"));

		assertThat(FactFormat.in(Language.KOREAN).date(fact)).isEqualTo("2020-09-04");
	}

	private static Fact fact(BigDecimal value, Unit unit, @Nullable String currency) {
		return new Fact("x", "x", value, unit, currency, null, "/", Instant.parse("2019-10-17T00:00:00Z"));
	}

}
