package sage.server.trading;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.engine.research.MonteCarlo;
import sage.engine.research.MonteCarloResult;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Backtests through the API on the bundled real data, and the requests it refuses. */
@OnEmbeddedDefaults
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacktestsIT {

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
	void listsTheStrategiesWithTheirParameterSchemas() throws Exception {
		JsonNode strategies = this.json.readTree(send("GET", "/api/v1/strategies", null).body()).path("items");
		assertThat(strategies.findValuesAsString("id")).containsExactly("hyper-rsi", "grid", "rsi-threshold",
				"sma-cross");
		JsonNode rsi = strategies.get(2);
		assertThat(rsi.path("id").asString()).isEqualTo("rsi-threshold");
		assertThat(rsi.path("params").findValuesAsString("name")).containsExactly("period", "low", "high", "size");
		assertThat(rsi.path("params").get(0).path("defaultValue").decimalValue()).isEqualByComparingTo("14");
	}

	@Test
	void runsAStrategyOnSpyKeepsItAndDeletesIt() throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/backtests", """
				{"strategy":"rsi-threshold","symbol":"spy","from":"2010-01-01","to":"2020-08-28",
				 "params":{"period":14,"low":30,"high":70,"size":100},"cash":100000,"commission":0.001}""");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode run = this.json.readTree(created.body());
		String id = run.path("id").asString();
		assertThat(created.headers().firstValue("Location")).contains("/api/v1/backtests/" + id);
		assertThat(run.path("symbol").asString()).isEqualTo("SPY");
		assertThat(run.path("firstBar").asString()).isEqualTo("2010-01-04T14:30:00Z");
		assertThat(run.path("lastBar").asString()).isEqualTo("2020-08-28T13:30:00Z");
		int bars = run.path("bars").asInt();
		assertThat(run.path("curve").size()).isEqualTo(bars);
		assertThat(run.path("fills").size()).isPositive();
		for (JsonNode fill : run.path("fills")) {
			// size 100, fee 0.1% of the fill's value
			assertThat(fill.path("quantity").decimalValue()).isEqualByComparingTo("100");
			BigDecimal value = fill.path("price").decimalValue().multiply(fill.path("quantity").decimalValue());
			assertThat(fill.path("fee").decimalValue()).isEqualByComparingTo(value.multiply(new BigDecimal("0.001")));
		}
		JsonNode curve = run.path("curve");
		assertThat(curve.get(0).path("equity").asDouble()).isEqualTo(100000.0);
		assertThat(curve.get(bars - 1).path("equity").asDouble())
			.isCloseTo(run.path("finalEquity").decimalValue().doubleValue(), within(1e-6));
		assertThat(run.path("performance").path("totalReturn").asDouble())
			.isCloseTo(run.path("finalEquity").decimalValue().doubleValue() / 100000 - 1, within(1e-9));
		// buy and hold from the first close: SPY closed 2010-01-04 at 113.33 and
		// 2020-08-28 at 350.58
		assertThat(run.path("buyAndHold").path("totalReturn").asDouble()).isCloseTo(350.58 / 113.33 - 1, within(1e-3));

		HttpResponse<String> read = send("GET", "/api/v1/backtests/" + id, null);
		assertThat(this.json.readTree(read.body())).isEqualTo(run);
		JsonNode listed = this.json.readTree(send("GET", "/api/v1/backtests?limit=500", null).body()).path("items");
		assertThat(listed.findValuesAsString("id")).contains(id);

		assertThat(send("DELETE", "/api/v1/backtests/" + id, null).statusCode()).isEqualTo(204);
		HttpResponse<String> gone = send("GET", "/api/v1/backtests/" + id, null);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(gone.body()).path("code").asString()).isEqualTo("backtest-not-found");
	}

	@Test
	void aCompletedBacktestCarriesAMonteCarloOfItsOwnTradesAndReadsItBack() throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/backtests",
				"{\"strategy\":\"hyper-rsi\",\"symbol\":\"SPY\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode run = this.json.readTree(created.body());
		JsonNode mc = run.path("monteCarlo");
		int trades = run.path("performance").path("tradeCount").asInt();
		assertThat(trades).isGreaterThanOrEqualTo(5);
		assertThat(mc.path("status").asString()).isEqualTo("DONE");
		assertThat(mc.path("runs").asInt()).isEqualTo(1000);
		assertThat(mc.path("resampling").asString()).isEqualTo("BOOTSTRAP");
		assertThat(mc.path("seed").asLong()).isEqualTo(1);
		assertThat(mc.path("trades").asInt()).isEqualTo(trades);
		assertThat(mc.path("drawdownMultiple").asDouble()).isEqualTo(1.5);

		// the same resampling, redone here from the trades and the equity curve the API
		// returned: each trade's P&L over the equity at the close before it opened
		double[] returns = tradeReturns(run);
		MonteCarloResult expected = MonteCarlo.run(returns, 1000, 1, MonteCarlo.Resampling.BOOTSTRAP);
		MonteCarlo.Outcome inOrder = MonteCarlo.replay(returns);
		JsonNode drawdown = mc.path("maxDrawdown");
		assertThat(drawdown.path("p5").asDouble()).isCloseTo(expected.maxDrawdown().percentile(5), within(1e-9));
		assertThat(drawdown.path("p50").asDouble()).isCloseTo(expected.maxDrawdown().percentile(50), within(1e-9));
		assertThat(drawdown.path("p95").asDouble()).isCloseTo(expected.maxDrawdown().percentile(95), within(1e-9));
		assertThat(drawdown.path("worst").asDouble()).isCloseTo(expected.maxDrawdown().max(), within(1e-9));
		assertThat(mc.path("finalEquity").path("p50").asDouble())
			.isCloseTo(100_000 * expected.finalEquity().percentile(50), within(1e-4));
		assertThat(mc.path("historicalMaxDrawdown").asDouble()).isCloseTo(inOrder.maxDrawdown(), within(1e-9));
		assertThat(mc.path("probabilityOfDrawdownBeyond").asDouble())
			.isCloseTo(expected.probabilityOfDrawdownBeyond(1.5 * inOrder.maxDrawdown()), within(1e-12));
		// trade to trade never sees deeper than bar by bar
		assertThat(mc.path("historicalMaxDrawdown").asDouble())
			.isLessThanOrEqualTo(run.path("performance").path("maxDrawdown").asDouble() + 1e-12);
		assertThat(drawdown.path("p5").asDouble()).isLessThan(drawdown.path("p95").asDouble());

		HttpResponse<String> read = send("GET", "/api/v1/backtests/" + run.path("id").asString(), null);
		assertThat(this.json.readTree(read.body())).isEqualTo(run);
		HttpResponse<String> again = send("POST", "/api/v1/backtests",
				"{\"strategy\":\"hyper-rsi\",\"symbol\":\"SPY\"}");
		assertThat(this.json.readTree(again.body()).path("monteCarlo")).as("same backtest, same figures").isEqualTo(mc);
	}

	@Test
	void theMonteCarloCanBeShuffledResizedOrTurnedOff() throws Exception {
		JsonNode shuffled = this.json.readTree(send("POST", "/api/v1/backtests", """
				{"strategy":"hyper-rsi","symbol":"SPY","monteCarlo":{"runs":200,"resampling":"shuffle"}}""").body())
			.path("monteCarlo");
		assertThat(shuffled.path("runs").asInt()).isEqualTo(200);
		assertThat(shuffled.path("resampling").asString()).isEqualTo("SHUFFLE");
		// the same trades in another order end at the same equity
		assertThat(shuffled.path("finalEquity").path("p5").asDouble())
			.isCloseTo(shuffled.path("finalEquity").path("p95").asDouble(), within(1e-6));
		assertThat(shuffled.path("finalEquity").path("p50").asDouble())
			.isCloseTo(shuffled.path("historicalFinalEquity").asDouble(), within(1e-6));

		JsonNode off = this.json.readTree(send("POST", "/api/v1/backtests", """
				{"strategy":"hyper-rsi","symbol":"SPY","monteCarlo":{"runs":0}}""").body());
		assertThat(off.path("monteCarlo").path("status").asString()).isEqualTo("OFF");
		assertThat(off.path("monteCarlo").has("maxDrawdown")).isFalse();
		assertThat(this.json.readTree(send("GET", "/api/v1/backtests/" + off.path("id").asString(), null).body()))
			.isEqualTo(off);
	}

	@Test
	void fewerThanFiveClosedTradesSayTheMonteCarloHasNotEnough() throws Exception {
		JsonNode run = this.json.readTree(send("POST", "/api/v1/backtests",
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"from\":\"2020-01-01\",\"to\":\"2020-08-28\"}")
			.body());
		int trades = run.path("performance").path("tradeCount").asInt();
		assertThat(trades).isLessThan(5);
		JsonNode mc = run.path("monteCarlo");
		assertThat(mc.path("status").asString()).isEqualTo("NOT_ENOUGH_TRADES");
		assertThat(mc.path("trades").asInt()).isEqualTo(trades);
		assertThat(mc.path("detail").asString()).endsWith("a Monte Carlo needs at least 5.");
		assertThat(mc.has("maxDrawdown")).isFalse();
		assertThat(mc.has("probabilityOfDrawdownBeyond")).isFalse();
		assertThat(this.json.readTree(send("GET", "/api/v1/backtests/" + run.path("id").asString(), null).body()))
			.isEqualTo(run);
	}

	/**
	 * Each closed trade's P&L over the equity at the close of the bar before it opened.
	 */
	private static double[] tradeReturns(JsonNode run) {
		Map<String, Integer> barAt = new HashMap<>();
		JsonNode curve = run.path("curve");
		for (int i = 0; i < curve.size(); i++) {
			barAt.put(curve.get(i).path("time").asString(), i);
		}
		JsonNode trades = run.path("trades");
		double[] returns = new double[trades.size()];
		for (int i = 0; i < returns.length; i++) {
			int open = barAt.get(trades.get(i).path("openTime").asString());
			double atEntry = (open == 0) ? run.path("cash").asDouble() : curve.get(open - 1).path("equity").asDouble();
			returns[i] = trades.get(i).path("pnl").asDouble() / atEntry;
		}
		return returns;
	}

	@Test
	void runsOnHourlyBitcoinWithAroundTheClockAnnualisation() throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/backtests",
				"""
						{"strategy":"sma-cross","symbol":"BTC-USD","interval":"1h","params":{"fast":10,"slow":50,"size":0.5}}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode run = this.json.readTree(created.body());
		assertThat(run.path("bars").asInt()).isEqualTo(20111);
		assertThat(run.path("interval").asString()).isEqualTo("1h");
		assertThat(run.path("performance").path("tradeCount").asInt()).isPositive();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
							unknown strategy      | {"strategy":"nope","symbol":"SPY"}                                          | 404 | strategy-not-found
							missing strategy      | {"symbol":"SPY"}                                                            | 400 | invalid-request
							missing symbol        | {"strategy":"rsi-threshold"}                                                | 400 | invalid-request
							unknown symbol        | {"strategy":"rsi-threshold","symbol":"NOPE"}                                | 404 | instrument-not-found
							interval not stored   | {"strategy":"rsi-threshold","symbol":"SPY","interval":"1h"}                 | 404 | interval-not-available
							unknown interval      | {"strategy":"rsi-threshold","symbol":"SPY","interval":"7x"}                 | 400 | invalid-request
							period below range    | {"strategy":"rsi-threshold","symbol":"SPY","params":{"period":1}}           | 400 | invalid-parameters
							period not whole      | {"strategy":"rsi-threshold","symbol":"SPY","params":{"period":14.5}}        | 400 | invalid-parameters
							unknown parameter     | {"strategy":"rsi-threshold","symbol":"SPY","params":{"speed":3}}            | 400 | invalid-parameters
					fast not below slow   | {"strategy":"sma-cross","symbol":"SPY","params":{"fast":30,"slow":20}}      | 400 | invalid-parameters
							parameter not numeric | {"strategy":"rsi-threshold","symbol":"SPY","params":{"period":"fast"}}      | 400 | invalid-request
							reversed range        | {"strategy":"rsi-threshold","symbol":"SPY","from":"2020-01-01","to":"2019-01-01"} | 400 | invalid-request
							one bar only          | {"strategy":"rsi-threshold","symbol":"SPY","from":"2020-08-28","to":"2020-08-28"} | 422 | not-enough-bars
							no bars in range      | {"strategy":"rsi-threshold","symbol":"SPY","from":"1980-01-01","to":"1980-12-31"} | 422 | not-enough-bars
							negative cash         | {"strategy":"rsi-threshold","symbol":"SPY","cash":-5}                       | 400 | invalid-request
							commission of 50%     | {"strategy":"rsi-threshold","symbol":"SPY","commission":0.5}                | 400 | invalid-request
							date not a date       | {"strategy":"rsi-threshold","symbol":"SPY","from":"last year"}              | 400 | invalid-request
							too few Monte Carlo runs  | {"strategy":"rsi-threshold","symbol":"SPY","monteCarlo":{"runs":5}}     | 400 | invalid-monte-carlo
							too many Monte Carlo runs | {"strategy":"rsi-threshold","symbol":"SPY","monteCarlo":{"runs":10001}} | 400 | invalid-monte-carlo
							negative Monte Carlo runs | {"strategy":"rsi-threshold","symbol":"SPY","monteCarlo":{"runs":-1}}    | 400 | invalid-monte-carlo
							unknown resampling        | {"strategy":"rsi-threshold","symbol":"SPY","monteCarlo":{"resampling":"jackknife"}} | 400 | invalid-monte-carlo
							runs not a number         | {"strategy":"rsi-threshold","symbol":"SPY","monteCarlo":{"runs":"many"}} | 400 | invalid-request
							""")
	void refusesABadBacktestWithAProblemAndKeepsNothing(String name, String body, int status, String code)
			throws Exception {
		int before = this.json.readTree(send("GET", "/api/v1/backtests?limit=500", null).body()).path("items").size();

		HttpResponse<String> response = send("POST", "/api/v1/backtests", body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("requestId").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		int after = this.json.readTree(send("GET", "/api/v1/backtests?limit=500", null).body()).path("items").size();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void undefinedFiguresOfAVeryShortRunAreLeftOutNotSentAsNaN() throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/backtests",
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"from\":\"2020-08-27\",\"to\":\"2020-08-28\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("NaN", "Infinity");
		JsonNode performance = this.json.readTree(created.body()).path("performance");
		assertThat(performance.path("totalReturn").isNumber()).isTrue();
		assertThat(performance.has("sharpe")).isFalse();
	}

	@Test
	void refusesAMalformedIdAndAnUnknownOne() throws Exception {
		HttpResponse<String> malformed = send("GET", "/api/v1/backtests/not-an-id", null);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(malformed.body()).path("code").asString()).isEqualTo("invalid-request");
		HttpResponse<String> unknown = send("DELETE", "/api/v1/backtests/00000000-0000-0000-0000-000000000000", null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(unknown.body()).path("code").asString()).isEqualTo("backtest-not-found");
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
