package sage.server.advisor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.voice.FactFormat;
import sage.server.market.provider.RecordedPayloads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor with no language model but with alternative.me switched on (served by
 * WireMock with its recorded payload): the mood it states is the Fear &amp; Greed index
 * the market API shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sage.data-dir=${sage.it.run-dir:target/it-run}/advisor-with-fear-greed",
				"sage.market.providers.alternative-me.enabled=true",
				"sage.market.providers.alternative-me.max-attempts=1", "sage.rate-limits.enabled=false" })
class AdvisorWithFearGreedIT {

	private static final WireMockServer upstream = started();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	OfflineAdvisor advisor;

	@DynamicPropertySource
	static void alternativeMeAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("sage.market.providers.alternative-me.base-url", upstream::baseUrl);
	}

	@AfterAll
	static void stopUpstream() {
		upstream.stop();
	}

	@Test
	void statesTheIndexAndItsWeeklyChangeAsTheApiShowsThem() throws Exception {
		Answer answer = this.advisor.answer("비트코인 어때?", Profile.UNKNOWN);

		Fact value = answer.facts().find(MarketMood.VALUE).orElseThrow();
		assertThat(value.source()).isEqualTo("/api/v1/market/fear-greed?days=8");
		JsonNode index = fetch(value.source());
		JsonNode history = index.path("history");
		assertThat(value.value().intValue()).isEqualTo(index.path("current").path("value").asInt()).isEqualTo(26);
		assertThat(value.asOf()).hasToString(index.path("current").path("time").asString());
		// the recorded week: 26 on 2025-03-02, 50 on 2025-02-23
		assertThat(history.get(7).path("time").asString()).isEqualTo("2025-02-23T00:00:00Z");
		Fact change = answer.facts().find(MarketMood.CHANGE_7D).orElseThrow();
		assertThat(change.value().intValue()).isEqualTo(26 - history.get(7).path("value").asInt()).isEqualTo(-24);
		assertThat(answer.text()).contains("공포·탐욕 지수는 " + FactFormat.in(Language.KOREAN).value(value) + "입니다 (공포).")
			.contains("한 주 동안 -24 변했습니다.");
	}

	@Test
	void leavesTheIndexOutOfAnAnswerAboutAStockAlone() {
		Answer answer = this.advisor.answer("How is Samsung doing?", Profile.UNKNOWN);

		assertThat(answer.facts().find(MarketMood.VALUE)).isEmpty();
		assertThat(answer.text()).doesNotContain("Fear & Greed");
	}

	private JsonNode fetch(String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		// stubbed before the server starts: work done at start-up (the first market
		// brief)
		// asks for the index too, and a failed fetch there must not decide the test's
		// answer
		server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(RecordedPayloads.bytes("alternative-me/fng-limit-10.json"))));
		return server;
	}

}
