package sage.server.trading;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.testing.Browser;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trading API over HTTP: bad requests answer problem+json with a stable code, the
 * field and the request id, and change nothing; a key with only the read scope cannot
 * move money; a finished bot cannot be started again.
 */
@OnEmbeddedDefaults
class TradingApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void badRequestsAreProblemsThatChangeNothing() throws Exception {
		Browser user = TestAccounts.newUser(this.port);
		String account = body(
				user.send("POST", "/api/v1/trading-accounts", "{\"name\":\"main\",\"balances\":{\"USD\":10000}}", true),
				201)
			.path("id")
			.asString();
		int accountsBefore = count("trading_account");
		int botsBefore = count("trading_bot");

		assertProblem(user.send("POST", "/api/v1/trading-accounts", "{\"name\":\"x\",\"balances\":{}}", true), 400,
				"invalid-request", "balances");
		assertProblem(
				user.send("POST", "/api/v1/trading-accounts", "{\"name\":\"x\",\"balances\":{\"usd!\":10}}", true), 400,
				"invalid-request", "balances");
		assertProblem(user.send("POST", "/api/v1/trading-accounts", "{\"name\":\"x\",\"balances\":{\"USD\":-5}}", true),
				400, "invalid-request", "balances.USD");
		assertProblem(
				user.send("POST", "/api/v1/trading-accounts", "{\"name\":\"main\",\"balances\":{\"USD\":5}}", true),
				409, "name-taken", null);
		String bot = """
				{"name":"%s","accountId":"%s","strategy":"%s","symbol":"BTC-USD","interval":"1d",
				 "capital":%s,"barsPerSecond":%d,"limits":{"maxDrawdown":%s}}""";
		assertProblem(user.send("POST", "/api/v1/bots", bot.formatted("", account, "grid", "100", 10, "0.2"), true),
				400, "invalid-request", "name");
		assertProblem(user.send("POST", "/api/v1/bots", bot.formatted("b", account, "grid", "100", 0, "0.2"), true),
				400, "invalid-request", "barsPerSecond");
		assertProblem(user.send("POST", "/api/v1/bots", bot.formatted("b", account, "grid", "100", 10, "2"), true), 400,
				"invalid-request", "limits");
		assertProblem(user.send("POST", "/api/v1/bots", bot.formatted("b", account, "nope", "100", 10, "0.2"), true),
				404, "strategy-not-found", null);
		assertProblem(user.send("POST", "/api/v1/bots", bot.formatted("b", account, "grid", "20000", 10, "0.2"), true),
				422, "insufficient-balance", null);
		assertProblem(
				user.send("POST", "/api/v1/bots",
						bot.formatted("b", "00000000-0000-0000-0000-000000000000", "grid", "100", 10, "0.2"), true),
				404, "trading-account-not-found", null);
		assertProblem(user.send("POST", "/api/v1/bots/not-a-uuid/start", "", true), 400, "invalid-request", null);
		assertProblem(user.send("POST", "/api/v1/bots/00000000-0000-0000-0000-000000000000/start", "", true), 404,
				"bot-not-found", null);

		assertThat(count("trading_account")).isEqualTo(accountsBefore);
		assertThat(count("trading_bot")).isEqualTo(botsBefore);
	}

	@Test
	void aReadKeyCannotTradeAndAnEndedBotCannotStartAgain() throws Exception {
		Browser user = TestAccounts.newUser(this.port);
		Browser reader = Browser.withApiKey(this.port, TestAccounts.newApiKey(user, "read"));
		Browser trader = Browser.withApiKey(this.port, TestAccounts.newApiKey(user, "trade"));
		assertThat(reader.send("POST", "/api/v1/trading-accounts", "{\"name\":\"r\",\"balances\":{\"USD\":1}}", false)
			.statusCode()).isEqualTo(403);
		String account = body(
				trader.send("POST", "/api/v1/trading-accounts", "{\"name\":\"t\",\"balances\":{\"USD\":1000}}", false),
				201)
			.path("id")
			.asString();
		String id = body(trader.send("POST", "/api/v1/bots", """
				{"name":"quick","accountId":"%s","strategy":"grid","symbol":"BTC-USD","interval":"1d",
				 "params":{"quantityPerLevel":0.001},"capital":1000,"barsPerSecond":1000}""".formatted(account), false),
				201)
			.path("id")
			.asString();
		assertThat(reader.send("POST", "/api/v1/bots/" + id + "/start", "", false).statusCode()).isEqualTo(403);
		assertThat(body(trader.send("POST", "/api/v1/bots/" + id + "/start", "", false), 200).path("state").asString())
			.isEqualTo("RUNNING");
		assertProblem(trader.send("POST", "/api/v1/bots/" + id + "/start", "", false), 409, "bot-state-conflict", null);
		assertThat(body(trader.send("POST", "/api/v1/bots/" + id + "/stop", "", false), 200).path("state").asString())
			.isEqualTo("STOPPED");
		assertProblem(trader.send("POST", "/api/v1/bots/" + id + "/start", "", false), 409, "bot-state-conflict", null);
		assertThat(body(reader.get("/api/v1/bots/" + id), 200).path("openOrders").asInt()).isZero();
		assertThat(body(reader.get("/api/v1/bots/" + id + "/equity?limit=2"), 200).path("points").size())
			.isLessThanOrEqualTo(3);
	}

	private void assertProblem(HttpResponse<String> response, int status, String code, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).as(response.body()).isEqualTo(code);
		assertThat(problem.path("requestId").asString()).isNotBlank();
		if (field != null) {
			assertThat(problem.path("errors").get(0).path("field").asString()).as(response.body()).isEqualTo(field);
		}
	}

	private JsonNode body(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
