package sage.server.trading.venue.okx;

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
import static sage.server.trading.venue.okx.StandIn.BALANCE;
import static sage.server.trading.venue.okx.StandIn.CONFIG;
import static sage.server.trading.venue.okx.StandIn.INSTRUMENTS;
import static sage.server.trading.venue.okx.StandIn.QUICK;
import static sage.server.trading.venue.okx.StandIn.START;
import static sage.server.trading.venue.okx.StandIn.error;

/**
 * What the account holds, what its key may do, and the rules of an instrument, from OKX's
 * recorded answers.
 */
class OkxAccountTest {

	@RegisterExtension
	static final WireMockExtension OKX = StandIn.okx();

	private static final String CONFIG_RECORDED = Recorded.read("GetAccountConfiguration.txt");

	private OkxSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(OKX, new ManualClock(START), QUICK);
	}

	@Test
	void balancesAreEachCurrencysCashBalance() {
		OKX.stubFor(get(urlPathEqualTo(BALANCE)).willReturn(okJson(Recorded.read("GetAccountBalance.txt"))));
		// cashBal, not availBal (4834.317…): what is frozen in orders is still held
		assertThat(this.venue.balances()).containsExactly(Map.entry("USDT", new BigDecimal("4850.435693622894")));
	}

	@Test
	void aKeyThatMayWithdrawIsNotUsable() {
		OKX.stubFor(get(urlPathEqualTo(CONFIG)).willReturn(okJson(CONFIG_RECORDED)));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions).isEqualTo(new VenueKeyPermissions(true, true, true, true));
		assertThat(permissions.usable()).isFalse();
	}

	@Test
	void aKeyThatReadsAndTradesIsUsableAndWithoutAddressesIsNotIpRestricted() {
		// not recorded: the recorded configuration with "withdraw" and the addresses
		// taken out
		OKX.stubFor(get(urlPathEqualTo(CONFIG))
			.willReturn(okJson(CONFIG_RECORDED.replace("\"read_only,withdraw,trade\"", "\"read_only,trade\"")
				.replace("\"120.255.24.182,49.245.196.13\"", "\"\""))));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions).isEqualTo(new VenueKeyPermissions(true, true, false, false));
		assertThat(permissions.usable()).isTrue();
	}

	@Test
	void aReadOnlyKeyIsNotUsable() {
		// not recorded: the recorded configuration with only "read_only"
		OKX.stubFor(get(urlPathEqualTo(CONFIG))
			.willReturn(okJson(CONFIG_RECORDED.replace("\"read_only,withdraw,trade\"", "\"read_only\""))));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions.canTrade()).isFalse();
		assertThat(permissions.usable()).isFalse();
	}

	@Test
	void aKeyOkxDoesNotAcceptIsAuth() {
		OKX.stubFor(get(urlPathEqualTo(CONFIG))
			.willReturn(aResponse().withStatus(401).withBody(error("50111", "Invalid OK-ACCESS-KEY"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(this.venue::keyPermissions)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.AUTH));
	}

	@Test
	void readsAnInstrumentsTickLotAndMinimumWithoutAMinimumValue() {
		OKX.stubFor(get(urlPathEqualTo(INSTRUMENTS)).willReturn(okJson(Recorded.read("GetSymbols.txt"))));
		assertThat(this.venue.instrument("BTC-USDT")).isEqualTo(new VenueInstrument("BTC-USDT", "BTC", "USDT",
				new InstrumentSpec(new BigDecimal("0.1"), new BigDecimal("1E-8"), BigDecimal.ZERO),
				new BigDecimal("0.00001"), true));
		OKX.verify(getRequestedFor(urlPathEqualTo(INSTRUMENTS)).withQueryParam("instType", equalTo("SPOT"))
			.withQueryParam("instId", equalTo("BTC-USDT"))
			.withoutHeader("OK-ACCESS-KEY"));
	}

	@Test
	void picksTheInstrumentAskedForOutOfSeveral() {
		OKX.stubFor(
				get(urlPathEqualTo(INSTRUMENTS)).willReturn(okJson(Recorded.read("http_get_instruments_spot.json"))));
		VenueInstrument eth = this.venue.instrument("ETH-USD");
		assertThat(eth.baseAsset()).isEqualTo("ETH");
		assertThat(eth.quoteAsset()).isEqualTo("USD");
		assertThat(eth.spec().tickSize()).isEqualByComparingTo("0.01");
		assertThat(eth.spec().lotSize()).isEqualByComparingTo("0.000001");
		assertThat(eth.minQuantity()).isEqualByComparingTo("0.0001");
		assertThat(eth.trading()).isTrue();
	}

	@Test
	void anInstrumentOkxDoesNotListIsAFilterFailure() {
		OKX.stubFor(get(urlPathEqualTo(INSTRUMENTS))
			.willReturn(aResponse().withStatus(400).withBody(error("51001", "Instrument ID does not exist"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.instrument("NOPE-USDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.FILTER_FAILURE));
		OKX.stubFor(get(urlPathEqualTo(INSTRUMENTS)).willReturn(okJson("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}")));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.instrument("NOPE-USDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.FILTER_FAILURE));
	}

}
