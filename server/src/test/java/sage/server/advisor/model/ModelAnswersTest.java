package sage.server.advisor.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import sage.server.advisor.Answer;
import sage.server.advisor.Intent;
import sage.server.advisor.Language;
import sage.server.advisor.Question;
import sage.server.advisor.Reply;
import sage.server.advisor.TokenUsage;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.testing.FakeModelServer;
import sage.server.testing.FakeModelServer.Script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ModelAnswers} through Spring AI's OpenAI and Anthropic clients against a local
 * fake model server with scripted streams (written after the providers' documented
 * shapes): grounding per sentence, retries before the first words only, and a cut or
 * stalled stream that throws after the sentences already shown.
 */
class ModelAnswersTest {

	static final String OPENAI = "/advisor/model/openai-btc-answer.sse";

	static final String ANTHROPIC = "/advisor/model/anthropic-btc-answer.sse";

	static final Instant AS_OF = Instant.parse("2026-12-05T00:00:00Z");

	static final FactSheet FACTS = new FactSheet(List.of(
			new Fact("BTC-USD.price", "last price", new BigDecimal("64321.87"), Unit.MONEY, "USD", "BTC-USD",
					"/api/v1/instruments/BTC-USD/quote", AS_OF),
			new Fact("BTC-USD.rsi14", "RSI (14)", new BigDecimal("58.2"), Unit.INDEX, null, "BTC-USD",
					"/api/v1/instruments/BTC-USD/indicators/rsi", AS_OF)));

	static final String FIRST = "Bitcoin last traded at $64,321.87. ";

	static final String SECOND = "Its RSI (14) is 58.2, neither stretched nor depressed. ";

	private final FakeModelServer server = new FakeModelServer();

	private final List<String> progress = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void keepsSentencesWithTheSheetsNumbersRemovesAnInventedOneAndCitesTheFacts() {
		this.server.then(Script.stream(OPENAI));
		Reply reply = openAi(settings()).write(question(), this.progress::add);

		assertThat(reply.mode()).isEqualTo("gpt-4o-mini");
		assertThat(reply.language()).isEqualTo("en");
		assertThat(reply.text()).startsWith(FIRST + SECOND)
			.contains("Over the past day it moved")
			.doesNotContain("7.7")
			.endsWith("Patience matters more than any single day.");
		assertThat(cited(reply)).contains("BTC-USD.price=$64,321.87", "BTC-USD.rsi14=58.2")
			.allMatch((cited) -> cited.startsWith("BTC-USD.price=") || cited.startsWith("BTC-USD.rsi14="));
		assertThat(this.progress.get(0)).isEqualTo(FIRST);
		assertThat(this.progress.get(1)).isEqualTo(FIRST + SECOND);
		for (int i = 1; i < this.progress.size(); i++) {
			assertThat(this.progress.get(i)).startsWith(this.progress.get(i - 1));
		}
		assertThat(this.progress).noneMatch((text) -> text.contains("7.7"));
		assertThat(this.server.requests()).hasSize(1);
		assertThat(this.server.requests().get(0).path()).isEqualTo("/v1/chat/completions");
	}

	@Test
	void sendsThePersonaTheRulesTheFactsAndTheEarlierExchangesButNothingAboutTheUser() {
		this.server.then(Script.stream(OPENAI));
		UUID owner = UUID.randomUUID();
		Question question = new Question(owner, "How is BTC doing?",
				List.of(new Question.Exchange("What is RSI?", "A momentum gauge from 0 to 100.")));
		openAi(settings()).write(question, this.progress::add);

		String body = this.server.requests().get(0).body();
		assertThat(body).contains("Wallet Buffett")
			.contains("BTC-USD.price | last price | 64321.87 | money | USD | 2026-12-05T00:00:00Z")
			.contains("BTC-USD.rsi14 | RSI (14) | 58.2 | index | - | 2026-12-05T00:00:00Z")
			.contains("What is RSI?")
			.contains("A momentum gauge from 0 to 100.")
			.contains("How is BTC doing?")
			.contains("\"stream\":true")
			.doesNotContain(owner.toString());
		assertThat(this.server.requests().get(0).headers().get("authorization")).isEqualTo("Bearer test-key");
	}

	@Test
	void a429WithRetryAfterIsTriedAgainAfterTheWaitAndAnswersOnce() {
		this.server.then(Script.status(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}")
			.header("Retry-After", "1"), Script.stream(OPENAI));
		long start = System.nanoTime();
		Reply reply = openAi(settings()).write(question(), this.progress::add);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(reply.text()).startsWith(FIRST);
		assertThat(this.server.requests()).hasSize(2);
	}

	@Test
	void twoServerErrorsAreTriedAgainAndTheThirdAttemptAnswers() {
		this.server.then(Script.status(500, "{\"error\":{\"message\":\"boom\"}}"),
				Script.status(503, "{\"error\":{\"message\":\"overloaded\"}}"), Script.stream(OPENAI));
		Reply reply = openAi(settings()).write(question(), this.progress::add);

		assertThat(reply.text()).startsWith(FIRST + SECOND);
		assertThat(this.server.requests()).hasSize(3);
	}

	@Test
	void aModelThatStaysUnreachableFailsClearlyAfterTheAttemptsWithoutTheKey() {
		this.server.then(Script.status(503, "{}"), Script.status(503, "{}"), Script.status(503, "{}"));
		assertThatThrownBy(() -> openAi(settings()).write(question(), this.progress::add))
			.isInstanceOf(ModelUnavailableException.class)
			.hasMessageContaining("gpt-4o-mini could not be reached after 3 attempts")
			.hasMessageContaining("HTTP 503")
			.message()
			.doesNotContain("test-key");
		assertThat(this.server.requests()).hasSize(3);
		assertThat(this.progress).isEmpty();
	}

	@Test
	void aRefusedKeyIsNotTriedAgain() {
		this.server.then(Script.status(401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}"));
		assertThatThrownBy(() -> openAi(settings()).write(question(), this.progress::add))
			.isInstanceOf(ModelUnavailableException.class)
			.hasMessageContaining("refused the request: HTTP 401");
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void noFirstWordsWithinTheFirstTokenTimeoutIsTriedAgain() {
		this.server.then(Script.stream(OPENAI).stallAfter(0, Duration.ofSeconds(6)), Script.stream(OPENAI));
		ModelSettings settings = settings();
		settings = new ModelSettings(settings.provider(), settings.baseUrl(), settings.name(), settings.apiKey(),
				Duration.ofSeconds(2), settings.stallTimeout(), 3, settings.backoff());
		Reply reply = openAi(settings).write(question(), this.progress::add);

		assertThat(reply.text()).startsWith(FIRST);
		assertThat(this.server.requests()).hasSize(2);
	}

	@Test
	void aStreamCutMidAnswerThrowsAfterTheFirstSentencesWereShown() {
		this.server.then(Script.stream(OPENAI).cutAfter(5), Script.stream(OPENAI));
		assertThatThrownBy(() -> openAi(settings()).write(question(), this.progress::add))
			.isInstanceOf(ModelUnavailableException.class)
			.hasMessageContaining("broke off mid-answer");
		assertThat(this.progress).containsExactly(FIRST, FIRST + SECOND);
		assertThat(this.server.requests()).as("not tried again once words arrived").hasSize(1);
	}

	@Test
	void aStreamThatStallsLongerThanTheStallTimeoutThrowsAndKeepsWhatWasShown() {
		this.server.then(Script.stream(OPENAI).stallAfter(5, Duration.ofSeconds(4)));
		long start = System.nanoTime();
		assertThatThrownBy(() -> openAi(settings()).write(question(), this.progress::add))
			.isInstanceOf(ModelUnavailableException.class)
			.hasMessageContaining("stalled");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
		assertThat(this.progress).containsExactly(FIRST, FIRST + SECOND);
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void anthropicStreamsTheSameWay() {
		this.server.then(Script.stream(ANTHROPIC));
		ModelSettings settings = new ModelSettings(ModelSettings.Provider.ANTHROPIC, this.server.url(),
				"claude-sonnet-4-5", "test-key", Duration.ofSeconds(5), Duration.ofSeconds(1), 3,
				Duration.ofMillis(50));
		Reply reply = answers(settings).write(question(), this.progress::add);

		assertThat(reply.mode()).isEqualTo("claude-sonnet-4-5");
		assertThat(reply.text()).startsWith(FIRST + SECOND).doesNotContain("7.7");
		assertThat(cited(reply)).contains("BTC-USD.price=$64,321.87", "BTC-USD.rsi14=58.2");
		assertThat(this.progress.get(1)).isEqualTo(FIRST + SECOND);
		assertThat(this.server.requests().get(0).path()).isEqualTo("/v1/messages");
		assertThat(this.server.requests().get(0).headers().get("x-api-key")).isEqualTo("test-key");
		assertThat(this.server.requests().get(0).body()).contains("Wallet Buffett");
	}

	@Test
	void theTokensTheServerReportsAreKeptWithTheReply() {
		this.server.then(Script.openAi("gpt-4o-mini", FIRST, SECOND).withUsage(431, 27));
		Reply reply = openAi(settings()).write(question(), this.progress::add);

		assertThat(reply.usage()).isEqualTo(new TokenUsage(431, 27, false));
		assertThat(this.server.requests().get(0).body()).contains("\"include_usage\":true");
	}

	@Test
	void aServerThatReportsNoTokensIsChargedAnEstimateFromTheText() {
		this.server.then(Script.openAi("gpt-4o-mini", FIRST, SECOND));
		Reply reply = openAi(settings()).write(question(), this.progress::add);

		assertThat(reply.usage().estimated()).isTrue();
		// four characters a token: the answer's 90 characters are 23 tokens
		assertThat(reply.usage().completionTokens()).isEqualTo(Math.ceilDiv((FIRST + SECOND).length(), 4))
			.isEqualTo(23);
		String sent = ModelPrompt
			.of(question(),
					new Answer(Language.ENGLISH, Intent.ONE_ASSET, List.of("BTC-USD"), FACTS, "offline text, not sent",
							List.of()))
			.getInstructions()
			.stream()
			.map((message) -> message.getText())
			.collect(java.util.stream.Collectors.joining());
		assertThat(reply.usage().promptTokens()).isEqualTo(Math.ceilDiv(sent.length(), 4)).isGreaterThan(200);
	}

	@Test
	void anthropicReportsTheQuestionsTokensFirstAndTheAnswersAtTheEnd() {
		this.server.then(Script.stream(ANTHROPIC));
		ModelSettings settings = new ModelSettings(ModelSettings.Provider.ANTHROPIC, this.server.url(),
				"claude-sonnet-4-5", "test-key", Duration.ofSeconds(5), Duration.ofSeconds(1), 3,
				Duration.ofMillis(50));
		Reply reply = answers(settings).write(question(), this.progress::add);

		// message_start: input 412, output 1; message_delta: output 48
		assertThat(reply.usage()).isEqualTo(new TokenUsage(412, 48, false));
	}

	@Test
	void anthropicOverloadedIsTriedAgain() {
		this.server.then(Script.status(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}"),
				Script.stream(ANTHROPIC));
		ModelSettings settings = new ModelSettings(ModelSettings.Provider.ANTHROPIC, this.server.url(),
				"claude-sonnet-4-5", "test-key", Duration.ofSeconds(5), Duration.ofSeconds(1), 3,
				Duration.ofMillis(50));
		assertThat(answers(settings).write(question(), this.progress::add).text()).startsWith(FIRST);
		assertThat(this.server.requests()).hasSize(2);
	}

	@Test
	void settingsNeverShowTheKey() {
		assertThat(settings().toString()).doesNotContain("test-key").contains("apiKey=(set)");
	}

	/** Each citation as {@code factId=the text it spans}. */
	private static List<String> cited(Reply reply) {
		return reply.citations()
			.stream()
			.map((c) -> c.factId() + "=" + reply.text().substring(c.start(), c.end()))
			.toList();
	}

	private ModelSettings settings() {
		return new ModelSettings(ModelSettings.Provider.OPENAI, this.server.url() + "/v1", "gpt-4o-mini", "test-key",
				Duration.ofSeconds(5), Duration.ofSeconds(1), 3, Duration.ofMillis(50));
	}

	private ModelAnswers openAi(ModelSettings settings) {
		return answers(settings);
	}

	private static ModelAnswers answers(ModelSettings settings) {
		return new ModelAnswers((question) -> new Answer(Language.of(question.text()), Intent.ONE_ASSET,
				List.of("BTC-USD"), FACTS, "offline text, not sent", List.of()), ModelConfiguration.chatModel(settings),
				settings);
	}

	private static Question question() {
		return new Question(UUID.randomUUID(), "How is BTC doing?", List.of());
	}

}
