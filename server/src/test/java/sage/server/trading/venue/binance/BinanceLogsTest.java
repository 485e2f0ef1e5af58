package sage.server.trading.venue.binance;

import java.math.BigDecimal;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import sage.engine.sim.Side;
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
import static sage.server.trading.venue.binance.StandIn.CREDENTIALS;
import static sage.server.trading.venue.binance.StandIn.OPEN_ORDERS;
import static sage.server.trading.venue.binance.StandIn.ORDER;
import static sage.server.trading.venue.binance.StandIn.QUICK;
import static sage.server.trading.venue.binance.StandIn.START;
import static sage.server.trading.venue.binance.StandIn.TIME;
import static sage.server.trading.venue.binance.StandIn.error;

/** What the venue logs names endpoints and failures, never a key, secret or signature. */
class BinanceLogsTest {

	@RegisterExtension
	static final WireMockExtension BINANCE = StandIn.binance();

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
	void neverLogsTheKeyTheSecretOrASignature() {
		BinanceSpotVenue venue = StandIn.venue(BINANCE, new ManualClock(START), QUICK);
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(400)
			.withBody(error(-1021, "Timestamp for this request is outside of the recvWindow."))));
		BINANCE.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("server_time_response.json"))));
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).willReturn(aResponse().withStatus(418)
			.withHeader("Retry-After", "120")
			.withBody(error(-1003, "Way too much request weight used; IP banned until 1659146260000."))));
		venue.submit(VenueOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.001"), "sage-1"));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> venue.openOrders("BTCUSDT"));
		// refused locally while banned: logged at debug, sent nowhere
		assertThatExceptionOfType(VenueException.class).isThrownBy(venue::balances);

		List<String> signatures = BINANCE.findAll(anyRequestedFor(anyUrl()))
			.stream()
			.map(LoggedRequest::getUrl)
			.filter((url) -> url.contains("signature="))
			.map((url) -> url.substring(url.indexOf("signature=") + "signature=".length()))
			.toList();
		assertThat(signatures).hasSize(3);
		assertThat(this.logged.list).extracting(ILoggingEvent::getFormattedMessage)
			.as("what the venue logged")
			.hasSizeGreaterThanOrEqualTo(4)
			.noneMatch((line) -> line.contains(CREDENTIALS.apiKey()) || line.contains(CREDENTIALS.secret())
					|| signatures.stream().anyMatch(line::contains));
	}

}
