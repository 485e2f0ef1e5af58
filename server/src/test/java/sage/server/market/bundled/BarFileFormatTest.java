package sage.server.market.bundled;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BarFileFormatTest {

	@Test
	void splitsAtTheDelimiterOutsideQuotes() {
		assertThat(BarFileFormat.split("2018-01-25,\"73,400\",\"76,200\"", ',')).containsExactly("2018-01-25", "73,400",
				"76,200");
		assertThat(BarFileFormat.split("a\t\"b\tc\"\t", '\t')).containsExactly("a", "b\tc", "");
		assertThat(BarFileFormat.split("\"say \"\"hi\"\"\",x", ',')).containsExactly("say \"hi\"", "x");
	}

	@Test
	void refusesAnUnterminatedQuote() {
		assertThatIllegalArgumentException().isThrownBy(() -> BarFileFormat.split("a,\"b", ','))
			.withMessage("unterminated quote");
	}

	@Test
	void readsNumbersWithThousandsSeparators() {
		assertThat(BarFileFormat.number("2,543,000")).isEqualTo(2_543_000);
		assertThat(BarFileFormat.number(" 4006500.0 ")).isEqualTo(4_006_500);
		assertThatIllegalArgumentException().isThrownBy(() -> BarFileFormat.number("")).withMessage("empty number");
		assertThatIllegalArgumentException().isThrownBy(() -> BarFileFormat.number("x".repeat(60)))
			.withMessageEndingWith("...'");
	}

}
