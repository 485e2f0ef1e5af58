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
