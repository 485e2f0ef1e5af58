package sage.server.market.provider;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sage.server.market.provider.UpstreamException.Kind;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The faults every provider client must survive, run against a stand-in server for one
 * call of each client: timeouts, 429 with a short and a long {@code Retry-After}, a 5xx
 * then an answer, a reset connection, truncated JSON, an HTML page, JSON of the wrong
 * shape, and the circuit opening after repeated failures. A provider's test extends this
 * and adds its parsing tests.
 */
public abstract class ProviderFaultsContract {

	/**
	 * 1.5 s per request (generous: the build machines are busy), 3 tries, Retry-After up
	 * to 2 s waited for, circuit judged over 6 tries.
	 */
	protected static final UpstreamSettings QUICK = new UpstreamSettings(Duration.ofMillis(1_500), 3,
			Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2), 50, 6, Duration.ofSeconds(60));

	protected final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T12:00:00Z"));

	protected final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	protected WireMockServer server;

	protected UpstreamPolicy policy;

	@BeforeEach
	final void startStandIn() {
		this.server = new WireMockServer(options().dynamicPort());
		this.server.start();
		ProviderMetrics metrics = new ProviderMetrics(this.registry);
		this.policy = new UpstreamPolicy(providerName(), QUICK, this.clock, metrics);
		metrics.watch(this.policy);
		connect(OnlineProviders.http(this.policy, QUICK.timeout(), baseUrl(), this.clock, keepsCookies()), baseUrl());
	}

	@AfterEach
	final void stopStandIn() {
		this.server.stop();
	}

	/** The provider's name. */
	protected abstract String providerName();

	/** Whether the provider's HTTP client keeps cookies. */
	protected boolean keepsCookies() {
		return false;
	}

	/** Builds the client under test on {@code http}, speaking to {@code baseUrl}. */
	protected abstract void connect(UpstreamHttp http, URI baseUrl);

	/** The URL path of the call the fault tests make. */
	protected abstract String faultPath();

	/** The recorded answer to that call. */
	protected abstract byte[] recordedBody();

	/** Makes that call. */
	protected abstract Object call();

	/** Checks that {@code answer} is what the recorded body says. */
	protected abstract void assertRecordedAnswer(Object answer);

	protected URI baseUrl() {
		return URI.create(this.server.baseUrl());
	}

	@Test
	void answersWithTheRecordedPayload() {
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(recorded()));
		assertRecordedAnswer(call());
		assertThat(calls("success")).isEqualTo(1);
		assertThat(this.registry.get(ProviderMetrics.DURATION).tag("provider", providerName()).timer().count())
			.isEqualTo(1);
		assertThat(this.policy.status().lastSuccess()).isEqualTo(this.clock.instant());
	}

	@Test
	void givesUpAfterEveryTryTimedOut() {
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(recorded().withFixedDelay(4_000)));
		long started = System.nanoTime();
		assertFault(Kind.TIMEOUT);
		// three tries of 1.5 s each
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(4_500));
		assertThat(calls("timeout")).isEqualTo(1);
	}

	@Test
	void waitsWhatAShortRetryAfterAsksThenAnswers() {
		this.server.stubFor(get(urlPathEqualTo(faultPath())).inScenario("limited")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("free"));
		this.server.stubFor(get(urlPathEqualTo(faultPath())).inScenario("limited")
			.whenScenarioStateIs("free")
			.willReturn(recorded()));
		long started = System.nanoTime();
		assertRecordedAnswer(call());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertRequests(2);
	}

	@Test
	void aLongRetryAfterFailsAtOnceAndBlocksCallsUntilItPassed() {
		this.server.stubFor(get(urlPathEqualTo(faultPath()))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
		UpstreamException first = assertFault(Kind.RATE_LIMITED);
		assertThat(first.retryAfter()).isEqualTo(Duration.ofSeconds(120));
		assertRequests(1);
		assertThat(this.policy.status().blockedUntil()).isEqualTo(this.clock.instant().plusSeconds(120));
		this.clock.advance(Duration.ofSeconds(60));
		UpstreamException blocked = assertFault(Kind.RATE_LIMITED);
		assertThat(blocked.retryAfter()).isEqualTo(Duration.ofSeconds(60));
		assertRequests(1);
		this.clock.advance(Duration.ofSeconds(61));
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(recorded()));
		assertRecordedAnswer(call());
		assertRequests(2);
	}

	@Test
	void triesAgainAfterA5xxAndAnswers() {
		this.server.stubFor(get(urlPathEqualTo(faultPath())).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"))
			.willSetStateTo("up"));
		this.server.stubFor(
				get(urlPathEqualTo(faultPath())).inScenario("flaky").whenScenarioStateIs("up").willReturn(recorded()));
		assertRecordedAnswer(call());
		assertRequests(2);
		assertThat(this.policy.status().lastFailure()).as("a recovered call is no failure").isNull();
	}

	@Test
	void aResetConnectionIsAConnectionFault() {
		this.server.stubFor(
				get(urlPathEqualTo(faultPath())).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertFault(Kind.CONNECTION);
		// the JDK client resends an idempotent GET once on a reset: 3 tries, 3 to 6
		// requests
		assertThat(this.server.findAll(getRequestedFor(urlPathEqualTo(faultPath())))).hasSizeBetween(3, 6);
	}

	@Test
	void truncatedJsonIsMalformed() {
		byte[] body = recordedBody();
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(java.util.Arrays.copyOf(body, body.length / 2))));
		assertFault(Kind.MALFORMED);
		assertRequests(3);
	}

	@Test
	void anHtmlPageIsMalformed() {
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<!DOCTYPE html><html><body><h1>Will be right back...</h1></body></html>")));
		UpstreamException fault = assertFault(Kind.MALFORMED);
		assertThat(fault).hasMessageContaining("Will be right back");
		assertRequests(3);
	}

	@Test
	void jsonOfTheWrongShapeIsMalformed() {
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"unexpected\":[1,2,3]}")));
		assertFault(Kind.MALFORMED);
		assertRequests(3);
	}

	@Test
	void repeatedFailuresOpenTheCircuitAndStopCalling() {
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(aResponse().withStatus(503)));
		assertFault(Kind.SERVER_ERROR);
		assertFault(Kind.SERVER_ERROR);
		assertThat(this.policy.status().circuit()).isEqualTo("OPEN");
		assertThat(this.registry.get(ProviderMetrics.CIRCUIT).tag("provider", providerName()).gauge().value())
			.isEqualTo(2);
		assertRequests(6);
		assertFault(Kind.CIRCUIT_OPEN);
		assertRequests(6);
		assertThat(calls("server_error")).isEqualTo(2);
		assertThat(calls("circuit_open")).isEqualTo(1);
	}

	protected com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder recorded() {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(recordedBody());
	}

	protected UpstreamException assertFault(Kind kind) {
		UpstreamException[] caught = new UpstreamException[1];
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(this::call).satisfies((ex) -> {
			assertThat(ex.kind()).as(ex.getMessage()).isEqualTo(kind);
			assertThat(ex.provider()).isEqualTo(providerName());
			caught[0] = ex;
		});
		return caught[0];
	}

	protected void assertRequests(int count) {
		// WireMock journals a request once its answer is written
		await().atMost(Duration.ofSeconds(3))
			.untilAsserted(() -> assertThat(this.server.findAll(getRequestedFor(urlPathEqualTo(faultPath()))))
				.as("requests to %s", faultPath())
				.hasSize(count));
	}

	protected double calls(String outcome) {
		var counter = this.registry.find(ProviderMetrics.CALLS)
			.tag("provider", providerName())
			.tag("outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

}
