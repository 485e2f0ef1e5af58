package sage.server.trading.venue.bybit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import static sage.server.trading.venue.bybit.StandIn.CREATE;
import static sage.server.trading.venue.bybit.StandIn.CREDENTIALS;
import static sage.server.trading.venue.bybit.StandIn.QUICK;
import static sage.server.trading.venue.bybit.StandIn.REALTIME;
import static sage.server.trading.venue.bybit.StandIn.SERVER_TIME;
import static sage.server.trading.venue.bybit.StandIn.START;
import static sage.server.trading.venue.bybit.StandIn.TIME;
import static sage.server.trading.venue.bybit.StandIn.error;

/** What the venue logs names endpoints and failures, never a key, secret or signature. */
class BybitLogsTest {

	@RegisterExtension
	static final WireMockExtension BYBIT = StandIn.bybit();

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
		BybitSpotVenue venue = StandIn.venue(BYBIT, new ManualClock(START), QUICK);
		BYBIT.stubFor(post(urlPathEqualTo(CREATE))
			.willReturn(okJson(error(10002, "The request time exceeds the time window range."))));
		BYBIT.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(SERVER_TIME)));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(aResponse().withStatus(403)));
		venue.submit(VenueOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.001"), "sage-1"));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> venue.openOrders("BTCUSDT"));
		// refused locally while banned: logged at debug, sent nowhere
		assertThatExceptionOfType(VenueException.class).isThrownBy(venue::balances);

		List<String> signatures = BYBIT.findAll(anyRequestedFor(anyUrl()))
			.stream()
			.map((request) -> request.getHeader("X-BAPI-SIGN"))
			.filter(Objects::nonNull)
			.toList();
		assertThat(signatures).hasSize(3);
		assertThat(this.logged.list).extracting(ILoggingEvent::getFormattedMessage)
			.as("what the venue logged")
			.hasSizeGreaterThanOrEqualTo(4)
			.noneMatch((line) -> line.contains(CREDENTIALS.apiKey()) || line.contains(CREDENTIALS.secret())
					|| signatures.stream().anyMatch(line::contains));
	}

}
