package sage.server.advisor;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.testing.Browser;
import sage.server.testing.EventStreams;
import sage.server.testing.EventStreams.Event;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chats end to end over HTTP: a question is kept before its answer, the answer streams as
 * server-sent events and is kept whole, a retried turn never makes a second answer, a
 * client that goes away loses nothing, an answer that breaks off is kept as interrupted
 * and written again on retry, a lost stream resumes with Last-Event-ID, and bad requests
 * are problems that change nothing. The answers come from {@link ScriptedAnswers}, a test
 * double that can fail or hold on request.
 */
abstract class ChatContract {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScriptedAnswers answers;

	private Browser user;

	@BeforeEach
	void signIn() throws Exception {
		this.answers.reset();
		Browser session = TestAccounts.newUser(this.port);
		this.user = Browser.withApiKey(this.port, TestAccounts.newApiKey(session, "read"));
	}

	@Test
	void anAnswerStreamsIsKeptAndARetriedTurnNeverMakesASecondOne() throws Exception {
		String chat = newChat();
		String turn = UUID.randomUUID().toString();
		List<Event> events = ask(chat, turn, "How is BTC doing?");
		String text = String.join("",
				events.stream()
					.filter((e) -> e.name().equals("token"))
					.map((e) -> e.data().path("text").asString())
					.toList());
		assertThat(text).isEqualTo(ScriptedAnswers.TEXT);
		assertThat(events.get(0).id()).endsWith(".1");
		List<Event> citations = events.stream().filter((e) -> e.name().equals("citation")).toList();
		assertThat(citations).hasSize(2);
		assertThat(citations.get(0).data().path("factId").asString()).isEqualTo("BTC-USD.price");
		JsonNode cited = citations.get(0).data();
		assertThat(text.substring(cited.path("start").asInt(), cited.path("end").asInt())).isEqualTo("64,321.87");
		Event done = events.get(events.size() - 1);
		assertThat(done.name()).as("the events %s", events).isEqualTo("done");
		assertThat(done.data().path("status").asString()).isEqualTo("COMPLETE");
		String answerId = done.data().path("messageId").asString();

		JsonNode transcript = body(this.user.get("/api/v1/chats/" + chat), 200);
		assertThat(transcript.path("chat").path("title").asString()).isEqualTo("How is BTC doing?");
		JsonNode messages = transcript.path("messages");
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).path("role").asString()).isEqualTo("USER");
		assertThat(messages.get(1).path("status").asString()).isEqualTo("COMPLETE");
		assertThat(messages.get(1).path("content").asString()).isEqualTo(ScriptedAnswers.TEXT);
		assertThat(messages.get(1).path("citations")).hasSize(2);
		assertThat(messages.get(1).path("facts")).hasSize(2);

		// the same turn again: the answer kept, not a second one
		List<Event> again = ask(chat, turn, "How is BTC doing?");
		// the events are printed on failure: a stream that ends early says where
		assertThat(again.get(again.size() - 1).data().path("messageId").asString()).as("the retry's events %s", again)
			.isEqualTo(answerId);
		assertThat(this.answers.written()).isOne();
		assertThat(messageCount(chat)).isEqualTo(2);
		// a new question under a used turn id is refused and changes nothing
		assertProblem(send("POST", "/api/v1/chats/" + chat + "/messages",
				"{\"turnId\":\"" + turn + "\",\"text\":\"And ETH?\"}"), 422, "turn-reused");
		assertThat(messageCount(chat)).isEqualTo(2);
		// a follow-up is asked with the chat's earlier exchange
		ask(chat, UUID.randomUUID().toString(), "And its RSI?");
		assertThat(this.answers.lastQuestion().earlier()).hasSize(1);
		assertThat(this.answers.lastQuestion().earlier().get(0).answer()).isEqualTo(ScriptedAnswers.TEXT);
	}

	@Test
	void aClientThatGoesAwayLosesNothingAndResumesWithLastEventId() throws Exception {
		String chat = newChat();
		// the answer is held back until the client is connected
		this.answers.holdAfterWriting();
		Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.answers.release();
		});
		String turn = UUID.randomUUID().toString();
		// the client reads the first event and hangs up
		try (InputStream stream = stream("POST", "/api/v1/chats/" + chat + "/messages",
				"{\"turnId\":\"" + turn + "\",\"text\":\"How is BTC doing?\"}", null)) {
			Event first = readEvents(stream, 1).get(0);
			assertThat(first.name()).isEqualTo("token");
		}
		// kept whole all the same
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		JsonNode answer = body(this.user.get("/api/v1/chats/" + chat), 200).path("messages").get(1);
		while (!answer.path("status").asString().equals("COMPLETE") && System.nanoTime() < deadline) {
			Thread.sleep(50);
			answer = body(this.user.get("/api/v1/chats/" + chat), 200).path("messages").get(1);
		}
		assertThat(answer.path("content").asString()).isEqualTo(ScriptedAnswers.TEXT);
		String answerId = answer.path("id").asString();

		// resumed after the third token: the rest, then the citations and the end
		List<Event> rest;
		try (InputStream stream = stream("GET", "/api/v1/chats/" + chat + "/messages/" + answerId + "/events", null,
				answerId + ".3")) {
			rest = readEvents(stream, Integer.MAX_VALUE);
		}
		List<String> pieces = AnswerPieces.of(ScriptedAnswers.TEXT);
		assertThat(rest.get(0).id()).isEqualTo(answerId + ".4");
		assertThat(String.join("",
				rest.stream()
					.filter((e) -> e.name().equals("token"))
					.map((e) -> e.data().path("text").asString())
					.toList()))
			.isEqualTo(String.join("", pieces.subList(3, pieces.size())));
		assertThat(rest.get(rest.size() - 1).name()).isEqualTo("done");
		assertThat(this.answers.written()).isOne();
	}

	@Test
	void anAnswerThatBreaksOffIsKeptAsInterruptedAndWrittenAgainOnRetry() throws Exception {
		String chat = newChat();
		this.answers.failNext();
		String turn = UUID.randomUUID().toString();
		List<Event> events = ask(chat, turn, "How is BTC doing?");
		Event last = events.get(events.size() - 1);
		assertThat(last.name()).isEqualTo("error");
		assertThat(last.data().path("code").asString()).isEqualTo("answer-interrupted");
		assertThat(last.data().path("requestId").asString()).isNotBlank();
		JsonNode broken = body(this.user.get("/api/v1/chats/" + chat), 200).path("messages").get(1);
		assertThat(broken.path("status").asString()).isEqualTo("INTERRUPTED");
		// what was written before it broke off is kept, and was sent
		assertThat(broken.path("content").asString()).isEqualTo(ScriptedAnswers.PARTIAL);
		assertThat(String.join("",
				events.stream()
					.filter((e) -> e.name().equals("token"))
					.map((e) -> e.data().path("text").asString())
					.toList()))
			.isEqualTo(ScriptedAnswers.PARTIAL);

		List<Event> retried = ask(chat, turn, "How is BTC doing?");
		assertThat(retried.get(retried.size() - 1).name()).isEqualTo("done");
		JsonNode messages = body(this.user.get("/api/v1/chats/" + chat), 200).path("messages");
		assertThat(messages).hasSize(2);
		assertThat(messages.get(1).path("id").asString()).isEqualTo(broken.path("id").asString());
		assertThat(messages.get(1).path("status").asString()).isEqualTo("COMPLETE");
	}

	@Test
	void badRequestsAreProblemsThatChangeNothing() throws Exception {
		String chat = newChat();
		int before = count();
		assertProblem(send("POST", "/api/v1/chats/" + chat + "/messages", "{\"turnId\":\"a b\",\"text\":\"\"}"), 400,
				"invalid-request");
		assertProblem(send("POST", "/api/v1/chats/" + chat + "/messages",
				"{\"turnId\":\"t1\",\"text\":\"" + "x".repeat(2_001) + "\"}"), 400, "invalid-request");
		assertProblem(
				send("POST", "/api/v1/chats/" + UUID.randomUUID() + "/messages", "{\"turnId\":\"t1\",\"text\":\"hi\"}"),
				404, "chat-not-found");
		assertProblem(send("POST", "/api/v1/chats/not-an-id/messages", "{\"turnId\":\"t1\",\"text\":\"hi\"}"), 400,
				"invalid-request");
		assertProblem(send("POST", "/api/v1/chats", "{\"title\":\"" + "t".repeat(121) + "\"}"), 400, "invalid-request");
		// another user's chat is not found, to read, ask or delete
		Browser other = Browser.withApiKey(this.port, TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
		assertProblem(other.get("/api/v1/chats/" + chat), 404, "chat-not-found");
		assertProblem(
				other.send("POST", "/api/v1/chats/" + chat + "/messages", "{\"turnId\":\"t1\",\"text\":\"hi\"}", false),
				404, "chat-not-found");
		assertProblem(other.send("DELETE", "/api/v1/chats/" + chat, null, false), 404, "chat-not-found");
		assertProblem(new Browser(this.port).get("/api/v1/chats"), 401, "unauthenticated");
		assertThat(count()).isEqualTo(before);
		assertThat(this.answers.written()).isZero();

		assertThat(send("DELETE", "/api/v1/chats/" + chat, null).statusCode()).isEqualTo(204);
		assertProblem(this.user.get("/api/v1/chats/" + chat), 404, "chat-not-found");
	}

	private String newChat() throws Exception {
		return body(send("POST", "/api/v1/chats", null), 201).path("id").asString();
	}

	private List<Event> ask(String chat, String turn, String text) throws Exception {
		try (InputStream stream = stream("POST", "/api/v1/chats/" + chat + "/messages",
				this.json.writeValueAsString(java.util.Map.of("turnId", turn, "text", text)), null)) {
			return readEvents(stream, Integer.MAX_VALUE);
		}
	}

	private InputStream stream(String method, String path, String body, String lastEventId) throws Exception {
		return EventStreams.open(this.user, this.port, method, path, body, lastEventId);
	}

	/** Reads up to {@code most} events, or to the end of the stream. */
	private List<Event> readEvents(InputStream stream, int most) {
		return EventStreams.read(stream, most);
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		return this.user.send(method, path, body, false);
	}

	private int messageCount(String chat) {
		return this.jdbc.sql("select count(*) from advisor_message where chat_id = :chat")
			.param("chat", chat)
			.query(Integer.class)
			.single();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from advisor_message").query(Integer.class).single();
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

	/**
	 * A test double of the advisor's writer: a fixed, grounded answer, which it can fail
	 * to write or hold back until released.
	 */
	static final class ScriptedAnswers implements AnswerWriter {

		static final String TEXT = "Bitcoin last traded at $64,321.87, 2.10% up on the day. Patience pays.";

		static final String PARTIAL = "Bitcoin last traded ";

		private final AtomicInteger written = new AtomicInteger();

		private final AtomicReference<Question> last = new AtomicReference<>();

		private volatile boolean fail;

		private volatile CountDownLatch hold = new CountDownLatch(0);

		@Override
		public Reply write(Question question, java.util.function.Consumer<String> progress) {
			this.last.set(question);
			if (this.fail) {
				this.fail = false;
				// part of the answer is out when it breaks off, as when a model's stream
				// is cut
				progress.accept(PARTIAL);
				throw new IllegalStateException("the scripted writer was told to fail");
			}
			try {
				this.hold.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.written.incrementAndGet();
			Instant at = Instant.parse("2026-12-01T00:00:00Z");
			Fact price = new Fact("BTC-USD.price", "last price", new BigDecimal("64321.87"), Unit.MONEY, "USD",
					"BTC-USD", "/api/v1/instruments/BTC-USD/quote", at);
			Fact change = new Fact("BTC-USD.change", "change on the day", new BigDecimal("2.10"), Unit.PERCENT, null,
					"BTC-USD", "/api/v1/instruments/BTC-USD/quote", at);
			int p = TEXT.indexOf("64,321.87");
			int c = TEXT.indexOf("2.10");
			return new Reply(TEXT, "en", "offline", new FactSheet(List.of(price, change)),
					List.of(Citation.of(p, p + 9, price), Citation.of(c, c + 4, change)));
		}

		void reset() {
			this.written.set(0);
			this.fail = false;
			this.hold = new CountDownLatch(0);
		}

		void failNext() {
			this.fail = true;
		}

		void holdAfterWriting() {
			this.hold = new CountDownLatch(1);
		}

		void release() {
			this.hold.countDown();
		}

		int written() {
			return this.written.get();
		}

		Question lastQuestion() {
			return this.last.get();
		}

	}

	@TestConfiguration
	static class Scripted {

		@Bean
		@Primary
		ScriptedAnswers scriptedAnswers() {
			return new ScriptedAnswers();
		}

	}

}
