package sage.engine.pretrade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.pretrade.SampleOrders.buy;
import static sage.engine.pretrade.SampleOrders.dec;
import static sage.engine.pretrade.SampleOrders.reduceOnly;
import static sage.engine.pretrade.SampleOrders.sell;

class MaxOpenOrdersTest {

	private final MaxOpenOrders rule = new MaxOpenOrders(3);

	@Test
	void theOrderThatReachesTheLimitPasses() {
		assertThat(this.rule.check(buy("1", "100"), working(2))).isEmpty();
	}

	@Test
	void theOrderAfterItIsRefused() {
		assertThat(this.rule.check(buy("1", "100"), working(3))).contains(new RiskBreach("max-open-orders",
				"3 orders are open and the limit is 3: the order would make 4", false));
	}

	@Test
	void aReduceOnlyOrderPassesWithTheBookFull() {
		assertThat(this.rule.check(reduceOnly(sell("1", "100")), working(7))).isEmpty();
	}

	@Test
	void theLimitIsPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MaxOpenOrders(0));
	}

	private static Exposure working(int openOrders) {
		return new Exposure(dec("1"), openOrders, dec("10000"), dec("10000"), dec("10000"), dec("100"));
	}

}
