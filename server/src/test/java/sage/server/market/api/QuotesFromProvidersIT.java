package sage.server.market.api;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sage.server.market.AssetClass;
import sage.server.market.Instruments;
import sage.server.market.TickBand;
import sage.server.market.catalog.InstrumentCatalog;
import sage.server.market.catalog.InstrumentDefinition;
import sage.server.market.provider.MovableClock;
import sage.server.market.provider.RecordedPayloads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes and the Fear &amp; Greed index from online providers (Yahoo and alternative.me
 * served by WireMock with their recorded payloads), on a clock the test moves: the
 * one-minute quote cache, single flight under 200 concurrent misses, and stale answers
 * while a provider is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sage.data-dir=${sage.it.run-dir:target/it-run}/quotes-from-providers",
				"sage.market.providers.yahoo.enabled=true", "sage.market.providers.yahoo.max-attempts=1",
				"sage.market.providers.yahoo.window=1000", "sage.market.providers.alternative-me.enabled=true",
				"sage.market.providers.alternative-me.max-attempts=1",
				// 200 concurrent misses from one address are more than a minute's stocks
				// limit
				"sage.rate-limits.enabled=false",
				// the advisor's market brief would read quotes from the same providers at
				// start-up, and the tests count every request the providers get
				"sage.advisor.brief.enabled=false" })
class QuotesFromProvidersIT {

	private static final WireMockServer upstream = started();

	private static final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	InstrumentCatalog catalog;

	@Autowired
	Instruments instruments;

	@DynamicPropertySource
	static void providersAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("sage.market.providers.yahoo.base-url", upstream::baseUrl);
		registry.add("sage.market.providers.alternative-me.base-url", upstream::baseUrl);
	}

	@AfterAll
	static void stopUpstream() {
		upstream.stop();
	}

	@BeforeEach
	void listAppleAndOpenAYahooSession() {
		upstream.resetAll();
		this.catalog.upsert(new InstrumentDefinition("AAPL", "Apple Inc.", null, AssetClass.US_STOCK, "NASDAQ", "USD",
				ZoneId.of("America/New_York"), "09:30-16:00",
				List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.0001")),
						new TickBand(BigDecimal.ONE, new BigDecimal("0.01"))),
				BigDecimal.ONE, List.of()));
		this.instruments.forgetCached();
		upstream.stubFor(get(urlEqualTo("/")).willReturn(
				aResponse().withStatus(404).withHeader("Set-Cookie", "A3=d=AQABBRecordedSession; Path=/; HttpOnly")));
		upstream.stubFor(get(urlPathEqualTo("/v1/test/getcrumb")).withCookie("A3", matching("d=.+"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("haT3oykhHqZ")));
		// every test starts after the previous one's answers went out of date
		clock.advance(Duration.ofDays(3));
	}

	@Test
	void quotesFromYahooAndServesTheSameAnswerForAMinute() throws Exception {
		stubYahooQuote(0);
		HttpResponse<String> first = fetch("/api/v1/instruments/AAPL/quote");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode quote = this.json.readTree(first.body());
		assertThat(quote.path("source").asString()).isEqualTo("yahoo");
		assertThat(quote.path("price").decimalValue()).isEqualByComparingTo("244.6");
		assertThat(quote.path("previousClose").decimalValue()).isEqualByComparingTo("241.53");
		assertThat(quote.path("volume").decimalValue()).isEqualByComparingTo("40896227");
		assertThat(quote.path("time").asString()).isEqualTo(Instant.ofEpochSecond(1739566800).toString());
		assertThat(quote.path("stale").asBoolean(true)).isFalse();
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("max-age=60");

		clock.advance(Duration.ofSeconds(45));
		HttpResponse<String> second = fetch("/api/v1/instruments/AAPL/quote");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("max-age=15");
		upstream.verify(1, getRequestedFor(urlPathEqualTo("/v7/finance/quote")));

		clock.advance(Duration.ofSeconds(15));
		fetch("/api/v1/instruments/AAPL/quote");
		upstream.verify(2, getRequestedFor(urlPathEqualTo("/v7/finance/quote")));
	}

	@Test
	void twoHundredConcurrentIdenticalMissesMakeOneUpstreamCall() throws Exception {
		stubYahooQuote(500);
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			responses
				.add(this.http.sendAsync(request("/api/v1/instruments/AAPL/quote").build(), BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> response : responses) {
			HttpResponse<String> answer = response.get();
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			assertThat(this.json.readTree(answer.body()).path("price").decimalValue()).isEqualByComparingTo("244.6");
		}
		upstream.verify(1, getRequestedFor(urlPathEqualTo("/v7/finance/quote")));
	}

	@Test
	void whileYahooIsDownTheLastQuoteIsServedFlaggedStale() throws Exception {
		stubYahooQuote(0);
		String etag = fetch("/api/v1/instruments/AAPL/quote").headers().firstValue("ETag").orElseThrow();
		clock.advance(Duration.ofMinutes(5));
		upstream.stubFor(get(urlPathEqualTo("/v7/finance/quote")).willReturn(aResponse().withStatus(503)));
		HttpResponse<String> stale = fetch("/api/v1/instruments/AAPL/quote");
		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(200);
		JsonNode quote = this.json.readTree(stale.body());
		assertThat(quote.path("stale").asBoolean()).isTrue();
		assertThat(quote.path("price").decimalValue()).isEqualByComparingTo("244.6");
		assertThat(quote.path("source").asString()).isEqualTo("yahoo");
		assertThat(Instant.parse(quote.path("asOf").asString())).isBefore(clock.instant().minusSeconds(60));
		assertThat(stale.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-cache");
		assertThat(stale.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag).endsWith("-stale\"");
	}

	@Test
	void withNothingCachedAFailedQuoteFallsBackToTheStoredCloseFlaggedStale() throws Exception {
		upstream.stubFor(get(urlPathEqualTo("/v7/finance/quote")).willReturn(aResponse().withStatus(500)));
		HttpResponse<String> response = fetch("/api/v1/instruments/SPY/quote");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode quote = this.json.readTree(response.body());
		assertThat(quote.path("source").asString()).isEqualTo("stored");
		assertThat(quote.path("stale").asBoolean()).isTrue();
		assertThat(quote.path("price").decimalValue().doubleValue())
			.isEqualTo(this.instruments.find("SPY").orElseThrow().last().close());
	}

	@Test
	void anInstrumentWithoutHistoryWhoseProviderFailsIsA503WithRetryAfter() throws Exception {
		upstream.stubFor(get(urlPathEqualTo("/v7/finance/quote"))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
		HttpResponse<String> response = fetch("/api/v1/instruments/AAPL/quote");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo("upstream-unavailable");
		assertThat(problem.path("provider").asString()).isEqualTo("yahoo");
		assertThat(problem.path("requestId").asString()).isNotBlank();
		assertThat(response.headers().firstValue("Retry-After").orElseThrow()).isEqualTo("120");
	}

	@Test
	void readsTheFearAndGreedIndexAndServesItStaleWhileTheProviderIsDown() throws Exception {
		upstream.stubFor(get(urlPathEqualTo("/fng/")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(RecordedPayloads.bytes("alternative-me/fng-limit-10.json"))));
		HttpResponse<String> response = fetch("/api/v1/market/fear-greed?days=10");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode index = this.json.readTree(response.body());
		JsonNode recorded = this.json.readTree(RecordedPayloads.bytes("alternative-me/fng-limit-10.json"));
		assertThat(index.path("source").asString()).isEqualTo("alternative-me");
		assertThat(index.path("history")).hasSize(recorded.path("data").size());
		assertThat(index.path("current").path("value").asInt())
			.isEqualTo(Integer.parseInt(recorded.path("data").get(0).path("value").asString()));
		assertThat(index.path("current").path("classification").asString())
			.isEqualTo(recorded.path("data").get(0).path("value_classification").asString());
		upstream.verify(getRequestedFor(urlPathEqualTo("/fng/")).withQueryParam("limit", equalTo("10")));

		clock.advance(Duration.ofMinutes(6));
		upstream.stubFor(get(urlPathEqualTo("/fng/")).willReturn(aResponse().withStatus(502)));
		JsonNode stale = this.json.readTree(fetch("/api/v1/market/fear-greed?days=10").body());
		assertThat(stale.path("stale").asBoolean()).isTrue();
		assertThat(stale.path("current")).isEqualTo(index.path("current"));

		HttpResponse<String> nothingKept = fetch("/api/v1/market/fear-greed?days=11");
		assertThat(nothingKept.statusCode()).as(nothingKept.body()).isEqualTo(503);
		assertThat(this.json.readTree(nothingKept.body()).path("code").asString()).isEqualTo("upstream-unavailable");
		assertThat(nothingKept.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void searchFindsTheCatalogueFirstThenYahoosHitsCachedForAnHour() throws Exception {
		upstream.stubFor(get(urlPathEqualTo("/v1/finance/search")).withQueryParam("q", equalTo("aapl"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(RecordedPayloads.yahoo("search-AAPL.json"))));

		HttpResponse<String> first = fetch("/api/v1/market/search?query=aapl&limit=5");

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode found = this.json.readTree(first.body());
		assertThat(found.path("providers").toString()).isEqualTo("[\"yahoo\"]");
		assertThat(found.path("unavailable").size()).isZero();
		JsonNode matches = found.path("matches");
		// AAPL once, as Sage's; then what only Yahoo knows, options included, up to the
		// limit
		assertThat(matches.findValuesAsString("symbol")).containsExactly("AAPL", "AAPU", "AAPL251219C00120000",
				"AAPL250620P00210000", "AAPL260116P00170000");
		assertThat(matches.get(0).path("source").asString()).isEqualTo("sage");
		assertThat(matches.get(0).path("listed").asBoolean()).isTrue();
		assertThat(matches.get(1).path("source").asString()).isEqualTo("yahoo");
		assertThat(matches.get(1).path("listed").asBoolean()).isFalse();
		assertThat(matches.get(1).path("exchange").asString()).isEqualTo("NASDAQ");
		assertThat(matches.get(1).path("providerSymbol").asString()).isEqualTo("AAPU");

		clock.advance(Duration.ofMinutes(59));
		JsonNode again = this.json.readTree(fetch("/api/v1/market/search?query=AAPL&limit=5").body());
		assertThat(again.path("matches")).isEqualTo(matches);
		upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/finance/search")));

		// past the hour with Yahoo down: its last hits, flagged stale
		upstream.stubFor(get(urlPathEqualTo("/v1/finance/search")).willReturn(aResponse().withStatus(503)));
		clock.advance(Duration.ofMinutes(2));
		JsonNode stale = this.json.readTree(fetch("/api/v1/market/search?query=aapl&limit=5").body());
		assertThat(stale.path("stale").asBoolean()).isTrue();
		assertThat(stale.path("matches").size()).isEqualTo(5);

		// nothing kept for this query: the catalogue's matches, and why Yahoo's are
		// missing
		HttpResponse<String> down = fetch("/api/v1/market/search?query=apple");
		assertThat(down.statusCode()).as(down.body()).isEqualTo(200);
		JsonNode partial = this.json.readTree(down.body());
		assertThat(partial.path("matches").findValuesAsString("symbol")).containsExactly("AAPL");
		assertThat(partial.path("unavailable").get(0).asString()).startsWith("yahoo: ");
	}

	private void stubYahooQuote(int delayMillis) {
		upstream.stubFor(get(urlPathEqualTo("/v7/finance/quote")).withQueryParam("symbols", equalTo("AAPL"))
			.willReturn(aResponse().withStatus(200)
				.withFixedDelay(delayMillis)
				.withHeader("Content-Type", "application/json")
				.withBody(RecordedPayloads.yahoo("quote-AAPL-BABA.json"))));
	}

	private HttpResponse<String> fetch(String path) throws Exception {
		return this.http.send(request(path).build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(64));
		server.start();
		return server;
	}

	@TestConfiguration
	static class MovedByHand {

		@Bean
		@Primary
		Clock movableClock() {
			return clock;
		}

	}

}
