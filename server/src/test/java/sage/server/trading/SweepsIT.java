package sage.server.trading;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Parameter sweeps through the API on bundled SPY, and the sweeps it refuses before any
 * work.
 */
@OnEmbeddedDefaults
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepsIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	/** An API key (read scope) of the user whose backtests and sweeps these are. */
	private String key;

	@BeforeAll
	void signIn() throws Exception {
		this.key = TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read");
	}

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

	@Test
	void walksForwardAfterTheGridAndEachFoldIsItsOwnSweepAndBacktest() throws Exception {
		String ranges = "[{\"name\":\"period\",\"from\":10,\"to\":20,\"step\":5},{\"name\":\"low\",\"values\":[25,30]}]";
		HttpResponse<String> started = send("POST", "/api/v1/sweeps",
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\","
						+ "\"from\":\"2005-01-01\",\"to\":\"2020-08-28\",\"ranges\":" + ranges
						+ ",\"metric\":\"TOTAL_RETURN\","
						+ "\"walkForward\":{\"folds\":4,\"trainBars\":1000,\"testBars\":500}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		JsonNode queued = this.json.readTree(started.body()).path("walkForward");
		assertThat(queued.path("folds").asInt()).isEqualTo(4);
		assertThat(queued.path("window").asString()).isEqualTo("ROLLING");
		assertThat(queued.path("total").asInt()).isEqualTo(4 * 6);

		JsonNode sweep = waitUntilDone(this.json.readTree(started.body()).path("id").asString());

		assertThat(sweep.path("status").asString()).as(sweep.toString()).isEqualTo("DONE");
		assertThat(sweep.path("results").size()).as("the grid ran too").isEqualTo(6);
		JsonNode walkForward = sweep.path("walkForward");
		assertThat(walkForward.path("done").asInt()).isEqualTo(24);
		assertThat(walkForward.has("error")).isFalse();
		JsonNode folds = walkForward.path("results");
		assertThat(folds.size()).isEqualTo(4);
		double compounded = 1;
		for (int k = 0; k < 4; k++) {
			JsonNode fold = folds.get(k);
			assertThat(fold.path("number").asInt()).isEqualTo(k);
			assertThat(fold.path("trainBars").asInt()).isEqualTo(1000);
			assertThat(fold.path("testBars").asInt()).isEqualTo(500);
			assertThat(Instant.parse(fold.path("trainLastBar").asString()))
				.isBefore(Instant.parse(fold.path("testFirstBar").asString()));
			if (k > 0) {
				assertThat(Instant.parse(fold.path("testFirstBar").asString()))
					.isAfter(Instant.parse(folds.get(k - 1).path("testLastBar").asString()));
			}
			compounded *= 1 + fold.path("outOfSample").path("totalReturn").asDouble();
		}
		assertThat(walkForward.path("outOfSample").path("totalReturn").asDouble()).isCloseTo(compounded - 1,
				within(1e-9));

		// fold 2 again, by hand: a sweep of its train days picks the same parameters, and
		// a
		// backtest of its test days with them gives the same out-of-sample figures
		JsonNode fold = folds.get(2);
		String trainFrom = day(fold.path("trainFirstBar"));
		String trainTo = day(fold.path("trainLastBar"));
		JsonNode train = waitUntilDone(this.json
			.readTree(send("POST", "/api/v1/sweeps",
					"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"from\":\"" + trainFrom + "\",\"to\":\""
							+ trainTo + "\",\"ranges\":" + ranges + ",\"metric\":\"TOTAL_RETURN\"}")
				.body())
			.path("id")
			.asString());
		assertThat(train.path("bars").asInt()).isEqualTo(1000);
		assertThat(train.path("best").path("params")).isEqualTo(fold.path("params"));
		assertThat(train.path("best").path("totalReturn").asDouble())
			.isEqualTo(fold.path("inSample").path("totalReturn").asDouble());
		JsonNode test = this.json.readTree(send("POST", "/api/v1/backtests",
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"from\":\"" + day(fold.path("testFirstBar"))
						+ "\",\"to\":\"" + day(fold.path("testLastBar")) + "\",\"params\":" + fold.path("params") + "}")
			.body());
		assertThat(test.path("bars").asInt()).isEqualTo(500);
		assertThat(test.path("performance").path("totalReturn").asDouble())
			.isCloseTo(fold.path("outOfSample").path("totalReturn").asDouble(), within(1e-12));
		assertThat(test.path("performance").path("tradeCount").asInt())
			.isEqualTo(fold.path("outOfSample").path("tradeCount").asInt());

		assertThat(this.json.readTree(send("GET", "/api/v1/sweeps/" + sweep.path("id").asString(), null).body()))
			.isEqualTo(sweep);
	}

	@Test
	void anchoredFoldsAllTrainFromTheFirstBar() throws Exception {
		JsonNode sweep = waitUntilDone(this.json.readTree(send("POST", "/api/v1/sweeps", """
				{"strategy":"sma-cross","symbol":"SPY","from":"2010-01-01","ranges":[{"name":"fast","values":[10,20]}],
				 "params":{"slow":50},"walkForward":{"folds":3,"trainBars":500,"testBars":300,"window":"anchored"}}""")
			.body()).path("id").asString());
		JsonNode folds = sweep.path("walkForward").path("results");
		assertThat(sweep.path("walkForward").path("window").asString()).isEqualTo("ANCHORED");
		assertThat(folds.size()).isEqualTo(3);
		for (int k = 0; k < 3; k++) {
			assertThat(folds.get(k).path("trainFirstBar").asString()).isEqualTo("2010-01-04T14:30:00Z");
			assertThat(folds.get(k).path("trainBars").asInt()).isEqualTo(500 + 300 * k);
		}
	}

	@Test
	void aFoldWithNothingToRankEndsTheWalkForwardWithAReasonAndKeepsTheGrid() throws Exception {
		// RSI never falls below 0: no trades, so no Sharpe ratio anywhere
		JsonNode sweep = waitUntilDone(this.json.readTree(send("POST", "/api/v1/sweeps", """
				{"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"low","values":[0]}],
				 "walkForward":{"folds":2,"trainBars":500,"testBars":500}}""").body()).path("id").asString());
		assertThat(sweep.path("status").asString()).isEqualTo("DONE");
		assertThat(sweep.path("results").size()).isEqualTo(1);
		JsonNode walkForward = sweep.path("walkForward");
		assertThat(walkForward.path("error").asString())
			.startsWith("fold 1 of 2: no combination has a SHARPE on its train window (1999-11-01 to ");
		assertThat(walkForward.has("results")).isFalse();
	}

	private static String day(JsonNode instant) {
		return Instant.parse(instant.asString()).atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
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
					no folds                    | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","values":[10]}],"walkForward":{"folds":0,"trainBars":500,"testBars":100}} | 400 | invalid-walk-forward
					over a hundred folds        | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","values":[10]}],"walkForward":{"folds":101,"trainBars":20,"testBars":20}} | 400 | invalid-walk-forward
					train window of one bar     | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","values":[10]}],"walkForward":{"folds":2,"trainBars":1,"testBars":100}} | 400 | invalid-walk-forward
					no test bars given          | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","values":[10]}],"walkForward":{"folds":2,"trainBars":500}} | 400 | invalid-walk-forward
					unknown window              | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","values":[10]}],"walkForward":{"folds":2,"trainBars":500,"testBars":100,"window":"sideways"}} | 400 | invalid-walk-forward
					folds longer than the range | {"strategy":"rsi-threshold","symbol":"SPY","from":"2019-01-01","ranges":[{"name":"period","values":[10]}],"walkForward":{"folds":5,"trainBars":500,"testBars":100}} | 400 | invalid-walk-forward
					folds not a number          | {"strategy":"rsi-threshold","symbol":"SPY","ranges":[{"name":"period","values":[10]}],"walkForward":{"folds":"five","trainBars":500,"testBars":100}} | 400 | invalid-request
					walk-forward over budget    | {"strategy":"sma-cross","symbol":"BTC-USD","interval":"1h","ranges":[{"name":"fast","from":2,"to":51,"step":1},{"name":"slow","from":60,"to":109,"step":1}],"walkForward":{"folds":10,"trainBars":10000,"testBars":1000,"window":"ANCHORED"}} | 400 | too-much-work
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
			.header("Authorization", "Bearer " + this.key)
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
