package sage.engine.pretrade;

import java.util.Set;

import org.junit.jupiter.api.Test;

import sage.engine.sim.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static sage.engine.pretrade.SampleOrders.dec;
import static sage.engine.pretrade.SampleOrders.flat;
import static sage.engine.pretrade.SampleOrders.holding;

class AllowedSymbolsTest {

	private final AllowedSymbols rule = new AllowedSymbols(Set.of("BTCUSDT", "ETHUSDT"));

	@Test
	void letsAnAllowedSymbolThrough() {
		assertThat(this.rule.check(order("ETHUSDT", Side.BUY, false), flat())).isEmpty();
	}

	@Test
	void refusesAnotherSymbolAndListsTheAllowedOnesInOrder() {
		assertThat(this.rule.check(order("DOGEUSDT", Side.BUY, false), flat())).contains(new RiskBreach(
				"allowed-symbols", "symbol DOGEUSDT is not allowed; allowed are BTCUSDT, ETHUSDT", false));
	}

	@Test
	void symbolsAreCaseSensitiveAsVenuesSpellThem() {
		assertThat(this.rule.check(order("btcusdt", Side.BUY, false), flat())).isPresent();
	}

	@Test
	void anEmptyListAllowsNothing() {
		assertThat(new AllowedSymbols(Set.of()).check(order("BTCUSDT", Side.BUY, false), flat())).hasValueSatisfying(
				breach -> assertThat(breach.reason()).isEqualTo("symbol BTCUSDT is not allowed; no symbol is allowed"));
	}

	@Test
	void aReduceOnlyOrderClosesAPositionInASymbolNoLongerAllowed() {
		assertThat(this.rule.check(order("DOGEUSDT", Side.SELL, true), holding("100", "0.10"))).isEmpty();
	}

	@Test
	void aReduceOnlyOrderOnTheSideOfThePositionIsChecked() {
		assertThat(this.rule.check(order("DOGEUSDT", Side.BUY, true), holding("100", "0.10"))).isPresent();
		assertThat(this.rule.check(order("DOGEUSDT", Side.SELL, true), flat())).isPresent();
	}

	private static OrderIntent order(String symbol, Side side, boolean reduceOnly) {
		return new OrderIntent(symbol, side, dec("1"), dec("0.10"), reduceOnly);
	}

}
