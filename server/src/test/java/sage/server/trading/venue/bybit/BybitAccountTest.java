package sage.server.trading.venue.bybit;

import java.math.BigDecimal;

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

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static sage.server.trading.venue.bybit.StandIn.INSTRUMENTS;
import static sage.server.trading.venue.bybit.StandIn.QUERY_API;
import static sage.server.trading.venue.bybit.StandIn.QUICK;
import static sage.server.trading.venue.bybit.StandIn.START;
import static sage.server.trading.venue.bybit.StandIn.error;

/** What a key may do, and the rules of an instrument, as Bybit reports them. */
class BybitAccountTest {

	@RegisterExtension
	static final WireMockExtension BYBIT = StandIn.bybit();

	/** The recorded key: read-only, spot trading ticked, no withdrawals, three IPs. */
	private static final String RECORDED_KEY = Recorded.read("http_get_user_query_api.json");

	private BybitSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BYBIT, new ManualClock(START), QUICK);
	}

	@Test
	void aReadOnlyKeyCannotTradeAndIsNotUsable() {
		BYBIT.stubFor(get(urlPathEqualTo(QUERY_API)).willReturn(okJson(RECORDED_KEY)));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions).isEqualTo(new VenueKeyPermissions(true, false, false, true));
		assertThat(permissions.usable()).isFalse();
	}

	@Test
	void aKeyThatTradesSpotFromAnyIpAndCannotWithdrawIsUsable() {
		// the recorded key, made a trading key open to every IP (Bybit's ["*"])
		String trading = RECORDED_KEY.replace("\"readOnly\": 1", "\"readOnly\": 0")
			.replaceAll("(?s)\"ips\": \\[.*?\\]", "\"ips\": [\"*\"]");
		BYBIT.stubFor(get(urlPathEqualTo(QUERY_API)).willReturn(okJson(trading)));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions).isEqualTo(new VenueKeyPermissions(true, true, false, false));
		assertThat(permissions.usable()).isTrue();
	}

	@Test
	void aKeyThatCanWithdrawIsNotUsable() {
		String withdrawing = RECORDED_KEY.replace("\"readOnly\": 1", "\"readOnly\": 0")
			.replace("\"SubMemberTransfer\"", "\"SubMemberTransfer\",\n        \"Withdraw\"");
		BYBIT.stubFor(get(urlPathEqualTo(QUERY_API)).willReturn(okJson(withdrawing)));
		VenueKeyPermissions permissions = this.venue.keyPermissions();
		assertThat(permissions.canTrade()).isTrue();
		assertThat(permissions.canWithdraw()).isTrue();
		assertThat(permissions.usable()).isFalse();
	}

	@Test
	void aKeyWithoutSpotTradeCannotTrade() {
		String noSpot = RECORDED_KEY.replace("\"readOnly\": 1", "\"readOnly\": 0")
			.replace("\"SpotTrade\"", "\"SpotDisabled\"");
		BYBIT.stubFor(get(urlPathEqualTo(QUERY_API)).willReturn(okJson(noSpot)));
		assertThat(this.venue.keyPermissions().canTrade()).isFalse();
	}

	@Test
	void aKeyBybitDoesNotAcceptIsAuth() {
		BYBIT.stubFor(get(urlPathEqualTo(QUERY_API)).willReturn(okJson(error(10003, "API key is invalid."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(this.venue::keyPermissions)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.AUTH));
	}

	@Test
	void readsAnInstrumentsTickLotAndMinimums() {
		BYBIT.stubFor(
				get(urlPathEqualTo(INSTRUMENTS)).willReturn(okJson(Recorded.read("http_get_instruments_spot.json"))));
		assertThat(this.venue.instrument("ETHUSDT")).isEqualTo(new VenueInstrument("ETHUSDT", "ETH", "USDT",
				new InstrumentSpec(new BigDecimal("0.01"), new BigDecimal("0.00001"), new BigDecimal("10")),
				new BigDecimal("0.001"), true));
		BYBIT.verify(getRequestedFor(urlPathEqualTo(INSTRUMENTS)).withQueryParam("category", equalTo("spot"))
			.withQueryParam("symbol", equalTo("ETHUSDT"))
			.withoutHeader("X-BAPI-SIGN"));
	}

	@Test
	void anInstrumentNotTradingSaysSo() {
		BYBIT.stubFor(get(urlPathEqualTo(INSTRUMENTS)).willReturn(
				okJson(Recorded.read("http_get_instruments_spot.json").replace("\"Trading\"", "\"PreLaunch\""))));
		assertThat(this.venue.instrument("BTCUSDT").trading()).isFalse();
	}

	@Test
	void aSymbolBybitDoesNotListIsAFilterFailure() {
		BYBIT.stubFor(
				get(urlPathEqualTo(INSTRUMENTS)).willReturn(okJson(Recorded.read("http_get_instruments_spot.json"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.instrument("SOLUSDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.FILTER_FAILURE));
	}

}
