package sage.engine.pretrade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.pretrade.SampleOrders.buy;
import static sage.engine.pretrade.SampleOrders.dec;
import static sage.engine.pretrade.SampleOrders.flat;
import static sage.engine.pretrade.SampleOrders.holding;
import static sage.engine.pretrade.SampleOrders.reduceOnly;
import static sage.engine.pretrade.SampleOrders.sell;

class MaxLeverageTest {

	private final MaxLeverage rule = new MaxLeverage(dec("3"));

	@Test
	void leverageOfExactlyTheLimitIsAllowed() {
		assertThat(this.rule.check(buy("3", "10000.00"), flat())).isEmpty();
	}

	@Test
	void oneTickOverIsRefused() {
		assertThat(this.rule.check(buy("3", "10000.01"), flat())).contains(new RiskBreach("max-leverage",
				"leverage after the order 3.01 (gross exposure 30000.03, equity 10000.00) exceeds the limit 3", false));
	}

	@Test
	void theExposureInOtherSymbolsCounts() {
		// 10000 held elsewhere, this symbol flat: 2 more at 10000 makes 3x
		Exposure elsewhere = new Exposure(dec("0"), 0, dec("10000"), dec("10000"), dec("10000"), dec("10000"));
		assertThat(this.rule.check(buy("2", "10000"), elsewhere)).isEmpty();
		assertThat(this.rule.check(buy("2.0001", "10000"), elsewhere)).isPresent();
	}

	@Test
	void thisSymbolsPositionIsRevaluedAtTheOrdersPrice() {
		// long 1 marked at 9000 by the caller; at the order's 10000 it is worth 10000
		Exposure exposure = new Exposure(dec("1"), 0, dec("10000"), dec("10000"), dec("10000"), dec("9000"));
		assertThat(MaxLeverage.grossAfter(buy("2", "10000"), exposure)).isEqualByComparingTo("30000");
		assertThat(this.rule.check(buy("2", "10000"), exposure)).isEmpty();
	}

	@Test
	void aFlipCountsTheNewPositionOnly() {
		// short 2 at 10000 from long 1: gross goes from 10000 to 20000
		assertThat(MaxLeverage.grossAfter(sell("3", "10000"), holding("1", "10000"))).isEqualByComparingTo("20000");
	}

	@Test
	void withNoEquityLeftNoOrderMayAddExposure() {
		Exposure broke = new Exposure(dec("1"), 0, dec("0"), dec("10000"), dec("10000"), dec("100"));
		assertThat(this.rule.check(buy("0.01", "100"), broke)).contains(new RiskBreach("max-leverage",
				"equity is 0: no order may add exposure (gross exposure after the order 101.00)", false));
		assertThat(this.rule.check(sell("0.5", "100"), broke)).isEmpty();
	}

	@Test
	void reducingAnOverLeveragedPositionIsFine() {
		// 5x after a loss: selling part of it must pass
		Exposure levered = new Exposure(dec("5"), 0, dec("10000"), dec("20000"), dec("10000"), dec("50000"));
		assertThat(this.rule.check(sell("1", "10000"), levered)).isEmpty();
		assertThat(this.rule.check(reduceOnly(sell("9", "10000")), levered)).isEmpty();
		assertThat(this.rule.check(buy("1", "10000"), levered)).isPresent();
	}

	@Test
	void theLimitIsPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MaxLeverage(dec("0")));
	}

}
