package sage.server.advisor.model;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.StreamingChatModel;
import org.springframework.ai.chat.prompt.Prompt;

import sage.server.advisor.Answer;
import sage.server.advisor.AnswerWriter;
import sage.server.advisor.Question;
import sage.server.advisor.Reply;
import sage.server.advisor.TokenUsage;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.grounding.GroundingChecker;
import sage.server.advisor.grounding.GroundingPolicy;

/**
 * The chat's answers written by a language model from the offline advisor's facts. The
 * model's stream is cut into sentences as they complete; each is grounded (numbers no
 * fact holds removed) before the chat sees it, and the whole once more at the end, when
 * it is cited.
 *
 * <p>
 * A request that fails before the first words (429, 5xx, no connection, no first words
 * within the first-token timeout) is tried again after a backoff that doubles (or the
 * 429's Retry-After), up to the attempts allowed. Once words have arrived nothing is
 * tried again: a failure or a pause longer than the stall timeout throws, and the chat
 * keeps what was shown as interrupted.
 */
public final class ModelAnswers implements AnswerWriter {

	private static final Logger log = LoggerFactory.getLogger(ModelAnswers.class);

	private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

	private final Briefing briefing;

	private final StreamingChatModel model;

	private final String name;

	private final ModelSettings settings;

	private final GroundingChecker checker = new GroundingChecker(GroundingPolicy.REMOVE);

	/**
	 * @param briefing the facts of a question (the offline advisor's reading, analysis
	 * and risk view)
	 * @param model the model that writes
	 * @param settings its name, timeouts and attempts
	 */
	public ModelAnswers(Briefing briefing, StreamingChatModel model, ModelSettings settings) {
		this.briefing = briefing;
		this.model = model;
		this.name = settings.requiredName();
		this.settings = settings;
	}

	@Override
	public Reply write(Question question, Consumer<String> progress) {
		Answer answer = this.briefing.brief(question);
		FactSheet facts = answer.facts();
		Prompt prompt = ModelPrompt.of(question, answer);
		StringBuilder shown = new StringBuilder();
		StringBuilder written = new StringBuilder();
		AtomicReference<TokenUsage> reported = new AtomicReference<>();
		Sentences sentences = new Sentences();
		stream(prompt, reported, (chunk) -> {
			written.append(chunk);
			List<String> complete = sentences.add(chunk);
			if (!complete.isEmpty()) {
				for (String sentence : complete) {
					shown.append(this.checker.ground(sentence, facts).text());
				}
				progress.accept(shown.toString());
			}
		});
		String rest = sentences.rest();
		if (!rest.isEmpty()) {
			shown.append(this.checker.ground(rest, facts).text());
		}
		TokenUsage spent = reported.get();
		if (spent == null) {
			spent = TokenUsage.estimate(characters(prompt), written.length());
		}
		return Reply.grounded(this.checker.ground(shown.toString(), facts), answer, this.name).withUsage(spent);
	}

	@Override
	public boolean spendsTokens() {
		return true;
	}

	private static int characters(Prompt prompt) {
		int characters = 0;
		for (Message message : prompt.getInstructions()) {
			String text = message.getText();
			characters += (text != null) ? text.length() : 0;
		}
		return characters;
	}

	/**
	 * Streams the model's answer to {@code chunks}, trying again only before its first
	 * words.
	 */
	private void stream(Prompt prompt, AtomicReference<TokenUsage> reported, Consumer<String> chunks) {
		Failure last = null;
		for (int attempt = 1; attempt <= this.settings.maxAttempts(); attempt++) {
			if (last != null) {
				Duration wait = (last.retryAfter() != null) ? last.retryAfter()
						: this.settings.backoff().multipliedBy(1L << Math.min(attempt - 2, 10));
				wait = (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
				log.info("Model {} attempt {} failed ({}), trying again in {} ms", this.name, attempt - 1,
						last.reason(), wait.toMillis());
				pause(wait);
			}
			last = attempt(prompt, reported, chunks);
			if (last == null) {
				return;
			}
			if (!last.retryable()) {
				throw new ModelUnavailableException("The language model " + this.name + " refused the request: "
						+ last.reason() + " (check sage.advisor.model.*)");
			}
		}
		throw new ModelUnavailableException("The language model " + this.name + " could not be reached after "
				+ this.settings.maxAttempts() + " attempts: " + ((last != null) ? last.reason() : "no attempt"));
	}

	/**
	 * One request: null when the answer came whole, the failure when it failed before its
	 * first words.
	 * @throws ModelUnavailableException when it failed after them
	 */
	private @Nullable Failure attempt(Prompt prompt, AtomicReference<TokenUsage> reported, Consumer<String> chunks) {
		BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
		Disposable subscription = this.model.stream(prompt)
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe((response) -> {
				// a provider may report the prompt's tokens first and the answer's later
				usage(response).ifPresent((usage) -> reported.accumulateAndGet(usage, ModelAnswers::larger));
				signals.add(new Chunk(text(response)));
			}, (error) -> signals.add(new Failed(error)), () -> signals.add(new Ended()));
		boolean started = false;
		try {
			while (true) {
				Duration timeout = started ? this.settings.stallTimeout() : this.settings.firstTokenTimeout();
				Signal signal = signals.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
				if (signal == null) {
					if (started) {
						throw new ModelUnavailableException("The language model " + this.name
								+ " stalled: no words for " + timeout.toMillis() + " ms, the answer broke off");
					}
					return new Failure("no first words within " + timeout.toMillis() + " ms", true, null);
				}
				switch (signal) {
					case Chunk chunk -> {
						if (!chunk.text().isEmpty()) {
							started = true;
							chunks.accept(chunk.text());
						}
					}
					case Failed failed -> {
						Failure failure = Failure.of(failed.error());
						if (started) {
							throw new ModelUnavailableException(
									"The language model " + this.name + " broke off mid-answer: " + failure.reason());
						}
						return failure;
					}
					case Ended ended -> {
						return null;
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ModelUnavailableException("interrupted while the language model " + this.name + " wrote");
		}
		finally {
			subscription.dispose();
		}
	}

	/**
	 * The tokens the server reported, if this response carries them (OpenAI sends them in
	 * a last chunk when asked to; Anthropic in its start and delta events).
	 */
	private static java.util.Optional<TokenUsage> usage(ChatResponse response) {
		if (response.getMetadata() == null || response.getMetadata().getUsage() == null) {
			return java.util.Optional.empty();
		}
		Usage usage = response.getMetadata().getUsage();
		int prompt = (usage.getPromptTokens() != null) ? usage.getPromptTokens() : 0;
		int completion = (usage.getCompletionTokens() != null) ? usage.getCompletionTokens() : 0;
		return (prompt + completion > 0) ? java.util.Optional.of(new TokenUsage(prompt, completion, false))
				: java.util.Optional.empty();
	}

	private static TokenUsage larger(@Nullable TokenUsage kept, TokenUsage reported) {
		if (kept == null) {
			return reported;
		}
		return new TokenUsage(Math.max(kept.promptTokens(), reported.promptTokens()),
				Math.max(kept.completionTokens(), reported.completionTokens()), false);
	}

	private static String text(ChatResponse response) {
		if (response.getResult() == null || response.getResult().getOutput() == null) {
			return "";
		}
		String text = response.getResult().getOutput().getText();
		return (text != null) ? text : "";
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ModelUnavailableException("interrupted while waiting to try the language model again");
		}
	}

	/** The facts a question is answered from. */
	@FunctionalInterface
	public interface Briefing {

		/** The offline advisor's answer to {@code question}: its facts and language. */
		Answer brief(Question question);

	}

	private sealed interface Signal permits Chunk, Failed, Ended {

	}

	private record Chunk(String text) implements Signal {
	}

	private record Failed(Throwable error) implements Signal {
	}

	private record Ended() implements Signal {
	}

}
