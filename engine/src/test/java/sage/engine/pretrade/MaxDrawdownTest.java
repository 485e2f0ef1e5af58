package sage.engine.pretrade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.pretrade.SampleOrders.buy;
import static sage.engine.pretrade.SampleOrders.dec;
import static sage.engine.pretrade.SampleOrders.holding;
import static sage.engine.pretrade.SampleOrders.reduceOnly;
import static sage.engine.pretrade.SampleOrders.sell;

class MaxDrawdownTest {

	private final MaxDrawdown rule = new MaxDrawdown(dec("0.2"));

	@Test
	void aDrawdownOfExactlyTheLimitStillTrades() {
		assertThat(this.rule.check(buy("1", "100"), holding("0", "8000.00", "10000.00", "8000.00"))).isEmpty();
	}

	@Test
	void oneCentDeeperStopsTrading() {
		assertThat(this.rule.check(buy("1", "100"), holding("0", "7999.99", "10000.00", "8000.00")))
			.contains(new RiskBreach("max-drawdown",
					"drawdown 0.2001 (equity 7999.99, peak 10000.00) exceeds the limit 0.2", true));
	}

	@Test
	void theDrawdownShownIsRoundedAwayFromTheLimit() {
		// 0.20000001 would read 0.2000 rounded half-up, as if it were at the limit
		assertThat(this.rule.check(buy("1", "100"), holding("0", "79999.999", "100000.000", "80000.000")))
			.hasValueSatisfying(breach -> assertThat(breach.reason()).startsWith("drawdown 0.2001 "));
	}

	@Test
	void theDrawdownIsShownWithAsManyDecimalsAsAFineLimit() {
		MaxDrawdown fine = new MaxDrawdown(dec("0.123456"));
		assertThat(fine.check(buy("1", "100"), holding("0", "5000", "10000", "5000")))
			.hasValueSatisfying(breach -> assertThat(breach.reason())
				.isEqualTo("drawdown 0.500000 (equity 5000, peak 10000) exceeds the limit 0.123456"));
	}

	@Test
	void aLimitOfOneStopsOnlyBelowZero() {
		MaxDrawdown whole = new MaxDrawdown(dec("1"));
		assertThat(whole.check(buy("1", "100"), holding("0", "0", "10000", "0"))).isEmpty();
		assertThat(whole.check(buy("1", "100"), holding("0", "-0.01", "10000", "0"))).isPresent();
	}

	@Test
	void reduceOnlyOrdersCloseThePositionAfterTheStop() {
		assertThat(this.rule.check(reduceOnly(sell("1", "100")), holding("1", "5000", "10000", "5000"))).isEmpty();
	}

	@Test
	void theLimitIsAFractionAboveZeroAndAtMostOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MaxDrawdown(dec("0")));
		assertThatIllegalArgumentException().isThrownBy(() -> new MaxDrawdown(dec("1.01")));
		assertThat(new MaxDrawdown(dec("1")).limit()).isEqualByComparingTo("1");
	}

}
