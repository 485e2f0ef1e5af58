package sage.engine.pretrade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.pretrade.SampleOrders.buy;
import static sage.engine.pretrade.SampleOrders.dec;
import static sage.engine.pretrade.SampleOrders.holding;
import static sage.engine.pretrade.SampleOrders.reduceOnly;
import static sage.engine.pretrade.SampleOrders.sell;

class MaxPositionSizeTest {

	private final MaxPositionSize rule = new MaxPositionSize(dec("4"));

	@Test
	void aPositionOfExactlyTheLimitIsAllowed() {
		assertThat(this.rule.check(buy("1", "100"), holding("3", "100"))).isEmpty();
		assertThat(this.rule.check(sell("4", "100"), holding("0", "100"))).isEmpty();
	}

	@Test
	void oneLotOverIsRefused() {
		assertThat(this.rule.check(buy("1.001", "100"), holding("3", "100"))).contains(new RiskBreach(
				"max-position-size", "position after the order 4.001 (now 3) exceeds the limit 4", false));
	}

	@Test
	void aSellThatFlipsALongIntoATooLargeShortIsRefused() {
		assertThat(this.rule.check(sell("8", "100"), holding("3", "100")))
			.hasValueSatisfying(breach -> assertThat(breach.reason())
				.isEqualTo("position after the order -5 (now 3) exceeds the limit 4"));
	}

	@Test
	void aSellThatReducesIsFine() {
		assertThat(this.rule.check(sell("2", "100"), holding("3", "100"))).isEmpty();
		assertThat(this.rule.check(sell("6", "100"), holding("3", "100"))).isEmpty();
	}

	@Test
	void reducingAPositionOverALoweredLimitIsFine() {
		assertThat(this.rule.check(sell("2", "100"), holding("10", "100"))).isEmpty();
		assertThat(this.rule.check(buy("2", "100"), holding("-10", "100"))).isEmpty();
		assertThat(this.rule.check(buy("0.001", "100"), holding("10", "100"))).isPresent();
	}

	@Test
	void aReduceOnlyOrderPassesEvenWhenLargerThanThePosition() {
		// the venue fills a reduce-only order up to the position and no further
		assertThat(this.rule.check(reduceOnly(sell("20", "100")), holding("3", "100"))).isEmpty();
		assertThat(this.rule.check(sell("20", "100"), holding("3", "100"))).isPresent();
	}

	@Test
	void theLimitIsPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MaxPositionSize(dec("0")));
	}

}
