package sage.server.advisor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

	private static final HttpClient HTTP = HttpClient.newHttpClient();

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
			List<JsonNode[]> events = ask(user, chat, question);
			StringBuilder text = new StringBuilder();
			List<JsonNode> citations = new ArrayList<>();
			JsonNode done = null;
			for (JsonNode[] event : events) {
				switch (event[0].asString()) {
					case "token" -> text.append(event[1].path("text").asString());
					case "citation" -> citations.add(event[1]);
					case "done" -> done = event[1];
					default -> throw new AssertionError("unexpected event " + event[0] + ": " + event[1]);
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

	private List<JsonNode[]> ask(Browser user, String chat, String question) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/chats/" + chat + "/messages"))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/event-stream")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json
				.writeValueAsString(java.util.Map.of("turnId", UUID.randomUUID().toString(), "text", question))));
		user.headers.forEach(request::header);
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode[]> events = new ArrayList<>();
		for (String block : response.body().split("\n\n")) {
			String name = null;
			StringBuilder data = new StringBuilder();
			for (String line : block.split("\n")) {
				if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
			}
			if (name != null) {
				events.add(new JsonNode[] { this.json.getNodeFactory().textNode(name),
						this.json.readTree(data.toString()) });
			}
		}
		return events;
	}

}
