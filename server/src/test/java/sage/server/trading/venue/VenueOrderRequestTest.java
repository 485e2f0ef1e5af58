package sage.server.trading.venue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A new order is checked for the prices its type needs before any venue sees it. */
class VenueOrderRequestTest {

	@Test
	void aLimitOrderNeedsAPrice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VenueOrderRequest("BTCUSDT", Side.BUY, OrderType.LIMIT, BigDecimal.ONE, null, null,
					TimeInForce.GTC, "sage-1"))
			.withMessageContaining("LIMIT needs a price");
	}

	@Test
	void aMarketOrderTakesNoPrice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VenueOrderRequest("BTCUSDT", Side.BUY, OrderType.MARKET, BigDecimal.ONE,
					new BigDecimal("100"), null, TimeInForce.GTC, "sage-1"))
			.withMessageContaining("MARKET takes no price");
	}

	@Test
	void aStopLimitOrderNeedsBothPrices() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VenueOrderRequest("BTCUSDT", Side.SELL, OrderType.STOP_LOSS_LIMIT, BigDecimal.ONE,
					new BigDecimal("100"), null, TimeInForce.GTC, "sage-1"))
			.withMessageContaining("needs a stopPrice");
	}

	@Test
	void rejectsQuantitiesThatAreNotPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VenueOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.000"), "sage-1"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VenueOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("-1"), "sage-1"));
	}

	@Test
	void onlyLimitKindsTakeATimeInForce() {
		assertThat(OrderType.values()).filteredOn(OrderType::takesTimeInForce)
			.containsExactly(OrderType.LIMIT, OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT_LIMIT);
	}

	@Test
	void credentialsNeverShowTheirSecret() {
		VenueCredentials credentials = new VenueCredentials(
				"vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
				"NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
		assertThat(credentials.toString()).doesNotContain(credentials.secret())
			.doesNotContain(credentials.apiKey())
			.contains("vmPU…Eh8A");
	}

}
