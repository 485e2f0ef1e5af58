package sage.engine.sim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.sim.SyntheticBars.dec;

class FeeModelTest {

	@Test
	void percentFeeChargesTheMakerOrTakerRateOfTradedValueExactly() {
		PercentFee fee = new PercentFee(dec("0.0002"), dec("0.001"));
		assertThat(fee.fee(dec("3.12963"), dec("100"), Liquidity.TAKER)).isEqualByComparingTo("0.312963");
		assertThat(fee.fee(dec("3.12963"), dec("100"), Liquidity.MAKER)).isEqualByComparingTo("0.0625926");
	}

	@Test
	void flatFeeChargesTheSameWhateverTheSize() {
		FlatFee fee = new FlatFee(dec("1.5"));
		assertThat(fee.fee(dec("10"), dec("1"), Liquidity.TAKER)).isEqualByComparingTo("1.5");
		assertThat(fee.fee(dec("10"), dec("1000"), Liquidity.MAKER)).isEqualByComparingTo("1.5");
	}

	@Test
	void rejectsNegativeFees() {
		assertThatIllegalArgumentException().isThrownBy(() -> PercentFee.of(dec("-0.001")));
		assertThatIllegalArgumentException().isThrownBy(() -> new FlatFee(dec("-1")));
	}

	@Test
	void tickSlippageMovesTakersAgainstThemselves() {
		InstrumentSpec spec = new InstrumentSpec(dec("0.01"), dec("1"), dec("0"));
		FixedSlippage slippage = FixedSlippage.ticks(2);
		assertThat(slippage.apply(dec("10.00"), Side.BUY, spec)).isEqualByComparingTo("10.02");
		assertThat(slippage.apply(dec("10.00"), Side.SELL, spec)).isEqualByComparingTo("9.98");
	}

	@Test
	void fractionSlippageRoundsToTheTickAgainstTheTaker() {
		InstrumentSpec spec = new InstrumentSpec(dec("0.01"), dec("1"), dec("0"));
		FixedSlippage slippage = FixedSlippage.fraction(dec("0.001"));
		// 10.05 * 1.001 = 10.06005 -> up to 10.07; 10.05 * 0.999 = 10.03995 -> down to
		// 10.03
		assertThat(slippage.apply(dec("10.05"), Side.BUY, spec)).isEqualByComparingTo("10.07");
		assertThat(slippage.apply(dec("10.05"), Side.SELL, spec)).isEqualByComparingTo("10.03");
	}

	@Test
	void slippageNeverTakesASellBelowOneTick() {
		InstrumentSpec spec = new InstrumentSpec(dec("0.01"), dec("1"), dec("0"));
		assertThat(FixedSlippage.ticks(5).apply(dec("0.02"), Side.SELL, spec)).isEqualByComparingTo("0.01");
	}

	@Test
	void zeroSlippageLeavesOffTickPricesAlone() {
		InstrumentSpec spec = new InstrumentSpec(dec("0.01"), dec("1"), dec("0"));
		assertThat(FixedSlippage.ticks(0).apply(dec("10.005"), Side.BUY, spec)).isEqualTo(dec("10.005"));
		assertThat(new NoSlippage().apply(dec("10.005"), Side.SELL, spec)).isEqualTo(dec("10.005"));
	}

}
