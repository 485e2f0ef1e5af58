package sage.server.market.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.testing.OnEmbeddedDefaults;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes, movers, the Fear &amp; Greed index and CSV export as {@code ./sage serve} gives
 * them out of the box: no provider enabled, so quotes come from the bundled history.
 */
@OnEmbeddedDefaults
class MarketViewsIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Instruments instruments;

	@Test
	void quotesTheLatestStoredCloseWithItsChangeAndCacheHeaders() throws Exception {
		Instrument samsung = this.instruments.find("005930").orElseThrow();
		HttpResponse<String> response = get("/api/v1/instruments/005930.KS/quote");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode quote = this.json.readTree(response.body());
		assertThat(quote.path("symbol").asString()).isEqualTo("005930");
		assertThat(quote.path("source").asString()).isEqualTo("stored");
		assertThat(quote.path("stale").asBoolean(true)).isFalse();
		assertThat(quote.path("currency").asString()).isEqualTo("KRW");
		assertThat(quote.path("price").decimalValue().doubleValue()).isEqualTo(samsung.last().close());
		assertThat(quote.path("previousClose").decimalValue().doubleValue()).isEqualTo(samsung.last().previousClose());
		assertThat(quote.path("changePercent").decimalValue().doubleValue()).isCloseTo(samsung.last().changePercent(),
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(quote.path("time").asString()).isEqualTo(samsung.last().time().toString());

		String etag = response.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).matches("max-age=(60|[1-5]?[0-9])");
		HttpResponse<String> again = send(request("/api/v1/instruments/005930/quote").header("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void instrumentsSayTheirMinimumOrderValueWhereTheVenueSetsOne() throws Exception {
		JsonNode bitcoin = this.json.readTree(get("/api/v1/instruments/BTC-USD").body());
		assertThat(bitcoin.path("minNotional").decimalValue()).isEqualByComparingTo("1");
		assertThat(bitcoin.path("lotSize").decimalValue()).isEqualByComparingTo("0.00000001");
		JsonNode spy = this.json.readTree(get("/api/v1/instruments/SPY").body());
		assertThat(spy.has("minNotional")).as("a US stock has none").isFalse();
	}

	@Test
	void offlineTheSearchIsTheCataloguesAndABlankQueryIsRefused() throws Exception {
		HttpResponse<String> response = get("/api/v1/market/search?query=" + URLEncoder.encode("삼성", UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode found = this.json.readTree(response.body());
		assertThat(found.path("providers").size()).isZero();
		assertThat(found.path("matches").get(0).path("symbol").asString()).isEqualTo("005930");
		assertThat(found.path("matches").get(0).path("listed").asBoolean()).isTrue();
		assertThat(found.path("matches").get(0).path("source").asString()).isEqualTo("sage");
		assertProblem(get("/api/v1/market/search?query=%20"), 400, "invalid-request");
		assertProblem(get("/api/v1/market/search"), 400, "invalid-request");
		assertProblem(get("/api/v1/market/search?query=spy&limit=51"), 400, "invalid-request");
	}

	@Test
	void aQuoteOfAnUnknownOrMalformedSymbolIsAProblem() throws Exception {
		assertProblem(get("/api/v1/instruments/NOPE/quote"), 404, "instrument-not-found");
		assertProblem(get("/api/v1/instruments/a%20b/quote"), 400, "invalid-request");
	}

	@Test
	void ranksKoreanMoversOverTheirLatestSession() throws Exception {
		HttpResponse<String> response = get("/api/v1/market/trending?market=kr&limit=3");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode movers = this.json.readTree(response.body());
		assertThat(movers.path("market").asString()).isEqualTo("KR");
		List<JsonNode> everyone = new java.util.ArrayList<>();
		movers.path("gainers").forEach(everyone::add);
		movers.path("losers").forEach(everyone::add);
		assertThat(everyone).isNotEmpty();
		for (JsonNode gainer : movers.path("gainers")) {
			assertThat(gainer.path("changePercent").decimalValue().signum()).isPositive();
		}
		for (JsonNode loser : movers.path("losers")) {
			assertThat(loser.path("changePercent").decimalValue().signum()).isNegative();
		}
		for (JsonNode mover : everyone) {
			Instrument instrument = this.instruments.find(mover.path("symbol").asString()).orElseThrow();
			assertThat(instrument.assetClass().name()).isEqualTo("KR_STOCK");
			assertThat(mover.path("price").decimalValue().doubleValue()).isEqualTo(instrument.last().close());
			assertThat(mover.path("changePercent").decimalValue().doubleValue())
				.isCloseTo(instrument.last().changePercent(), org.assertj.core.data.Offset.offset(1e-6));
		}
		List<Double> volumes = movers.path("mostActive")
			.valueStream()
			.map((m) -> m.path("volume").decimalValue().doubleValue())
			.toList();
		assertThat(volumes).hasSizeBetween(1, 3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(movers.path("trending").isEmpty()).as("no provider enabled").isTrue();
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).startsWith("max-age=");
	}

	@Test
	void moversOfAnUnknownMarketOrTooManyAreRefused() throws Exception {
		assertProblem(get("/api/v1/market/trending?market=EU"), 400, "invalid-request");
		assertProblem(get("/api/v1/market/trending?limit=0"), 400, "invalid-request");
		assertProblem(get("/api/v1/market/trending?limit=51"), 400, "invalid-request");
	}

	@Test
	void fearAndGreedSaysItsProviderIsOff() throws Exception {
		JsonNode problem = assertProblem(get("/api/v1/market/fear-greed"), 503, "fear-greed-not-configured");
		assertThat(problem.path("detail").asString()).contains("sage.market.providers.alternative-me.enabled=true");
		assertProblem(get("/api/v1/market/fear-greed?days=0"), 400, "invalid-request");
	}

	@Test
	void exportsBarsAsCsvWithTheSameBarsAsJson() throws Exception {
		String range = "/api/v1/instruments/SPY/bars?interval=1d&from=2020-03-02&to=2020-03-13";
		JsonNode bars = this.json.readTree(get(range).body());
		HttpResponse<String> csv = get(range + "&format=csv");
		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"SPY-1d.csv\"");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("time,open,high,low,close,volume");
		assertThat(lines).hasSize(bars.path("count").asInt() + 1).hasSize(11);
		JsonNode first = bars.path("bars").get(0);
		String[] cells = lines.get(1).split(",");
		assertThat(cells[0]).isEqualTo(first.path("time").asString());
		assertThat(Double.parseDouble(cells[4])).isEqualTo(first.path("close").asDouble());
		assertThat(Double.parseDouble(cells[5])).isEqualTo(first.path("volume").asDouble());
		assertThat(csv.body()).doesNotContain("E7").doesNotContain("E8");
	}

	@Test
	void barsCarryAnEntityTagAndBadExportsAreProblems() throws Exception {
		HttpResponse<String> bars = get("/api/v1/instruments/SPY/bars?interval=1d&limit=5");
		String etag = bars.headers().firstValue("ETag").orElseThrow();
		assertThat(send(request("/api/v1/instruments/SPY/bars?interval=1d&limit=5").header("If-None-Match", etag))
			.statusCode()).isEqualTo(304);
		assertProblem(get("/api/v1/instruments/SPY/bars?format=xml"), 400, "invalid-request");
		assertProblem(get("/api/v1/instruments/NOPE/bars?format=csv"), 404, "instrument-not-found");
		assertProblem(get("/api/v1/instruments/SPY/bars?format=csv&interval=7m"), 400, "invalid-request");
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("requestId").asString()).isNotBlank();
		return problem;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(request(path));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
