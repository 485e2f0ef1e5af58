package sage.server.advisor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market brief on a running server: written on the bundled data (by the schedule at
 * start-up, or here), served by the API with its citations equal to what the market API
 * shows, and as a public HTML page; one per slot however many writers race for it. Run on
 * each database by a subclass.
 */
abstract class BriefContract {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Briefs briefs;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aBriefOfNow() {
		// the schedule may have written this slot at start-up already: then this writes
		// nothing
		this.briefs.write(Instant.now());
	}

	@Test
	void theBriefsCitationsAreWhatTheMarketApiShows() throws Exception {
		HttpResponse<String> response = send("/api/v1/briefs?language=en&limit=1", null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode brief = this.json.readTree(response.body()).path("briefs").get(0);
		assertThat(brief.path("language").asString()).isEqualTo("en");
		assertThat(brief.path("mode").asString()).isEqualTo("offline");
		assertThat(brief.path("symbols").values().stream().map(JsonNode::asString)).containsExactly("BTC-USD",
				"BTC-USDT", "SPY", "KOSPI", "005930");
		String text = brief.path("text").asString();
		assertThat(brief.path("headline").asString()).isNotBlank();
		assertThat(text).startsWith(brief.path("headline").asString());

		JsonNode quote = get("/api/v1/instruments/BTC-USD/quote");
		JsonNode price = citation(brief, "BTC-USD.price");
		assertThat(price.path("value").decimalValue()).isEqualByComparingTo(quote.path("price").decimalValue());
		assertThat(price.path("source").asString()).isEqualTo("/api/v1/instruments/BTC-USD/quote");
		assertThat(price.path("asOf").asString()).isEqualTo(quote.path("time").asString());
		JsonNode rsi = get("/api/v1/instruments/SPY/indicators?name=rsi&interval=1d&period=14");
		List<JsonNode> line = rsi.path("values").path("rsi").values().stream().toList();
		assertThat(fact(brief, "SPY.rsi14").path("value").decimalValue())
			.isEqualByComparingTo(line.get(line.size() - 1).decimalValue());
		for (JsonNode citation : brief.path("citations").values()) {
			assertThat(text.substring(citation.path("start").asInt(), citation.path("end").asInt())).matches(".*\\d.*");
		}

		JsonNode korean = get("/api/v1/briefs/latest?symbol=BTC&language=ko");
		assertThat(korean.path("language").asString()).isEqualTo("ko");
		assertThat(korean.path("text").asString()).contains("비트코인");
	}

	@Test
	void thePageAnswersWhyBitcoinMoved() throws Exception {
		HttpResponse<String> response = send("/brief/BTC", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		String html = response.body();
		assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
			.contains("<title>Why did Bitcoin move today? — Sage</title>")
			.containsPattern("<meta name=\"description\" content=\"Bitcoin / US Dollar \\(BTC-USD\\) is at \\$[\\d,.]+")
			.contains("<meta property=\"og:title\" content=\"Why did Bitcoin move today? — Sage\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:" + this.port + "/brief/BTC-USD\">")
			.contains("<link rel=\"canonical\" href=\"http://localhost:" + this.port + "/brief/BTC-USD\">")
			.contains("<meta property=\"og:description\"")
			.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\"")
			.contains("\"datePublished\":")
			.containsPattern(
					"<a href=\"/api/v1/instruments/BTC-USD/quote\" title=\"last price, as of [^\"]+\">\\$[\\d,.]+</a>")
			.contains("Offline analysis — written from market data, no AI model")
			.endsWith("</html>\n");
		assertThat(html.indexOf("<script")).isEqualTo(html.lastIndexOf("<script"));
		// the page's own policy: no inline script runs, the JSON-LD block is data
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("script-src 'self'");

		String korean = send("/brief/bitcoin?lang=ko", null).body();
		assertThat(korean).contains("<html lang=\"ko\">").contains("<title>비트코인은 오늘 왜 움직였나? — Sage</title>");
		assertThat(send("/brief/SPY", "ko-KR,ko;q=0.9,en;q=0.8").body()).contains("<html lang=\"ko\">");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/brief/NOPE", "/brief/005380" })
	void anAssetWithNoBriefIsANotFoundPage(String path) throws Exception {
		HttpResponse<String> response = send(path, null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("noindex");
	}

	@Test
	void aSlotGetsOneBriefPerLanguageHoweverManyWriteIt() throws Exception {
		Instant slot = Instant.parse("2001-02-03T04:00:00Z");
		assertThat(this.briefs.write(slot.plusSeconds(60))).extracting(Brief::language).containsExactly("en", "ko");
		assertThat(this.briefs.write(slot.plusSeconds(120))).isEmpty();
		assertThat(rows(slot)).isEqualTo(2);

		// two nodes at once
		Instant raced = Instant.parse("2001-02-03T05:00:00Z");
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<List<Brief>>> writers = List.of(1, 2)
			.stream()
			.map((n) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return this.briefs.write(raced);
			}))
			.toList();
		int written = writers.stream().mapToInt((writer) -> writer.join().size()).sum();
		assertThat(written).isEqualTo(2);
		assertThat(rows(raced)).isEqualTo(2);
	}

	@Test
	void badParametersAreProblems() throws Exception {
		for (String path : List.of("/api/v1/briefs?limit=0", "/api/v1/briefs?limit=101", "/api/v1/briefs?language=fr",
				"/api/v1/briefs/latest?language=de")) {
			HttpResponse<String> response = send(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.path("code").asString()).as(path).isEqualTo("invalid-request");
			assertThat(problem.path("requestId").asString()).isNotBlank();
		}
		HttpResponse<String> untracked = send("/api/v1/briefs/latest?symbol=005380", null);
		assertThat(untracked.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(untracked.body()).path("code").asString()).isEqualTo("brief-not-found");
	}

	private long rows(Instant slot) {
		return this.jdbc.sql("select count(*) from advisor_brief where slot = :slot")
			.param("slot", java.time.OffsetDateTime.ofInstant(slot, java.time.ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private static JsonNode citation(JsonNode brief, String factId) {
		return brief.path("citations")
			.values()
			.stream()
			.filter((c) -> c.path("factId").asString().equals(factId))
			.findFirst()
			.orElseThrow(() -> new AssertionError(factId + " is not cited"));
	}

	private static JsonNode fact(JsonNode brief, String id) {
		return brief.path("facts")
			.values()
			.stream()
			.filter((c) -> c.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError(id + " is not a fact"));
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = send(path, null);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> send(String path, String acceptLanguage) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
