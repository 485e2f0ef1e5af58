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

	@Test
	void credentialsNeverShowTheirPassphraseAndKeepTheTwoPartForm() {
		VenueCredentials credentials = new VenueCredentials("5a8e0f1c-3b7d-4e2a-9c61-0d4f7b2e8a93",
				"4F6A2C9E81D73B05A7E4C2918F3D6B70", "sage-okx-Passphrase-1");
		assertThat(credentials.toString()).doesNotContain(credentials.secret())
			.doesNotContain("sage-okx-Passphrase-1")
			.contains("passphrase=(hidden)");
		assertThat(new VenueCredentials("key-1", "secret-1").passphrase()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new VenueCredentials("key-1", "secret-1", " "));
	}

}
