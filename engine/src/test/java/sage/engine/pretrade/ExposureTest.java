package sage.engine.pretrade;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.pretrade.SampleOrders.dec;

class ExposureTest {

	@Test
	void theLossTodayIsMeasuredFromMidnight() {
		Exposure exposure = new Exposure(BigDecimal.ZERO, 0, dec("9000"), dec("12000"), dec("11000"), BigDecimal.ZERO);
		assertThat(exposure.lossToday()).isEqualByComparingTo("2000");
	}

	@Test
	void equityMayBeNegative() {
		assertThat(new Exposure(BigDecimal.ZERO, 0, dec("-1"), dec("10"), dec("10"), BigDecimal.ZERO).equity())
			.isEqualByComparingTo("-1");
	}

	@Test
	void refusesAPeakBelowTheEquityOrTheDayStartAsMixedUpArguments() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Exposure(BigDecimal.ZERO, 0, dec("10001"), dec("10000"), dec("10000"), BigDecimal.ZERO));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Exposure(BigDecimal.ZERO, 0, dec("9000"), dec("10000"), dec("10001"), BigDecimal.ZERO));
	}

	@Test
	void refusesImpossibleFigures() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Exposure(BigDecimal.ZERO, -1, dec("1"), dec("1"), dec("1"), BigDecimal.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Exposure(BigDecimal.ZERO, 0, dec("0"), dec("0"), dec("0"), BigDecimal.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Exposure(BigDecimal.ZERO, 0, dec("1"), dec("1"), dec("1"), dec("-1")));
	}

}
