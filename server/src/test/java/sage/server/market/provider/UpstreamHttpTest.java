package sage.server.market.provider;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import sage.server.market.provider.UpstreamException.Kind;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class UpstreamHttpTest {

	private static final UpstreamSettings QUICK = new UpstreamSettings(Duration.ofMillis(300), 3, Duration.ofMillis(5),
			Duration.ofMillis(20), Duration.ofSeconds(1), 50, 50, Duration.ofSeconds(60));

	private WireMockServer server;

	private UpstreamHttp http;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(options().dynamicPort());
		this.server.start();
		UpstreamPolicy policy = new UpstreamPolicy("test", QUICK, Clock.systemUTC());
		this.http = new UpstreamHttp(policy, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
				JsonMapper.builder().build(), QUICK.timeout(), Clock.systemUTC());
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void recoversFromA503ThenAnswers() {
		this.server.stubFor(get("/q").inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		this.server.stubFor(get("/q").inScenario("flaky").whenScenarioStateIs("up").willReturn(okJson("{\"p\":1}")));
		assertThat(this.http.getJson("quote", uri("/q"), Map.of()).get("p").asInt()).isEqualTo(1);
		this.server.verify(2, getRequestedFor(urlPathEqualTo("/q")));
	}

	@Test
	void honoursRetryAfterOn429() {
		this.server.stubFor(get("/q").inScenario("limited")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("free"));
		this.server.stubFor(get("/q").inScenario("limited").whenScenarioStateIs("free").willReturn(okJson("{}")));
		long started = System.nanoTime();
		this.http.getJson("quote", uri("/q"), Map.of());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void classifiesEachFault() {
		this.server.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(1_000)));
		this.server.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		this.server.stubFor(get("/truncated").willReturn(okJson("{\"chart\":{\"result\":[")));
		this.server.stubFor(get("/html").willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
		this.server.stubFor(get("/missing").willReturn(aResponse().withStatus(404).withBody("{\"error\":\"no\"}")));
		this.server.stubFor(get("/key").willReturn(aResponse().withStatus(401)));
		long started = System.nanoTime();
		assertKind("/slow", Kind.TIMEOUT, -1);
		// WireMock journals a request only once its delayed answer is written, which an
		// abandoned request may never get: the three 300 ms timeouts show in the time
		// taken
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
		assertKind("/reset", Kind.CONNECTION, -1);
		// the JDK client itself resends an idempotent GET once on a reset: 3 tries, 3 to
		// 6
		// requests
		assertThat(this.server.findAll(getRequestedFor(urlPathEqualTo("/reset")))).hasSizeBetween(3, 6);
		assertKind("/truncated", Kind.MALFORMED, 3);
		assertKind("/html", Kind.MALFORMED, 3);
		assertKind("/missing", Kind.NOT_FOUND, 1);
		assertKind("/key", Kind.UNAUTHORIZED, 1);
	}

	@Test
	void neverQuotesRequestHeadersInMessages() {
		this.server.stubFor(get("/key").willReturn(aResponse().withStatus(403).withBody("forbidden")));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.http.getJson("quote", uri("/key"), Map.of("X-Api-Key", "secret-test-key-123")))
			.satisfies((ex) -> assertThat(ex).hasMessageNotContaining("secret-test-key-123"));
	}

	@Test
	void readsRetryAfterAsSecondsOrHttpDate() {
		Instant now = Instant.parse("2026-11-23T12:00:00Z");
		assertThat(UpstreamHttp.retryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
		assertThat(UpstreamHttp.retryAfter("Mon, 23 Nov 2026 12:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
		assertThat(UpstreamHttp.retryAfter("soon", now)).isNull();
		assertThat(UpstreamHttp.retryAfter(null, now)).isNull();
	}

	private void assertKind(String path, Kind kind, int requests) {
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.http.getJson("get " + path, uri(path), Map.of()))
			.satisfies((ex) -> assertThat(ex.kind()).as(path).isEqualTo(kind));
		if (requests < 0) {
			return;
		}
		await().atMost(Duration.ofSeconds(3))
			.untilAsserted(
					() -> assertThat(this.server.findAll(getRequestedFor(urlPathEqualTo(path)))).as(path + " requests")
						.hasSize(requests));
	}

	private URI uri(String path) {
		return URI.create(this.server.baseUrl() + path);
	}

}
