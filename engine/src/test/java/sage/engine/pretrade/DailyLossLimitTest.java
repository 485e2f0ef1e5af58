package sage.engine.pretrade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.pretrade.SampleOrders.buy;
import static sage.engine.pretrade.SampleOrders.dec;
import static sage.engine.pretrade.SampleOrders.holding;
import static sage.engine.pretrade.SampleOrders.reduceOnly;
import static sage.engine.pretrade.SampleOrders.sell;

class DailyLossLimitTest {

	private final DailyLossLimit rule = new DailyLossLimit(dec("1000.00"));

	@Test
	void aLossOfExactlyTheLimitStillTrades() {
		assertThat(this.rule.check(buy("1", "100"), holding("0", "9000.00", "12000.00", "10000.00"))).isEmpty();
	}

	@Test
	void oneCentMoreStopsTrading() {
		assertThat(this.rule.check(buy("1", "100"), holding("0", "8999.99", "12000.00", "10000.00")))
			.contains(new RiskBreach("daily-loss-limit",
					"loss today 1000.01 (equity 8999.99, 10000.00 at the start of the day) exceeds the limit 1000.00",
					true));
	}

	@Test
	void aDayThatBeganWithAGainIsMeasuredFromItsStart() {
		// up 500 since yesterday's close does not matter; down 1500 since midnight does
		assertThat(this.rule.check(buy("1", "100"), holding("0", "9500.00", "11000.00", "11000.00"))).isPresent();
		assertThat(this.rule.check(buy("1", "100"), holding("0", "11500.00", "12000.00", "11000.00"))).isEmpty();
	}

	@Test
	void negativeEquityIsALossLikeAnyOther() {
		assertThat(this.rule.check(buy("1", "100"), holding("0", "-5.00", "10000.00", "10000.00")))
			.hasValueSatisfying(breach -> assertThat(breach.reason()).startsWith("loss today 10005.00 "));
	}

	@Test
	void reduceOnlyOrdersCloseThePositionAfterTheStop() {
		assertThat(this.rule.check(reduceOnly(sell("1", "100")), holding("1", "8000.00", "10000.00", "10000.00")))
			.isEmpty();
		// a plain closing order is refused: after the stop, close with reduce-only orders
		assertThat(this.rule.check(sell("1", "100"), holding("1", "8000.00", "10000.00", "10000.00"))).isPresent();
	}

	@Test
	void theLimitIsPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DailyLossLimit(dec("0")));
	}

}
