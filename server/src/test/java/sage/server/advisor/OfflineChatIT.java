package sage.server.advisor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.platform.cli.Command;
import sage.server.testing.Browser;
import sage.server.testing.EventStreams;
import sage.server.testing.EventStreams.Event;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor as {@code ./sage serve} runs it with no key: "How is BTC doing?" in English
 * and Korean streams an offline answer whose cited numbers are the market API's, with
 * nothing removed by the grounding check; and {@code ./sage advisor eval} prints the
 * unsupported-number rate on the bundled questions.
 */
@OnEmbeddedDefaults
class OfflineChatIT {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	OfflineAdvisor advisor;

	@Autowired
	List<Command> commands;

	@Test
	void howIsBtcDoingIsAnsweredOfflineInEnglishAndKoreanWithTheMarketApisNumbers() throws Exception {
		Browser user = Browser.withApiKey(this.port, TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
		String chat = this.json.readTree(user.send("POST", "/api/v1/chats", null, false).body()).path("id").asString();
		JsonNode quote = this.json.readTree(user.get("/api/v1/instruments/BTC-USD/quote").body());

		for (String question : List.of("How is BTC doing?", "비트코인 어때?")) {
			List<Event> events = EventStreams.post(user, this.port, "/api/v1/chats/" + chat + "/messages", this.json
				.writeValueAsString(java.util.Map.of("turnId", UUID.randomUUID().toString(), "text", question)));
			StringBuilder text = new StringBuilder();
			List<JsonNode> citations = new ArrayList<>();
			List<JsonNode> signals = new ArrayList<>();
			JsonNode done = null;
			for (Event event : events) {
				switch (event.name()) {
					case "token" -> text.append(event.data().path("text").asString());
					case "citation" -> citations.add(event.data());
					case "signal" -> signals.add(event.data());
					case "done" -> done = event.data();
					default -> throw new AssertionError("unexpected event " + event.name() + ": " + event.data());
				}
			}
			assertThat(done).as(question).isNotNull();
			assertThat(done.path("mode").asString()).isEqualTo("offline");
			assertThat(done.path("language").asString()).isEqualTo(question.startsWith("How") ? "en" : "ko");
			assertThat(text.toString()).startsWith(question.startsWith("How") ? "Offline analysis" : "오프라인 분석");
			// grounded by construction: the check removed nothing
			assertThat(text.toString()).isEqualTo(this.advisor.answer(question, Profile.UNKNOWN).text());
			JsonNode price = citations.stream()
				.filter((c) -> c.path("factId").asString().equals("BTC-USD.price"))
				.findFirst()
				.orElseThrow();
			assertThat(price.path("value").decimalValue()).isEqualByComparingTo(quote.path("price").decimalValue());
			assertThat(price.path("source").asString()).isEqualTo("/api/v1/instruments/BTC-USD/quote");
			// one call, at the market API's price
			assertThat(signals).hasSize(1);
			assertThat(signals.get(0).path("symbol").asString()).isEqualTo("BTC-USD");
			assertThat(signals.get(0).path("price").decimalValue())
				.isEqualByComparingTo(quote.path("price").decimalValue());
			assertThat(signals.get(0).path("horizonDays").asInt()).isEqualTo(30);
			assertThat(text.toString())
				.contains(question.startsWith("How") ? "My call for the next 30 days" : "앞으로 30일");
			for (JsonNode cited : citations) {
				String stated = text.substring(cited.path("start").asInt(), cited.path("end").asInt());
				assertThat(stated).as(cited.toString()).containsPattern("[0-9]");
			}
		}
		JsonNode messages = this.json.readTree(user.get("/api/v1/chats/" + chat).body()).path("messages");
		assertThat(messages).hasSize(4);
		assertThat(messages.get(1).path("facts").size()).isGreaterThan(5);
	}

	@Test
	void theProfileIsInferredFromTheQuestionsCanBeSetAndTheAnswersFollowIt() throws Exception {
		Browser user = Browser.withApiKey(this.port, TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
		JsonNode assumed = this.json.readTree(user.get("/api/v1/advisor/profile").body());
		assertThat(assumed.path("experience").path("value").asString()).isEqualTo("BEGINNER");
		assertThat(assumed.path("experience").path("source").asString()).isEqualTo("ASSUMED");
		assertThat(assumed.path("tolerance").path("value").asString()).isEqualTo("LOW");
		assertThat(assumed.path("assets")).isEmpty();

		String chat = this.json.readTree(user.send("POST", "/api/v1/chats", null, false).body()).path("id").asString();
		String question = "I'm an experienced trader and I like aggressive bets. How is BTC doing?";
		StringBuilder text = new StringBuilder();
		for (Event event : EventStreams.post(user, this.port, "/api/v1/chats/" + chat + "/messages",
				this.json.writeValueAsString(java.util.Map.of("turnId", "t1", "text", question)))) {
			if (event.name().equals("token")) {
				text.append(event.data().path("text").asString());
			}
		}
		JsonNode inferred = this.json.readTree(user.get("/api/v1/advisor/profile").body());
		String asked = this.json.readTree(user.get("/api/v1/chats/" + chat).body())
			.path("messages")
			.get(0)
			.path("id")
			.asString();
		assertThat(inferred.path("experience").path("value").asString()).isEqualTo("EXPERT");
		assertThat(inferred.path("experience").path("source").asString()).isEqualTo("INFERRED");
		assertThat(inferred.path("experience").path("confidence").asDouble()).isEqualTo(1.0);
		JsonNode evidence = inferred.path("experience").path("evidence").get(0);
		assertThat(evidence.path("messageId").asString()).isEqualTo(asked);
		assertThat(evidence.path("chatId").asString()).isEqualTo(chat);
		assertThat(evidence.path("excerpt").asString())
			.isEqualTo("I'm an experienced trader and I like aggressive bets.");
		assertThat(inferred.path("tolerance").path("value").asString()).isEqualTo("HIGH");
		assertThat(inferred.path("assets").get(0).path("symbol").asString()).isEqualTo("BTC-USD");
		assertThat(inferred.path("questionsRead").asInt()).isEqualTo(1);
		// the answer was sized for an expert who takes large swings, not for the careful
		// profile everyone starts with
		Profile expert = new Profile(Profile.Experience.EXPERT, Profile.Tolerance.HIGH);
		assertThat(text.toString()).isEqualTo(this.advisor.answer(question, expert).text())
			.isNotEqualTo(this.advisor.answer(question, Profile.UNKNOWN).text());

		var refused = user.send("PUT", "/api/v1/advisor/profile",
				"{\"experience\":\"GURU\",\"tolerance\":\"LOW\",\"assets\":[\"SPY\",\"NOPE\"]}", false);
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.path("code").asString()).isEqualTo("invalid-request");
		assertThat(problem.path("requestId").asString()).isNotEmpty();
		assertThat(problem.toString()).contains("experience").contains("assets[1]");
		assertThat(this.json.readTree(user.get("/api/v1/advisor/profile").body())).isEqualTo(inferred);

		var set = user.send("PUT", "/api/v1/advisor/profile",
				"{\"experience\":\"beginner\",\"tolerance\":null,\"assets\":[\"spy\",\"BTC-USD\",\"SPY\"]}", false);
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		JsonNode edited = this.json.readTree(set.body());
		assertThat(edited.path("experience").path("value").asString()).isEqualTo("BEGINNER");
		assertThat(edited.path("experience").path("source").asString()).isEqualTo("SET");
		assertThat(edited.path("tolerance").path("source").asString()).isEqualTo("INFERRED");
		assertThat(edited.path("assetsSource").asString()).isEqualTo("SET");
		assertThat(edited.path("assets").findValuesAsString("symbol")).containsExactly("SPY", "BTC-USD");
		assertThat(this.json.readTree(user.get("/api/v1/advisor/profile").body())).isEqualTo(edited);

		Browser stranger = Browser.withApiKey(this.port,
				TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
		assertThat(this.json.readTree(stranger.get("/api/v1/advisor/profile").body())
			.path("experience")
			.path("source")
			.asString()).isEqualTo("ASSUMED");
		// what the account settings state, where changed from the defaults, goes before
		// inference
		tools.jackson.databind.node.ObjectNode account = (tools.jackson.databind.node.ObjectNode) this.json
			.readTree(stranger.get("/api/v1/users/profile").body());
		account.put("riskTolerance", "AGGRESSIVE");
		assertThat(stranger.send("PUT", "/api/v1/users/profile", account.toString(), false).statusCode())
			.isEqualTo(200);
		JsonNode stated = this.json.readTree(stranger.get("/api/v1/advisor/profile").body());
		assertThat(stated.path("tolerance").path("value").asString()).isEqualTo("HIGH");
		assertThat(stated.path("tolerance").path("source").asString()).isEqualTo("ACCOUNT");
		assertThat(stated.path("experience").path("source").asString()).isEqualTo("ASSUMED");

		// back to inference; and a deleted chat no longer says anything of its asker
		user.send("PUT", "/api/v1/advisor/profile", "{}", false);
		assertThat(this.json.readTree(user.get("/api/v1/advisor/profile").body())).isEqualTo(inferred);
		assertThat(user.send("DELETE", "/api/v1/chats/" + chat, null, false).statusCode()).isEqualTo(204);
		assertThat(this.json.readTree(user.get("/api/v1/advisor/profile").body())).isEqualTo(assumed);
	}

	@Test
	void theEvaluationPrintsTheUnsupportedRateLastAndPassesAtMostOnePercent() {
		Command advisor = this.commands.stream().filter((c) -> c.name().equals("advisor")).findFirst().orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = advisor.run(List.of("eval"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(lines[lines.length - 1])
			.matches("unsupported numbers reaching the user: [0-9.]+% \\([0-9]+ of [0-9]+\\)");
		assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("questions\\s+1[0-9][0-9]");

		assertThat(advisor.run(List.of("eval", "--invention-rate", "2"), new PrintStream(out), new PrintStream(err)))
			.isEqualTo(2);
		assertThat(advisor.run(List.of(), new PrintStream(out), new PrintStream(err))).isEqualTo(2);
	}

}
