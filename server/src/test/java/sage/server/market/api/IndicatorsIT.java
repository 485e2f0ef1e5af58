package sage.server.market.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.engine.indicator.Bollinger;
import sage.engine.indicator.Macd;
import sage.engine.indicator.Rsi;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.PriceHistory;
import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators through the API on the bundled SPY daily bars: the values equal the engine's
 * on the same bars, warm-up is read from before the range, and each refusal is a problem
 * with its code.
 */
@OnEmbeddedDefaults
class IndicatorsIT {

	private static final String SPY = "/api/v1/instruments/SPY/indicators";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Instruments instruments;

	@Autowired
	PriceHistory history;

	@Test
	void listsEveryIndicatorWithItsSchema() throws Exception {
		HttpResponse<String> response = get("/api/v1/indicators");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode items = this.json.readTree(response.body()).path("items");
		// each item's own name, not its parameters' names
		assertThat(items.valueStream().map((item) -> item.path("name").asString())).containsExactly("sma", "ema", "wma",
				"rma", "jma", "rsi", "atr", "bollinger", "macd", "stochastic", "adx", "cci", "williams-r", "roc",
				"momentum", "obv", "vwap", "trend");
		JsonNode rsi = items.get(5);
		assertThat(rsi.path("overlay").asBoolean()).isFalse();
		assertThat(rsi.path("input").toString()).isEqualTo("[\"close\"]");
		JsonNode period = rsi.path("params").get(0);
		assertThat(period.path("name").asString()).isEqualTo("period");
		assertThat(period.path("type").asString()).isEqualTo("INTEGER");
		assertThat(period.path("defaultValue").decimalValue()).isEqualByComparingTo("14");
		assertThat(period.path("min").decimalValue()).isEqualByComparingTo("2");
		assertThat(period.path("max").decimalValue()).isEqualByComparingTo("500");
		JsonNode bollinger = items.get(7);
		assertThat(bollinger.path("overlay").asBoolean()).isTrue();
		assertThat(bollinger.path("outputs").toString()).isEqualTo("[\"middle\",\"upper\",\"lower\"]");
		assertThat(bollinger.path("params").findValuesAsString("name")).containsExactly("period", "stdDev");
	}

	@Test
	void rsiOverTheWholeHistoryEqualsTheEngineOnTheSameBars() throws Exception {
		JsonNode body = ok(SPY + "?name=rsi&period=14&interval=1d");
		BarSeries bars = storedSpy(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"));
		double[] expected = Rsi.compute(bars.closes(), 14);

		assertThat(body.path("symbol").asString()).isEqualTo("SPY");
		assertThat(body.path("interval").asString()).isEqualTo("1d");
		assertThat(body.path("indicator").asString()).isEqualTo("rsi");
		assertThat(body.path("params").toString()).isEqualTo("{\"period\":14}");
		assertThat(body.path("overlay").asBoolean()).isFalse();
		assertThat(body.path("unstableBars").asInt()).isEqualTo(14);
		assertThat(body.path("outputs").toString()).isEqualTo("[\"rsi\"]");
		assertThat(body.path("truncated").asBoolean()).isFalse();
		assertTimes(body, bars, 0);
		// nothing precedes the first stored bar, so the warm-up shows as nulls
		assertThat(values(body, "rsi")).hasSize(bars.size()).isEqualTo(expected);
		assertThat(body.path("values").path("rsi").get(13).isNull()).isTrue();
		assertThat(body.path("values").path("rsi").get(14).isNumber()).isTrue();
	}

	@Test
	void readsTheWarmUpFromBeforeTheRangeSoTheFirstPointIsValid() throws Exception {
		JsonNode body = ok(SPY + "?name=rsi&from=2020-01-01&to=2020-06-30");
		BarSeries all = storedSpy(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2020-07-01T00:00:00Z"));
		int first = all.indexAtOrAfter(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli());
		BarSeries withWarmUp = all.last(all.size() - (first - 14));
		double[] engine = Rsi.compute(withWarmUp.closes(), 14);

		assertTimes(body, all, first);
		assertThat(body.path("times").get(0).asString()).isEqualTo("2020-01-02T14:30:00Z");
		assertThat(body.path("times").get(body.path("times").size() - 1).asString()).isEqualTo("2020-06-30T13:30:00Z");
		double[] rsi = values(body, "rsi");
		assertThat(rsi).isEqualTo(Arrays.copyOfRange(engine, 14, engine.length));
		assertThat(Arrays.stream(rsi).allMatch(Double::isFinite)).isTrue();
	}

	@Test
	void bollingerGivesItsThreeBandsOverThePrice() throws Exception {
		JsonNode body = ok(SPY + "?name=bollinger&period=20&stdDev=2.5&from=2020-01-01&to=2020-03-31");
		BarSeries all = storedSpy(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2020-04-01T00:00:00Z"));
		int first = all.indexAtOrAfter(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli());
		Bollinger.Lines engine = Bollinger.compute(all.last(all.size() - (first - 19)).closes(), 20, 2.5);

		assertThat(body.path("overlay").asBoolean()).isTrue();
		assertThat(body.path("unstableBars").asInt()).isEqualTo(19);
		assertThat(body.path("params").toString()).isEqualTo("{\"period\":20,\"stdDev\":2.5}");
		assertThat(body.path("outputs").toString()).isEqualTo("[\"middle\",\"upper\",\"lower\"]");
		assertTimes(body, all, first);
		assertThat(values(body, "middle")).isEqualTo(Arrays.copyOfRange(engine.middle(), 19, engine.middle().length));
		assertThat(values(body, "upper")).isEqualTo(Arrays.copyOfRange(engine.upper(), 19, engine.upper().length));
		assertThat(values(body, "lower")).isEqualTo(Arrays.copyOfRange(engine.lower(), 19, engine.lower().length));
		double[] middle = values(body, "middle");
		double[] upper = values(body, "upper");
		double[] lower = values(body, "lower");
		for (int i = 0; i < middle.length; i++) {
			assertThat(upper[i]).isGreaterThanOrEqualTo(middle[i]);
			assertThat(lower[i]).isLessThanOrEqualTo(middle[i]);
		}
	}

	@Test
	void macdWithDefaultsTakesItsLongerWarmUpAndKeepsTheLimitOnTheRange() throws Exception {
		JsonNode body = ok(SPY + "?name=macd&to=2020-06-30&limit=10");
		BarSeries all = storedSpy(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2020-07-01T00:00:00Z"));
		int unstable = Macd.unstableBars(12, 26, 9);
		Macd.Lines engine = Macd.compute(all.last(10 + unstable).closes(), 12, 26, 9);

		assertThat(body.path("truncated").asBoolean()).isTrue();
		assertThat(body.path("params").toString()).isEqualTo("{\"fast\":12,\"slow\":26,\"signal\":9}");
		assertThat(body.path("unstableBars").asInt()).isEqualTo(unstable);
		assertTimes(body, all, all.size() - 10);
		assertThat(values(body, "histogram"))
			.isEqualTo(Arrays.copyOfRange(engine.histogram(), unstable, engine.histogram().length));
		assertThat(Arrays.stream(values(body, "signal")).allMatch(Double::isFinite)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown indicator        | ?name=nope                          | 404 | indicator-not-found          |
			upper-case name          | ?name=RSI                           | 404 | indicator-not-found          |
			period below its range   | ?name=rsi&period=1                  | 400 | invalid-indicator-parameters | period
			period above its range   | ?name=rsi&period=501                | 400 | invalid-indicator-parameters | period
			period not whole         | ?name=rsi&period=14.5               | 400 | invalid-indicator-parameters | period
			period not a number      | ?name=rsi&period=abc                | 400 | invalid-indicator-parameters | period
			period given twice       | ?name=rsi&period=14&period=20       | 400 | invalid-indicator-parameters | period
			parameter rsi lacks      | ?name=rsi&stdDev=2                  | 400 | invalid-indicator-parameters | stdDev
			macd fast not below slow | ?name=macd&fast=26                  | 400 | invalid-indicator-parameters | fast
			stdDev out of range      | ?name=bollinger&stdDev=0            | 400 | invalid-indicator-parameters | stdDev
			no name                  | ?period=14                          | 400 | invalid-request              |
			unknown interval         | ?name=rsi&interval=7x               | 400 | invalid-request              |
			interval SPY lacks       | ?name=rsi&interval=1m               | 404 | interval-not-available       |
			reversed range           | ?name=rsi&from=2020-06-30&to=2020-01-01 | 400 | invalid-range            |
			range before 1900        | ?name=rsi&from=1800-01-01           | 400 | invalid-range                |
			limit zero               | ?name=rsi&limit=0                   | 400 | invalid-request              |
			""")
	void refusesWithAProblem(String what, String query, int status, String code, String parameter) throws Exception {
		HttpResponse<String> response = get(SPY + query);

		assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("detail").asString()).isNotBlank();
		if (parameter != null) {
			assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
			assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(parameter);
			assertThat(problem.path("detail").asString()).contains(parameter);
		}
	}

	@Test
	void saysWhichRangeAParameterMayTake() throws Exception {
		JsonNode problem = this.json.readTree(get(SPY + "?name=rsi&period=1").body());
		assertThat(problem.path("detail").asString()).isEqualTo("rsi: period must lie in [2, 500]: 1");
	}

	@Test
	void listsTheIndicatorsThatExistWhenTheNameIsUnknown() throws Exception {
		JsonNode problem = this.json.readTree(get(SPY + "?name=nope").body());
		assertThat(problem.path("available").size()).isEqualTo(18);
		assertThat(problem.path("available").toString()).contains("\"rsi\"", "\"bollinger\"", "\"williams-r\"");
	}

	@Test
	void anUnknownInstrumentIsNotFound() throws Exception {
		HttpResponse<String> response = get("/api/v1/instruments/NOPE/indicators?name=rsi");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(response.body()).path("code").asString()).isEqualTo("instrument-not-found");
	}

	private BarSeries storedSpy(Instant from, Instant to) {
		Instrument spy = this.instruments.find("SPY").orElseThrow();
		return this.history.bars(spy, Timeframe.D1, from, to, 50_000).bars();
	}

	private static void assertTimes(JsonNode body, BarSeries bars, int first) {
		JsonNode times = body.path("times");
		assertThat(times.size()).isEqualTo(body.path("values").path(body.path("outputs").get(0).asString()).size());
		for (int i = 0; i < times.size(); i++) {
			assertThat(Instant.parse(times.get(i).asString()).toEpochMilli()).as("time %d", i)
				.isEqualTo(bars.time(first + i));
		}
	}

	/** An output's values, null read back as the engine's NaN. */
	private static double[] values(JsonNode body, String output) {
		JsonNode line = body.path("values").path(output);
		double[] values = new double[line.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = line.get(i).isNull() ? Double.NaN : line.get(i).asDouble();
		}
		return values;
	}

	private JsonNode ok(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("NaN");
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.build(), BodyHandlers.ofString());
	}

}
