package sage.engine.pretrade;

import java.util.Set;

import org.junit.jupiter.api.Test;

import sage.engine.sim.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static sage.engine.pretrade.SampleOrders.buy;
import static sage.engine.pretrade.SampleOrders.dec;
import static sage.engine.pretrade.SampleOrders.flat;
import static sage.engine.pretrade.SampleOrders.reduceOnly;
import static sage.engine.pretrade.SampleOrders.sell;

class PreTradeCheckTest {

	private static final RiskLimits EVERY_LIMIT = new RiskLimits(dec("1"), dec("1000"), 1, Set.of("ETHUSDT"),
			dec("0.5"), dec("100"), dec("0.1"));

	/** Breaks every limit above: 2000 lost today, 20% down, 2 open orders, long 5. */
	private static final Exposure BREAKS_EVERYTHING = new Exposure(dec("5"), 2, dec("8000"), dec("10000"), dec("10000"),
			dec("5000"));

	@Test
	void buildsARuleOnlyForEachLimitSet() {
		assertThat(new PreTradeCheck(RiskLimits.NONE).rules()).isEmpty();
		assertThat(new PreTradeCheck(RiskLimits.NONE.withMaxLeverage(dec("2")).withMaxOrderNotional(dec("10"))).rules())
			.extracting(RiskRule::code)
			.containsExactly("max-order-notional", "max-leverage");
	}

	@Test
	void checksTheRulesInTheDocumentedOrder() {
		assertThat(new PreTradeCheck(EVERY_LIMIT).rules()).extracting(RiskRule::code)
			.containsExactly("allowed-symbols", "daily-loss-limit", "max-drawdown", "max-order-notional",
					"max-open-orders", "max-position-size", "max-leverage");
	}

	@Test
	void checkReturnsTheFirstBreachAndCheckAllEveryOne() {
		PreTradeCheck check = new PreTradeCheck(EVERY_LIMIT);
		OrderIntent order = buy("1", "1000.01");
		assertThat(check.check(order, BREAKS_EVERYTHING)).hasValueSatisfying(breach -> {
			assertThat(breach.rule()).isEqualTo("allowed-symbols");
			assertThat(breach.stopsTrading()).isFalse();
		});
		assertThat(check.checkAll(order, BREAKS_EVERYTHING)).extracting(RiskBreach::rule)
			.containsExactly("allowed-symbols", "daily-loss-limit", "max-drawdown", "max-order-notional",
					"max-open-orders", "max-position-size", "max-leverage");
		assertThat(check.checkAll(order, BREAKS_EVERYTHING)).extracting(RiskBreach::stopsTrading)
			.containsExactly(false, true, true, false, false, false, false);
	}

	@Test
	void aLossLimitComesBeforeTheOrdersOwnFigures() {
		PreTradeCheck check = new PreTradeCheck(
				RiskLimits.NONE.withMaxOrderNotional(dec("10")).withMaxDailyLoss(dec("100")));
		Exposure down = new Exposure(dec("0"), 0, dec("9000"), dec("10000"), dec("10000"), dec("0"));
		assertThat(check.check(buy("1", "100"), down)).map(RiskBreach::rule).contains("daily-loss-limit");
	}

	@Test
	void anOrderWithinEveryLimitPasses() {
		PreTradeCheck check = new PreTradeCheck(
				EVERY_LIMIT.withAllowedSymbols(Set.of("BTCUSDT")).withMaxLeverage(dec("3")));
		assertThat(check.check(buy("1", "1000"), flat())).isEmpty();
		assertThat(check.checkAll(buy("1", "1000"), flat())).isEmpty();
	}

	@Test
	void aReduceOnlyOrderPassesEveryRuleEvenWhenEverythingIsBroken() {
		PreTradeCheck check = new PreTradeCheck(EVERY_LIMIT);
		assertThat(check.checkAll(reduceOnly(sell("50", "1000")), BREAKS_EVERYTHING)).isEmpty();
		// on the same side as the position it adds risk, and is checked like any order
		assertThat(check.check(reduceOnly(buy("1", "1000")), BREAKS_EVERYTHING)).isPresent();
	}

	@Test
	void noLimitsRefuseNothing() {
		Exposure broke = new Exposure(dec("5"), 1000, dec("-50000"), dec("10000"), dec("10000"), dec("1000000"));
		OrderIntent huge = new OrderIntent("ANYTHING", Side.BUY, dec("1000000"), dec("1000000"), false);
		assertThat(new PreTradeCheck(RiskLimits.NONE).check(huge, broke)).isEmpty();
	}

}
