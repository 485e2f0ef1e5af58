package sage.server.trading.venue.bitget;

import java.math.BigDecimal;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;
import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueOrderRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static sage.server.trading.venue.bitget.StandIn.ASSETS;
import static sage.server.trading.venue.bitget.StandIn.CANCEL;
import static sage.server.trading.venue.bitget.StandIn.CREDENTIALS;
import static sage.server.trading.venue.bitget.StandIn.PLACE;
import static sage.server.trading.venue.bitget.StandIn.QUICK;
import static sage.server.trading.venue.bitget.StandIn.START;
import static sage.server.trading.venue.bitget.StandIn.TIME;
import static sage.server.trading.venue.bitget.StandIn.UNFILLED;
import static sage.server.trading.venue.bitget.StandIn.error;

/**
 * What the venue logs names endpoints and failures, never a key, secret, passphrase or
 * signature.
 */
class BitgetLogsTest {

	@RegisterExtension
	static final WireMockExtension BITGET = StandIn.bitget();

	private final Logger logger = (Logger) LoggerFactory.getLogger("sage.server.trading.venue");

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private Level level;

	@BeforeEach
	void listen() {
		this.level = this.logger.getLevel();
		this.logger.setLevel(Level.DEBUG);
		this.logged.start();
		this.logger.addAppender(this.logged);
	}

	@AfterEach
	void stopListening() {
		this.logger.detachAppender(this.logged);
		this.logger.setLevel(this.level);
	}

	@Test
	void neverLogsTheKeyTheSecretThePassphraseOrASignature() {
		BitgetSpotVenue venue = StandIn.venue(BITGET, new ManualClock(START), QUICK);
		BITGET.stubFor(post(urlPathEqualTo(PLACE))
			.willReturn(aResponse().withStatus(400).withBody(error("40008", "Request timestamp expired"))));
		BITGET.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("GetServerTime.txt"))));
		BITGET.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED)).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "30")
			.withBody(error("429", "Too Many Requests"))));
		venue.submit(VenueOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("0.001"), new BigDecimal("34829.12"),
				TimeInForce.GTC, "sage1"));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> venue.cancel("BTCUSDT", "sage1"));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> venue.openOrders("BTCUSDT"));
		// refused locally while rate limited: logged at debug, sent nowhere
		assertThatExceptionOfType(VenueException.class).isThrownBy(venue::balances);
		BITGET.verify(0, anyRequestedFor(urlPathEqualTo(ASSETS)));

		List<String> signatures = BITGET.findAll(anyRequestedFor(anyUrl()))
			.stream()
			.map((request) -> request.getHeader("ACCESS-SIGN"))
			.filter((signature) -> signature != null)
			.toList();
		// two order POSTs, the cancel, the open orders; the server time is not signed
		assertThat(signatures).hasSize(4);
		List<LoggedRequest> signed = BITGET.findAll(anyRequestedFor(anyUrl()))
			.stream()
			.filter((request) -> request.containsHeader("ACCESS-PASSPHRASE"))
			.toList();
		assertThat(signed).hasSize(4);
		assertThat(this.logged.list).extracting(ILoggingEvent::getFormattedMessage)
			.as("what the venue logged")
			.hasSizeGreaterThanOrEqualTo(4)
			.noneMatch((line) -> line.contains(CREDENTIALS.apiKey()) || line.contains(CREDENTIALS.secret())
					|| line.contains(CREDENTIALS.passphrase()) || signatures.stream().anyMatch(line::contains));
	}

}
