package sage.engine.sim;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.sim.SyntheticBars.dec;

class InstrumentSpecTest {

	private final InstrumentSpec spec = new InstrumentSpec(dec("0.05"), dec("0.001"), dec("10"));

	@Test
	void buyLimitPricesRoundDownToTheTick() {
		assertThat(this.spec.roundPrice(dec("101.23"), Side.BUY)).isEqualTo(dec("101.20"));
	}

	@Test
	void sellLimitPricesRoundUpToTheTick() {
		assertThat(this.spec.roundPrice(dec("101.23"), Side.SELL)).isEqualTo(dec("101.25"));
	}

	@Test
	void pricesOnTheTickKeepTheirValueAndTakeTheTickScale() {
		assertThat(this.spec.roundPrice(dec("101.2"), Side.BUY)).isEqualTo(dec("101.20"));
		assertThat(this.spec.roundPrice(dec("101.2000"), Side.SELL)).isEqualTo(dec("101.20"));
	}

	@Test
	void quantitiesRoundDownToTheLot() {
		assertThat(this.spec.roundQty(dec("1.23456"))).isEqualTo(dec("1.234"));
		assertThat(this.spec.roundQty(dec("0.0009"))).isEqualTo(dec("0.000"));
	}

	@Test
	void tellsWhetherValuesLieOnTheGrid() {
		assertThat(this.spec.isOnTick(dec("101.25"))).isTrue();
		assertThat(this.spec.isOnTick(dec("101.26"))).isFalse();
		assertThat(this.spec.isOnLot(dec("1.001"))).isTrue();
		assertThat(this.spec.isOnLot(dec("1.0001"))).isFalse();
	}

	@Test
	void rejectsNonPositiveStepsAndNegativeQuantities() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InstrumentSpec(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InstrumentSpec(BigDecimal.ONE, BigDecimal.ONE, dec("-1")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.spec.roundQty(dec("-1")));
	}

}
