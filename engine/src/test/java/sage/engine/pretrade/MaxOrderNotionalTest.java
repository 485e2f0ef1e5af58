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

class MaxOrderNotionalTest {

	private final MaxOrderNotional rule = new MaxOrderNotional(dec("10000.00"));

	@Test
	void anOrderOfExactlyTheLimitPasses() {
		assertThat(this.rule.check(buy("0.4", "25000.00"), flat())).isEmpty();
	}

	@Test
	void oneTickOverIsRefused() {
		assertThat(this.rule.check(buy("0.4", "25000.01"), flat())).contains(
				new RiskBreach("max-order-notional", "order notional 10000.004 exceeds the limit 10000.00", false));
	}

	@Test
	void theReasonNamesTheFiguresWithoutGrouping() {
		assertThat(this.rule.check(sell("0.5", "25000.00"), flat())).hasValueSatisfying(
				breach -> assertThat(breach.reason()).isEqualTo("order notional 12500.000 exceeds the limit 10000.00"));
	}

	@Test
	void aPlainClosingOrderIsStillSizeChecked() {
		assertThat(this.rule.check(sell("1", "25000.00"), holding("1", "25000.00"))).isPresent();
	}

	@Test
	void aReduceOnlyOrderPassesWhateverItsSize() {
		assertThat(this.rule.check(reduceOnly(sell("1", "25000.00")), holding("1", "25000.00"))).isEmpty();
		assertThat(this.rule.check(reduceOnly(buy("5", "25000.00")), holding("-1", "25000.00"))).isEmpty();
	}

	@Test
	void theLimitIsPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MaxOrderNotional(dec("-1")));
	}

}
