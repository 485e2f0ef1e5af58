package sage.server.advisor;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sage.server.testing.Browser;
import sage.server.testing.FakeModelServer;
import sage.server.testing.FakeModelServer.Script;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor with a language model ({@code sage.advisor.model.provider=openai}) on the
 * embedded defaults, the model being a local fake server with scripted streams: an answer
 * streams as tokens and ends with the model's name as its mode, grounded in the bundled
 * market's facts; a stream cut mid-answer ends with the error event and is kept as
 * interrupted with its partial text; retried with the same turn id it is written again,
 * once.
 */
@OnEmbeddedDefaults
class ModelChatIT {

	private static final String STREAM = "/advisor/model/openai-btc-answer.sse";

	private static final FakeModelServer MODEL = new FakeModelServer();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	AnswerWriter writer;

	private Browser user;

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry registry) {
		MODEL.serveAsOpenAi(registry);
		registry.add("sage.advisor.model.first-token-timeout", () -> "10s");
		registry.add("sage.advisor.model.stall-timeout", () -> "1s");
		registry.add("sage.advisor.model.backoff", () -> "50ms");
	}

	@AfterAll
	static void stopModel() {
		MODEL.close();
	}

	@BeforeEach
	void signIn() throws Exception {
		MODEL.reset();
		this.user = Browser.withApiKey(this.port, TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
	}

	@Test
	void theModelWritesTheAnswerStreamedAsTokensGroundedInTheMarketsFacts() throws Exception {
		assertThat(this.writer).isInstanceOf(sage.server.advisor.model.ModelAnswers.class);
		BigDecimal price = this.json.readTree(this.user.get("/api/v1/instruments/BTC-USD/quote").body())
			.path("price")
			.decimalValue();
		String stated = "$"
				+ new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US)).format(price);
		MODEL.then(Script.openAi("gpt-4o-mini", "Bitcoin last tr", "aded at " + stated.substring(0, 3),
				stated.substring(3) + ". Over the past day it moved 7.7", "%, by my own guess.\n\nPatience matters ",
				"more than any single day."));
		String chat = newChat();
		List<Event> events = ask(chat, UUID.randomUUID().toString(), "How is BTC doing?");

		Event done = events.get(events.size() - 1);
		assertThat(done.name()).as(events.toString()).isEqualTo("done");
		assertThat(done.data().path("mode").asString()).isEqualTo("gpt-4o-mini");
		assertThat(done.data().path("language").asString()).isEqualTo("en");
		String text = tokens(events);
		assertThat(text).startsWith("Bitcoin last traded at " + stated + ". Over the past day it moved")
			.endsWith("Patience matters more than any single day.")
			.doesNotContain("7.7");
		JsonNode citation = events.stream()
			.filter((e) -> e.name().equals("citation"))
			.map(Event::data)
			.filter((c) -> c.path("factId").asString().equals("BTC-USD.price"))
			.findFirst()
			.orElseThrow();
		assertThat(citation.path("value").decimalValue()).isEqualByComparingTo(price);
		assertThat(text.substring(citation.path("start").asInt(), citation.path("end").asInt()))
			.contains(stated.substring(1));
		JsonNode answer = messages(chat).get(1);
		assertThat(answer.path("status").asString()).isEqualTo("COMPLETE");
		assertThat(answer.path("content").asString()).isEqualTo(text);
		assertThat(answer.path("facts").size()).isGreaterThan(5);

		assertThat(MODEL.requests()).hasSize(1);
		String sent = MODEL.requests().get(0).body();
		assertThat(sent).contains("Wallet Buffett").contains("BTC-USD.price | ").contains("How is BTC doing?");
		// nothing about the user: no email, no account id
		assertThat(sent).doesNotContain("@example.com");
		assertThat(MODEL.requests().get(0).headers().get("authorization")).isEqualTo("Bearer sk-test-not-a-real-key");
	}

	@Test
	void personalDetailsInTheQuestionAndTheEarlierOnesAreReplacedBeforeTheModelSeesThem() throws Exception {
		MODEL.then(Script.stream(STREAM), Script.stream(STREAM));
		String chat = newChat();
		String first = "Reach me at jane.doe@mail.example.org or 010-1234-5678. How is BTC doing?";
		assertThat(last(ask(chat, UUID.randomUUID().toString(), first)).name()).isEqualTo("done");
		String second = "And 005930.KS on 2026-05-04? Card 4111 1111 1111 1111, phone +82 10 9876 5432.";
		assertThat(last(ask(chat, UUID.randomUUID().toString(), second)).name()).isEqualTo("done");

		assertThat(MODEL.requests()).hasSize(2);
		String sent = MODEL.requests().get(0).body();
		assertThat(sent).contains("Reach me at [email] or [phone]. How is BTC doing?")
			.doesNotContain("jane.doe")
			.doesNotContain("010-1234-5678");
		String again = MODEL.requests().get(1).body();
		assertThat(again).as("the earlier question too")
			.contains("Reach me at [email] or [phone]. How is BTC doing?")
			.contains("And 005930.KS on 2026-05-04? Card [card], phone [phone].")
			.contains("\\n<facts>\\n")
			.contains("\\n</facts>\\n")
			.doesNotContain("jane.doe", "010-1234-5678", "4111", "9876");
		// the chat keeps the user's own words
		assertThat(messages(chat).get(0).path("content").asString()).isEqualTo(first);
	}

	@Test
	void aChatLongerThanItsWindowSendsTheLastTenExchangesTheOlderOnesSummarisedAndTheProfile() throws Exception {
		Script[] answers = new Script[12];
		java.util.Arrays.fill(answers, Script.stream(STREAM));
		MODEL.then(answers);
		String chat = newChat();
		for (int i = 1; i <= 12; i++) {
			String question = (i == 1) ? "I'm new to investing; write to me at jane@mail.example.org. How is BTC?"
					: "Question " + i + ": and BTC now?";
			assertThat(last(ask(chat, "t" + i, question)).name()).isEqualTo("done");
		}

		assertThat(MODEL.requests()).hasSize(12);
		JsonNode sent = this.json.readTree(MODEL.requests().get(11).body()).path("messages");
		// the system's, 10 exchanges, the question
		assertThat(sent).hasSize(22);
		String firstWords = sent.get(1).path("content").asString();
		assertThat(firstWords).isEqualTo("(Summary of this chat before the messages below: 1 earlier question, "
				+ "oldest first: “I'm new to investing; write to me at [email]. How is BTC?”)\n\nQuestion 2: and BTC now?");
		assertThat(sent.get(21).path("content").asString()).isEqualTo("Question 12: and BTC now?");
		assertThat(sent.get(0).path("content").asString()).contains(
				"experience beginner; tolerance for swings in value low; follows BTC-USD. Fit your words and caution");
		assertThat(MODEL.requests().get(11).body()).doesNotContain("jane@");
	}

	private static Event last(List<Event> events) {
		return events.get(events.size() - 1);
	}

	@Test
	void aStreamCutMidAnswerIsKeptAsInterruptedAndARetryWritesItAgainOnce() throws Exception {
		MODEL.then(Script.stream(STREAM).cutAfter(5));
		String chat = newChat();
		String turn = UUID.randomUUID().toString();
		List<Event> events = ask(chat, turn, "How is BTC doing?");

		Event last = events.get(events.size() - 1);
		assertThat(last.name()).as(events.toString()).isEqualTo("error");
		assertThat(last.data().path("code").asString()).isEqualTo("answer-interrupted");
		String partial = tokens(events);
		// two sentences had completed; the bundled market's price is not the script's, so
		// its number was removed
		assertThat(partial).startsWith("Bitcoin last traded").endsWith("neither stretched nor depressed. ");
		JsonNode broken = messages(chat).get(1);
		assertThat(broken.path("status").asString()).isEqualTo("INTERRUPTED");
		assertThat(broken.path("content").asString()).isEqualTo(partial);
		assertThat(MODEL.requests()).as("no retry once words arrived").hasSize(1);

		MODEL.then(Script.stream(STREAM));
		List<Event> retried = ask(chat, turn, "How is BTC doing?");
		assertThat(retried.get(retried.size() - 1).name()).isEqualTo("done");
		assertThat(retried.get(retried.size() - 1).data().path("mode").asString()).isEqualTo("gpt-4o-mini");
		JsonNode messages = messages(chat);
		assertThat(messages).hasSize(2);
		assertThat(messages.get(1).path("id").asString()).isEqualTo(broken.path("id").asString());
		assertThat(messages.get(1).path("status").asString()).isEqualTo("COMPLETE");
		assertThat(messages.get(1).path("content").asString()).contains("Patience matters");
		assertThat(MODEL.requests()).hasSize(2);
	}

	private String newChat() throws Exception {
		return this.json.readTree(this.user.send("POST", "/api/v1/chats", null, false).body()).path("id").asString();
	}

	private JsonNode messages(String chat) throws Exception {
		return this.json.readTree(this.user.get("/api/v1/chats/" + chat).body()).path("messages");
	}

	private static String tokens(List<Event> events) {
		return String.join("",
				events.stream()
					.filter((e) -> e.name().equals("token"))
					.map((e) -> e.data().path("text").asString())
					.toList());
	}

	private List<Event> ask(String chat, String turn, String question) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/chats/" + chat + "/messages"))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/event-stream")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(this.json.writeValueAsString(Map.of("turnId", turn, "text", question))));
		this.user.headers.forEach(request::header);
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<Event> events = new ArrayList<>();
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
				events.add(new Event(name, this.json.readTree(data.toString())));
			}
		}
		return events;
	}

	private record Event(String name, JsonNode data) {
	}

}
