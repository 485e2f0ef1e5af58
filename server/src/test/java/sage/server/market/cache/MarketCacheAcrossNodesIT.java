package sage.server.market.cache;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import sage.server.market.AssetClass;
import sage.server.market.Instruments;
import sage.server.market.TickBand;
import sage.server.market.catalog.InstrumentCatalog;
import sage.server.market.catalog.InstrumentDefinition;
import sage.server.market.provider.RecordedPayloads;
import sage.server.testing.SageNode;

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
 * Two nodes on the real PostgreSQL and Redis, both quoting through Yahoo (WireMock with
 * the recorded payload): what node A fetched, node B serves from Redis without asking
 * Yahoo again, with the same entity tag.
 */
class MarketCacheAcrossNodesIT {

	private static final WireMockServer yahoo = new WireMockServer(options().dynamicPort());

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startTwoNodes() {
		yahoo.start();
		yahoo.stubFor(get(urlEqualTo("/")).willReturn(
				aResponse().withStatus(404).withHeader("Set-Cookie", "A3=d=AQABBRecordedSession; Path=/; HttpOnly")));
		yahoo.stubFor(get(urlPathEqualTo("/v1/test/getcrumb")).withCookie("A3", matching("d=.+"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("haT3oykhHqZ")));
		yahoo.stubFor(get(urlPathEqualTo("/v7/finance/quote")).withQueryParam("symbols", equalTo("AAPL"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(RecordedPayloads.yahoo("quote-AAPL-BABA.json"))));
		String[] online = { "--sage.market.providers.yahoo.enabled=true",
				"--sage.market.providers.yahoo.base-url=" + yahoo.baseUrl() };
		nodeA = SageNode.start("cache-a", online);
		nodeB = SageNode.start("cache-b", online);
		forgetWhatEarlierRunsCached();
		nodeA.getBean(InstrumentCatalog.class)
			.upsert(new InstrumentDefinition("AAPL", "Apple Inc.", null, AssetClass.US_STOCK, "NASDAQ", "USD",
					ZoneId.of("America/New_York"), "09:30-16:00",
					List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01"))), BigDecimal.ONE, List.of()));
		nodeA.getBean(Instruments.class).forgetCached();
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		yahoo.stop();
	}

	@Test
	void aQuoteFetchedOnNodeAIsServedByNodeBWithoutAskingYahooAgain() throws Exception {
		assertThat(nodeA.getBean(MarketCache.class)).isNotNull();
		HttpResponse<String> fromA = fetch(nodeA, "/api/v1/instruments/AAPL/quote");
		assertThat(fromA.statusCode()).as(fromA.body()).isEqualTo(200);
		assertThat(fromA.body()).contains("\"source\":\"yahoo\"").contains("\"price\":244.6");
		yahoo.verify(1, getRequestedFor(urlPathEqualTo("/v7/finance/quote")));

		HttpResponse<String> fromB = fetch(nodeB, "/api/v1/instruments/AAPL/quote");
		assertThat(fromB.statusCode()).as(fromB.body()).isEqualTo(200);
		assertThat(fromB.body()).isEqualTo(fromA.body());
		assertThat(fromB.headers().firstValue("ETag")).isEqualTo(fromA.headers().firstValue("ETag"));
		yahoo.verify(1, getRequestedFor(urlPathEqualTo("/v7/finance/quote")));
	}

	@Test
	void barsReadOnOneNodeCarryTheSameTagOnTheOther() throws Exception {
		String path = "/api/v1/instruments/SPY/bars?interval=1d&from=2020-03-02&to=2020-03-13";
		HttpResponse<String> fromA = fetch(nodeA, path);
		HttpResponse<String> fromB = fetch(nodeB, path);
		assertThat(fromA.statusCode()).as(fromA.body()).isEqualTo(200);
		assertThat(fromB.body()).isEqualTo(fromA.body());
		String etag = fromA.headers().firstValue("ETag").orElseThrow();
		assertThat(fromB.headers().firstValue("ETag")).contains(etag);
		Set<String> kept = redis().keys(prefix() + "history:SPY:*");
		assertThat(kept).isNotEmpty();
	}

	private HttpResponse<String> fetch(ConfigurableApplicationContext node, String path) throws Exception {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SageNode.port(node) + path)).build(),
				BodyHandlers.ofString());
	}

	private static void forgetWhatEarlierRunsCached() {
		Set<String> keys = redis().keys(prefix() + "*");
		if (!keys.isEmpty()) {
			redis().delete(keys);
		}
	}

	private static StringRedisTemplate redis() {
		return new StringRedisTemplate(nodeA.getBean(RedisConnectionFactory.class));
	}

	private static String prefix() {
		return "sage:it:" + System.getProperty("sage.it.run-id", "local") + ":market:";
	}

}
