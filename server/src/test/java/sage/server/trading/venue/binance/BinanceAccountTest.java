package sage.server.trading.venue.binance;

import java.math.BigDecimal;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueInstrument;
import sage.server.trading.venue.VenueKeyPermissions;
import sage.server.trading.venue.VenueOrderStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static sage.server.trading.venue.binance.StandIn.ACCOUNT;
import static sage.server.trading.venue.binance.StandIn.ORDER;
import static sage.server.trading.venue.binance.StandIn.QUICK;
import static sage.server.trading.venue.binance.StandIn.START;
import static sage.server.trading.venue.binance.StandIn.error;

/**
 * What a connected key may do, an instrument's rules, and an order looked up by Binance's
 * own id.
 */
class BinanceAccountTest {

	private static final String RESTRICTIONS = "/sapi/v1/account/apiRestrictions";

	private static final String EXCHANGE_INFO = "/api/v3/exchangeInfo";

	/**
	 * The shape of Binance's documented answer to {@code apiRestrictions}, written here
	 * (no recording of it is in the shared data): a key that reads and trades spot.
	 */
	private static final String TRADING_KEY = """
			{"ipRestrict":true,"createTime":1698645219000,"enableReading":true,"enableWithdrawals":false,
			"enableInternalTransfer":false,"enableMargin":false,"enableFutures":false,
			"permitsUniversalTransfer":false,"enableVanillaOptions":false,"enableFixApiTrade":false,
			"enableFixReadOnly":false,"enableSpotAndMarginTrading":true,"enablePortfolioMarginTrading":false}""";

	/**
	 * BTCUSDT with filters in Binance's documented shape, written here: the recorded
	 * {@code exchange_info_response.json} lists one symbol with no filters.
	 */
	private static final String BTCUSDT = """
			{"timezone":"UTC","serverTime":1764936000000,"rateLimits":[],"exchangeFilters":[],"symbols":[
			{"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT","filters":[
			{"filterType":"PRICE_FILTER","minPrice":"0.01000000","maxPrice":"1000000.00000000","tickSize":"0.01000000"},
			{"filterType":"LOT_SIZE","minQty":"0.00001000","maxQty":"9000.00000000","stepSize":"0.00001000"},
			{"filterType":"ICEBERG_PARTS","limit":10},
			{"filterType":"NOTIONAL","minNotional":"5.00000000","applyMinToMarket":true,
			"maxNotional":"9000000.00000000","applyMaxToMarket":false,"avgPriceMins":5}]}]}""";

	@RegisterExtension
	static final WireMockExtension BINANCE = StandIn.binance();

	private BinanceSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BINANCE, new ManualClock(START), QUICK);
	}

	@Test
	void aKeyThatReadsAndTradesAndCannotWithdrawIsUsable() {
		BINANCE.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(Recorded.read("account_response.json"))));
		BINANCE.stubFor(get(urlPathEqualTo(RESTRICTIONS)).willReturn(okJson(TRADING_KEY)));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions).isEqualTo(new VenueKeyPermissions(true, true, false, true));
		assertThat(permissions.usable()).isTrue();
		BINANCE.verify(getRequestedFor(urlPathEqualTo(RESTRICTIONS)).withHeader("X-MBX-APIKEY", matching(".+"))
			.withQueryParam("signature", matching("[0-9a-f]{64}")));
	}

	@Test
	void aKeyThatCanWithdrawIsNotUsable() {
		BINANCE.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(Recorded.read("account_response.json"))));
		BINANCE.stubFor(get(urlPathEqualTo(RESTRICTIONS))
			.willReturn(okJson(TRADING_KEY.replace("\"enableWithdrawals\":false", "\"enableWithdrawals\":true"))));
		assertThat(this.venue.keyPermissions().usable()).isFalse();
	}

	@Test
	void anAccountThatCannotTradeMakesTheKeyReadOnly() {
		BINANCE.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(
				okJson(Recorded.read("account_response.json").replace("\"canTrade\": true", "\"canTrade\": false"))));
		BINANCE.stubFor(get(urlPathEqualTo(RESTRICTIONS)).willReturn(okJson(TRADING_KEY)));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions.canTrade()).isFalse();
		assertThat(permissions.usable()).isFalse();
	}

	@Test
	void aKeyBinanceDoesNotAcceptIsAnAuthFailure() {
		BINANCE.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(
				aResponse().withStatus(401).withBody(error(-2015, "Invalid API-key, IP, or permissions for action."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(this.venue::keyPermissions)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.AUTH));
	}

	@Test
	void readsTickLotAndMinimumsOfASymbol() {
		BINANCE.stubFor(get(urlPathEqualTo(EXCHANGE_INFO)).withQueryParam("symbol", equalTo("BTCUSDT"))
			.willReturn(okJson(BTCUSDT)));
		VenueInstrument instrument = this.venue.instrument("BTCUSDT");
		assertThat(instrument.baseAsset()).isEqualTo("BTC");
		assertThat(instrument.quoteAsset()).isEqualTo("USDT");
		assertThat(instrument.spec().tickSize()).isEqualByComparingTo("0.01");
		assertThat(instrument.spec().lotSize()).isEqualByComparingTo("0.00001");
		assertThat(instrument.spec().minNotional()).isEqualByComparingTo("5");
		assertThat(instrument.minQuantity()).isEqualByComparingTo("0.00001");
		assertThat(instrument.trading()).isTrue();
		// the steps are kept without trailing zeros, so rounded values carry no noise
		assertThat(instrument.spec().roundQty(new BigDecimal("0.123456789")).toPlainString()).isEqualTo("0.12345");
		// exchangeInfo is public: no key, no signature
		BINANCE.verify(getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)).withoutHeader("X-MBX-APIKEY")
			.withoutQueryParam("signature"));
	}

	@Test
	void aSymbolWithoutFiltersCannotBeRoundedAndIsRefused() {
		BINANCE.stubFor(
				get(urlPathEqualTo(EXCHANGE_INFO)).willReturn(okJson(Recorded.read("exchange_info_response.json"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.instrument("ETHBTC"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
				assertThat(ex.failure().message()).contains("ETHBTC");
			});
	}

	@Test
	void anUnknownSymbolIsAFilterFailure() {
		BINANCE.stubFor(get(urlPathEqualTo(EXCHANGE_INFO))
			.willReturn(aResponse().withStatus(400).withBody(error(-1121, "Invalid symbol."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.instrument("NOPE"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.FILTER_FAILURE));
	}

	@Test
	void findsAnOrderByBinancesOwnId() {
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).withQueryParam("orderId", equalTo("1"))
			.willReturn(okJson(Recorded.read("order_response.json"))));
		assertThat(this.venue.findByVenueOrderId("LTCBTC", "1")).hasValueSatisfying((order) -> {
			assertThat(order.clientOrderId()).isEqualTo("myOrder1");
			assertThat(order.status()).isEqualTo(VenueOrderStatus.NEW);
		});
		BINANCE.verify(getRequestedFor(urlPathEqualTo(ORDER)).withoutQueryParam("origClientOrderId"));
	}

	@Test
	void anOrderIdBinanceDoesNotKnowIsEmptyAfterOneAsk() {
		BINANCE.stubFor(get(urlPathEqualTo(ORDER))
			.willReturn(aResponse().withStatus(400).withBody(error(-2013, "Order does not exist."))));
		assertThat(this.venue.findByVenueOrderId("LTCBTC", "42")).isEmpty();
		assertThat(BINANCE.getAllServeEvents()).hasSize(1);
	}

}
