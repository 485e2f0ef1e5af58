package sage.server.trading.venue.bitget;

import java.math.BigDecimal;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sage.engine.sim.InstrumentSpec;
import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueInstrument;
import sage.server.trading.venue.VenueKeyPermissions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static sage.server.trading.venue.bitget.StandIn.ASSETS;
import static sage.server.trading.venue.bitget.StandIn.INFO;
import static sage.server.trading.venue.bitget.StandIn.QUICK;
import static sage.server.trading.venue.bitget.StandIn.START;
import static sage.server.trading.venue.bitget.StandIn.SYMBOLS;
import static sage.server.trading.venue.bitget.StandIn.error;

/**
 * What the account holds, what its key may do, and the rules of a symbol, from Bitget's
 * recorded answers.
 */
class BitgetAccountTest {

	@RegisterExtension
	static final WireMockExtension BITGET = StandIn.bitget();

	private static final String INFO_RECORDED = Recorded.read("GetAccountInfo.txt");

	private static final String ASSETS_RECORDED = Recorded.read("GetSpotBalances.txt");

	private BitgetSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BITGET, new ManualClock(START), QUICK);
	}

	@Test
	void anEmptyAccountHoldsNothing() {
		BITGET.stubFor(get(urlPathEqualTo(ASSETS)).willReturn(okJson(ASSETS_RECORDED)));
		assertThat(this.venue.balances()).isEmpty();
		BITGET.verify(getRequestedFor(urlPathEqualTo(ASSETS)).withHeader("ACCESS-KEY",
				equalTo(StandIn.CREDENTIALS.apiKey())));
	}

	@Test
	void balancesAreEachCoinsAvailableFrozenAndLockedAddedUp() {
		// not recorded: the recorded USDT balance with amounts in it
		BITGET.stubFor(get(urlPathEqualTo(ASSETS))
			.willReturn(okJson(ASSETS_RECORDED.replace("\"available\": \"0\"", "\"available\": \"10.5\"")
				.replace("\"frozen\": \"0\"", "\"frozen\": \"2\"")
				.replace("\"locked\": \"0\"", "\"locked\": \"0.25\""))));
		assertThat(this.venue.balances()).containsExactly(Map.entry("USDT", new BigDecimal("12.75")));
	}

	@Test
	void aKeyThatTradesWithoutWithdrawingIsUsableAndItsAddressesMakeItIpRestricted() {
		BITGET.stubFor(get(urlPathEqualTo(INFO)).willReturn(okJson(INFO_RECORDED)));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions).isEqualTo(new VenueKeyPermissions(true, true, false, true));
		assertThat(permissions.usable()).isTrue();
	}

	@Test
	void aKeyThatMayWithdrawIsNotUsable() {
		// not recorded: the recorded key with a withdrawal authority added and its
		// addresses taken out
		BITGET.stubFor(get(urlPathEqualTo(INFO))
			.willReturn(okJson(INFO_RECORDED.replace("\"trade\",", "\"trade\", \"withdraw\",")
				.replace("\"ips\": \"127.0.0.1\"", "\"ips\": \"\""))));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions).isEqualTo(new VenueKeyPermissions(true, true, true, false));
		assertThat(permissions.usable()).isFalse();
	}

	@Test
	void aReadOnlyKeyIsNotUsable() {
		// not recorded: the recorded key with only "readonly"
		BITGET.stubFor(get(urlPathEqualTo(INFO)).willReturn(okJson(INFO_RECORDED.replace("\"trade\",", ""))));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions.canRead()).isTrue();
		assertThat(permissions.canTrade()).isFalse();
		assertThat(permissions.usable()).isFalse();
	}

	@Test
	void aKeyBitgetDoesNotAcceptIsAuth() {
		BITGET.stubFor(get(urlPathEqualTo(INFO))
			.willReturn(aResponse().withStatus(400).withBody(error("40037", "Apikey does not exist"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(this.venue::keyPermissions)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.AUTH));
		BITGET.stubFor(get(urlPathEqualTo(INFO))
			.willReturn(aResponse().withStatus(400).withBody(error("40012", "apikey/password is incorrect"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(this.venue::keyPermissions)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.AUTH));
	}

	@Test
	void readsASymbolsTickLotMinimumQuantityAndMinimumValue() {
		BITGET.stubFor(get(urlPathEqualTo(SYMBOLS)).willReturn(okJson(Recorded.read("GetSymbols.txt"))));
		assertThat(this.venue.instrument("BTCUSDT")).isEqualTo(new VenueInstrument("BTCUSDT", "BTC", "USDT",
				new InstrumentSpec(new BigDecimal("0.0001"), new BigDecimal("1E-8"), new BigDecimal("5")),
				new BigDecimal("0.0001"), true));
		BITGET.verify(getRequestedFor(urlPathEqualTo(SYMBOLS)).withQueryParam("symbol", equalTo("BTCUSDT"))
			.withoutHeader("ACCESS-KEY"));
	}

	@Test
	void aSymbolOfflineIsNotTradingAndOneQuotedOutsideUsdtHasNoMinimumValue() {
		// not recorded: the recorded symbol taken offline, and quoted in BTC
		BITGET.stubFor(get(urlPathEqualTo(SYMBOLS)).willReturn(okJson(Recorded.read("GetSymbols.txt")
			.replace("\"status\": \"online\"", "\"status\": \"offline\"")
			.replace("\"BTCUSDT\"", "\"ETHBTC\"")
			.replace("\"baseCoin\": \"BTC\"", "\"baseCoin\": \"ETH\"")
			.replace("\"quoteCoin\": \"USDT\"", "\"quoteCoin\": \"BTC\""))));
		VenueInstrument ethBtc = this.venue.instrument("ETHBTC");
		assertThat(ethBtc.trading()).isFalse();
		assertThat(ethBtc.quoteAsset()).isEqualTo("BTC");
		assertThat(ethBtc.spec().minNotional()).isEqualByComparingTo("0");
	}

	@Test
	void aSymbolBitgetDoesNotListIsAFilterFailure() {
		BITGET.stubFor(get(urlPathEqualTo(SYMBOLS))
			.willReturn(aResponse().withStatus(400).withBody(error("40034", "Parameter symbol does not exist"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.instrument("NOPEUSDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.FILTER_FAILURE));
		BITGET.stubFor(get(urlPathEqualTo(SYMBOLS))
			.willReturn(okJson("{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":[]}")));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.instrument("NOPEUSDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.FILTER_FAILURE));
	}

}
