package sage.server.advisor;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.testing.Browser;
import sage.server.testing.EventStreams;
import sage.server.testing.EventStreams.Event;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shadow portfolio over HTTP with the offline advisor and the bundled market data: a
 * call from an answer is tracked at the market's price and stays open until its horizon
 * has passed; a call made in the past is scored on the stored daily closes, checked by
 * hand; adding it twice keeps one; bad requests are problems that change nothing.
 */
abstract class ShadowPortfolioContract {

	private static final String CALLS = "/api/v1/shadow-portfolio/calls";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Browser user;

	@BeforeEach
	void signIn() throws Exception {
		this.user = Browser.withApiKey(this.port, TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
	}

	@Test
	void aCallFromAnAnswerIsTrackedAtTheMarketsPriceAndStaysOpenUntilItsHorizon() throws Exception {
		String chat = newChat(this.user);
		List<Event> events = EventStreams.post(this.user, this.port, "/api/v1/chats/" + chat + "/messages", this.json
			.writeValueAsString(Map.of("turnId", UUID.randomUUID().toString(), "text", "How is BTC doing?")));
		List<Event> signals = EventStreams.named(events, "signal");
		assertThat(signals).hasSize(1);
		assertThat(signals.get(0).id()).endsWith(".s1");
		JsonNode signal = signals.get(0).data();
		String answer = EventStreams.named(events, "done").get(0).data().path("messageId").asString();
		JsonNode quote = body(this.user.get("/api/v1/instruments/BTC-USD/quote"), 200);
		assertThat(signal.path("price").decimalValue()).isEqualByComparingTo(quote.path("price").decimalValue());
		// the transcript keeps the call with its answer
		JsonNode stored = body(this.user.get("/api/v1/chats/" + chat), 200).path("messages").get(1);
		assertThat(stored.path("signals")).hasSize(1);
		assertThat(stored.path("signals").get(0).path("stance").asString()).isEqualTo(signal.path("stance").asString());

		HttpResponse<String> added = track(this.user, answer, "BTC-USD");
		JsonNode call = body(added, 201);
		assertThat(added.headers().firstValue("Location")).hasValue(CALLS + "/" + call.path("id").asString());
		assertThat(call.path("entryPrice").decimalValue()).isEqualByComparingTo(quote.path("price").decimalValue());
		assertThat(call.path("stance").asString()).isEqualTo(signal.path("stance").asString());
		// the bundled history ends before the call's 30 days: open, at its own price
		assertThat(call.path("status").asString()).isEqualTo("OPEN");
		assertThat(call.path("callReturn").decimalValue()).isEqualByComparingTo("0");
		assertThat(call.hasNonNull("hit")).isFalse();

		// added again: the same call, not a second one
		JsonNode again = body(track(this.user, answer, "btc-usd"), 200);
		assertThat(again.path("id").asString()).isEqualTo(call.path("id").asString());
		JsonNode report = body(this.user.get("/api/v1/shadow-portfolio"), 200);
		assertThat(report.path("calls")).hasSize(1);
		assertThat(report.path("scorecard").path("open").asInt()).isEqualTo(1);
		assertThat(report.path("scorecard").path("closed").asInt()).isZero();
		assertThat(report.path("scorecard").hasNonNull("hitRate")).isFalse();

		assertThat(this.user.send("DELETE", CALLS + "/" + call.path("id").asString(), null, false).statusCode())
			.isEqualTo(204);
		assertThat(body(this.user.get("/api/v1/shadow-portfolio"), 200).path("calls")).isEmpty();
	}

	@Test
	void aPastCallIsScoredOnTheStoredDailyClosesCheckedByHand() throws Exception {
		String chat = newChat(this.user);
		// an answer of 2019-06-01 that called BTC a buy at that day's close, 8558.95
		String answer = pastAnswer(chat, "BUY", "8558.95", "2019-06-01T00:00:00Z", 30, "0.7");
		JsonNode call = body(track(this.user, answer, "BTC-USD"), 201);
		// 30 days on, the 2019-07-01 close: 10577.63 / 8558.95 - 1 = +23.5856 % -> 23.59
		assertThat(call.path("status").asString()).isEqualTo("CLOSED");
		assertThat(call.path("exitAt").asString()).isEqualTo("2019-07-01T00:00:00Z");
		assertThat(call.path("exitPrice").decimalValue()).isEqualByComparingTo("10577.63");
		assertThat(call.path("callReturn").decimalValue()).isEqualByComparingTo("23.59");
		assertThat(call.path("buyAndHoldReturn").decimalValue()).isEqualByComparingTo("23.59");
		assertThat(call.path("hit").asBoolean()).isTrue();

		// a sell of 2019-09-01 at 9766.52; 2019-10-01 close 8321.52: -14.80 held, +14.80
		// for the sell
		String sell = pastAnswer(chat, "SELL", "9766.52", "2019-09-01T00:00:00Z", 30, "0.6");
		assertThat(body(track(this.user, sell, "BTC-USD"), 201).path("callReturn").decimalValue())
			.isEqualByComparingTo("14.80");

		JsonNode card = body(this.user.get("/api/v1/shadow-portfolio"), 200).path("scorecard");
		assertThat(card.path("closed").asInt()).isEqualTo(2);
		assertThat(card.path("hitRate").decimalValue()).isEqualByComparingTo("100.00");
		// (23.59 + 14.80) / 2 = 19.195 -> 19.20 (half even); held: (23.59 - 14.80) / 2
		// = 4.395 -> 4.40
		assertThat(card.path("averageReturn").decimalValue()).isEqualByComparingTo("19.20");
		assertThat(card.path("averageBuyAndHold").decimalValue()).isEqualByComparingTo("4.40");
		assertThat(card.path("byHorizon")).hasSize(1);
		assertThat(card.path("calibration").get(2).path("calls").asInt()).isEqualTo(1);
		assertThat(card.path("calibration").get(3).path("calls").asInt()).isEqualTo(1);
		assertThat(card.path("curve")).hasSize(2);
		assertThat(card.path("curve").get(1).path("calls").decimalValue()).isEqualByComparingTo("38.39");
	}

	@Test
	void badRequestsAreProblemsThatChangeNothing() throws Exception {
		String chat = newChat(this.user);
		String answer = pastAnswer(chat, "BUY", "8558.95", "2019-06-01T00:00:00Z", 30, "0.7");
		assertProblem(this.user.send("POST", CALLS, "{}", false), 400, "invalid-request");
		assertProblem(this.user.send("POST", CALLS, "{\"messageId\":\"" + answer + "\"}", false), 400,
				"invalid-request");
		assertProblem(track(this.user, UUID.randomUUID().toString(), "BTC-USD"), 404, "message-not-found");
		assertProblem(track(this.user, answer, "SPY"), 404, "signal-not-found");
		// another user's answer is not found
		Browser other = Browser.withApiKey(this.port, TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
		assertProblem(track(other, answer, "BTC-USD"), 404, "message-not-found");
		assertProblem(other.send("DELETE", CALLS + "/" + UUID.randomUUID(), null, false), 404, "call-not-found");
		assertProblem(other.send("DELETE", CALLS + "/not-an-id", null, false), 400, "invalid-request");
		// a call of one user cannot be removed by another
		String id = body(track(this.user, answer, "BTC-USD"), 201).path("id").asString();
		assertProblem(other.send("DELETE", CALLS + "/" + id, null, false), 404, "call-not-found");
		assertThat(body(this.user.get("/api/v1/shadow-portfolio"), 200).path("calls")).hasSize(1);
		assertThat(body(other.get("/api/v1/shadow-portfolio"), 200).path("calls")).isEmpty();
	}

	/** An answer in {@code chat} that made one call on BTC-USD, as of a past day. */
	private String pastAnswer(String chat, String stance, String price, String at, int days, String confidence) {
		String id = UUID.randomUUID().toString();
		Instant when = Instant.parse(at);
		String signals = "[{\"symbol\":\"BTC-USD\",\"stance\":\"" + stance + "\",\"price\":" + price
				+ ",\"currency\":\"USD\",\"pricedAt\":\"" + at + "\",\"horizonDays\":" + days + ",\"confidence\":"
				+ confidence + "}]";
		this.jdbc
			.sql("""
					insert into advisor_message (id, chat_id, turn_id, role, status, content, mode, language, signals_json,
					    sequence, created_at, updated_at)
					values (:id, :chat, :turn, 'ADVISOR', 'COMPLETE', 'My call for the next 30 days: buy.', 'offline', 'en',
					    :signals, (select coalesce(max(sequence), 0) + 1 from advisor_message where chat_id = :chat), :at, :at)""")
			.param("id", id)
			.param("chat", chat)
			.param("turn", UUID.randomUUID().toString())
			.param("signals", signals)
			.param("at", when.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	private String newChat(Browser as) throws Exception {
		return body(as.send("POST", "/api/v1/chats", null, false), 201).path("id").asString();
	}

	private HttpResponse<String> track(Browser as, String messageId, String symbol) throws Exception {
		return as.send("POST", CALLS, this.json.writeValueAsString(Map.of("messageId", messageId, "symbol", symbol)),
				false);
	}

	private JsonNode body(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

	private void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("requestId").asString()).isNotBlank();
	}

}
