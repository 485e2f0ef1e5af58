package sage.server.trading;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Parameter sweeps through the API on bundled SPY, and the sweeps it refuses before any
 * work.
 */
@OnEmbeddedDefaults
class SweepsIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void sweepsEveryCombinationAndEachEqualsItsOwnBacktest() throws Exception {
		HttpResponse<String> started = send("POST", "/api/v1/sweeps", """
				{"strategy":"rsi-threshold","symbol":"SPY","from":"2005-01-01","to":"2020-08-28",
				 "ranges":[{"name":"period","from":10,"to":20,"step":2},{"name":"low","values":[20,25,30]}],
				 "params":{"size":50},"metric":"TOTAL_RETURN"}""");

		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String id = this.json.readTree(started.body()).path("id").asString();
		assertThat(started.headers().firstValue("Location")).contains("/api/v1/sweeps/" + id);
		JsonNode sweep = waitUntilDone(id);

		assertThat(sweep.path("status").asString()).isEqualTo("DONE");
		assertThat(sweep.path("from").asString()).isEqualTo("2005-01-01");
		assertThat(sweep.path("to").asString()).isEqualTo("2020-08-28");
		assertThat(sweep.path("cash").decimalValue()).isEqualByComparingTo("100000");
		assertThat(sweep.path("commission").decimalValue()).isEqualByComparingTo("0.001");
		assertThat(sweep.path("combinations").asInt()).isEqualTo(18);
		assertThat(sweep.path("done").asInt()).isEqualTo(18);
		assertThat(sweep.path("parameters").findValuesAsString("")).isEmpty();
		JsonNode results = sweep.path("results");
		assertThat(results.size()).isEqualTo(18);
		// combination order: the last range varies fastest
		assertThat(results.get(0).path("params").path("period").asInt()).isEqualTo(10);
		assertThat(results.get(0).path("params").path("low").asInt()).isEqualTo(20);
		assertThat(results.get(1).path("params").path("low").asInt()).isEqualTo(25);
		double bestReturn = Double.NEGATIVE_INFINITY;
		for (JsonNode result : results) {
			bestReturn = Math.max(bestReturn, result.path("totalReturn").asDouble());
		}
		assertThat(sweep.path("best").path("totalReturn").asDouble()).isEqualTo(bestReturn);

		JsonNode sample = results.get(7);
		HttpResponse<String> backtest = send("POST", "/api/v1/backtests",
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"from\":\"2005-01-01\",\"to\":\"2020-08-28\","
						+ "\"params\":{\"period\":" + sample.path("params").path("period").asInt() + ",\"low\":"
						+ sample.path("params").path("low").asInt() + ",\"size\":50}}");
		JsonNode run = this.json.readTree(backtest.body());
		assertThat(run.path("performance").path("totalReturn").asDouble())
			.isCloseTo(sample.path("totalReturn").asDouble(), within(1e-12));
		assertThat(run.path("performance").path("tradeCount").asInt()).isEqualTo(sample.path("tradeCount").asInt());

		JsonNode listed = this.json.readTree(send("GET", "/api/v1/sweeps", null).body()).path("items");
		assertThat(listed.findValuesAsString("id")).contains(id);
		assertThat(send("DELETE", "/api/v1/sweeps/" + id, null).statusCode()).isEqualTo(204);
		assertThat(send("GET", "/api/v1/sweeps/" + id, null).statusCode()).isEqualTo(404);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					over a million combinations | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","from":2,"to":500,"step":1},{"name":"low","from":0,"to":100,"step":0.01}]} | 400 | too-much-work
					over the bar-step budget    | {"strategy":"sma-cross","symbol":"BTC-USD","interval":"1h","ranges":[{"name":"fast","from":2,"to":101,"step":1},{"name":"slow","from":110,"to":159,"step":1}]} | 400 | too-much-work
					unknown parameter           | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"speed","from":1,"to":3,"step":1}]} | 400 | invalid-parameters
					value out of range          | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","from":1,"to":3,"step":1}]} | 400 | invalid-parameters
					step of zero                | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","from":10,"to":20,"step":0}]} | 400 | invalid-parameters
					range without step          | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","from":10,"to":20}]} | 400 | invalid-parameters
					no ranges                   | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[]} | 400 | invalid-request
					unknown metric              | {"strategy":"rsi-threshold","symbol":"SPY","metric":"LUCK","ranges":[{"name":"period","values":[10]}]} | 400 | invalid-request
					unknown strategy            | {"strategy":"nope","symbol":"SPY","ranges":[{"name":"period","values":[10]}]} | 404 | strategy-not-found
					unknown symbol              | {"strategy":"rsi-threshold","symbol":"NOPE","ranges":[{"name":"period","values":[10]}]} | 404 | instrument-not-found
					""")
	void refusesAnAbsurdOrInvalidSweepBeforeAnyWork(String name, String body, int status, String code)
			throws Exception {
		int before = this.json.readTree(send("GET", "/api/v1/sweeps?limit=500", null).body()).path("items").size();
		Instant start = Instant.now();

		HttpResponse<String> response = send("POST", "/api/v1/sweeps", body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("detail").asString()).isNotBlank();
		int after = this.json.readTree(send("GET", "/api/v1/sweeps?limit=500", null).body()).path("items").size();
		assertThat(after).isEqualTo(before);
		assertThat(Duration.between(start, Instant.now())).as("refused before any work")
			.isLessThan(Duration.ofSeconds(10));
	}

	private JsonNode waitUntilDone(String id) throws Exception {
		Instant deadline = Instant.now().plusSeconds(120);
		JsonNode sweep;
		do {
			Thread.sleep(100);
			sweep = this.json.readTree(send("GET", "/api/v1/sweeps/" + id, null).body());
			assertThat(sweep.path("done").asInt()).isBetween(0, sweep.path("combinations").asInt());
		}
		while (Instant.now().isBefore(deadline) && (sweep.path("status").asString().equals("QUEUED")
				|| sweep.path("status").asString().equals("RUNNING")));
		return sweep;
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
