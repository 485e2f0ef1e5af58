package sage.server.trading.venue.okx;

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
import static sage.server.trading.venue.okx.StandIn.BALANCE;
import static sage.server.trading.venue.okx.StandIn.CREDENTIALS;
import static sage.server.trading.venue.okx.StandIn.ORDER;
import static sage.server.trading.venue.okx.StandIn.PENDING;
import static sage.server.trading.venue.okx.StandIn.QUICK;
import static sage.server.trading.venue.okx.StandIn.START;
import static sage.server.trading.venue.okx.StandIn.TIME;
import static sage.server.trading.venue.okx.StandIn.error;

/**
 * What the venue logs names endpoints and failures, never a key, secret, passphrase or
 * signature.
 */
class OkxLogsTest {

	@RegisterExtension
	static final WireMockExtension OKX = StandIn.okx();

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
		OkxSpotVenue venue = StandIn.venue(OKX, new ManualClock(START), QUICK);
		OKX.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(aResponse().withStatus(401).withBody(error("50102", "Timestamp request expired"))));
		OKX.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("GetServerTime.txt"))));
		OKX.stubFor(get(urlPathEqualTo(PENDING)).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "30")
			.withBody(error("50011", "Rate limit reached."))));
		venue.submit(VenueOrderRequest.market("BTC-USDT", Side.BUY, new BigDecimal("0.001"), "sage1"));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> venue.openOrders("BTC-USDT"));
		// refused locally while rate limited: logged at debug, sent nowhere
		assertThatExceptionOfType(VenueException.class).isThrownBy(venue::balances);
		OKX.verify(0, anyRequestedFor(urlPathEqualTo(BALANCE)));

		List<String> signatures = OKX.findAll(anyRequestedFor(anyUrl()))
			.stream()
			.map((request) -> request.getHeader("OK-ACCESS-SIGN"))
			.filter((signature) -> signature != null)
			.toList();
		assertThat(signatures).hasSize(3);
		List<LoggedRequest> signed = OKX.findAll(anyRequestedFor(anyUrl()))
			.stream()
			.filter((request) -> request.containsHeader("OK-ACCESS-PASSPHRASE"))
			.toList();
		assertThat(signed).hasSize(3);
		assertThat(this.logged.list).extracting(ILoggingEvent::getFormattedMessage)
			.as("what the venue logged")
			.hasSizeGreaterThanOrEqualTo(4)
			.noneMatch((line) -> line.contains(CREDENTIALS.apiKey()) || line.contains(CREDENTIALS.secret())
					|| line.contains(CREDENTIALS.passphrase()) || signatures.stream().anyMatch(line::contains));
	}

}
