package sage.server.advisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.server.advisor.chat.ChatStore;
import sage.server.advisor.chat.MessageRole;
import sage.server.advisor.chat.MessageStatus;
import sage.server.advisor.chat.StoredChat;
import sage.server.advisor.chat.StoredMessage;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.profile.Profiles;
import sage.server.advisor.usage.TokenBudget;
import sage.server.identity.Tier;
import sage.server.platform.ProblemException;

/**
 * The advisor's chats: a question is committed before its answer is written, the answer
 * is kept as it is written and ends {@code COMPLETE}, or {@code INTERRUPTED} with what
 * was written, and a retried turn (the same turn id) never makes a second answer: it is
 * sent the answer the first attempt kept, or follows it while it is being written. A
 * client that goes away mid-stream loses nothing: the answer is written to the end and
 * kept. Another user's chat id finds nothing.
 */
@Service
public class Chats {

	private static final Logger log = LoggerFactory.getLogger(Chats.class);

	/** The most messages of a chat a question is asked with (its context window). */
	static final int CONTEXT_MESSAGES = 20;

	static final int MAX_QUESTION = 2_000;

	private static final Pattern TURN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** How long an answer may go unwritten before it counts as abandoned. */
	private static final Duration ABANDONED = Duration.ofMinutes(2);

	/** How often an answer being written is read again for what it has grown by. */
	private static final Duration FOLLOW_EVERY = Duration.ofMillis(20);

	private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
	};

	private static final TypeReference<List<Fact>> FACTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Signal>> SIGNALS = new TypeReference<>() {
	};

	private final ChatStore store;

	private final AnswerWriter writer;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	private final TokenBudget budget;

	private final Profiles profiles;

	Chats(ChatStore store, AnswerWriter writer, TransactionTemplate transaction, JsonMapper json, Clock clock,
			TokenBudget budget, Profiles profiles) {
		this.store = store;
		this.writer = writer;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
		this.budget = budget;
		this.profiles = profiles;
	}

	/** Opens a chat; its title is the first question's start until one is given. */
	public Chat create(UUID owner, @Nullable String title) {
		String named = (title == null || title.isBlank()) ? "New chat" : title.strip();
		if (named.length() > 120) {
			throw ProblemException.invalidField("title", "must be at most 120 characters");
		}
		Instant now = this.clock.instant();
		StoredChat chat = new StoredChat(UUID.randomUUID().toString(), owner, named, now, now);
		this.store.insert(chat);
		return view(chat);
	}

	/** The owner's chats, the latest used first. */
	public List<Chat> list(UUID owner) {
		return this.store.list(owner, 200).stream().map(Chats::view).toList();
	}

	/** The owner's chat with its messages. */
	public ChatTranscript transcript(UUID owner, String chatId) {
		StoredChat chat = chat(owner, chatId);
		return new ChatTranscript(view(chat), this.store.messages(chat.id()).stream().map(this::view).toList());
	}

	/** Deletes the owner's chat and its messages. */
	public void delete(UUID owner, String chatId) {
		if (!this.store.delete(owner, chatId)) {
			throw notFound(chatId);
		}
	}

	/**
	 * Checks a question and commits it (or finds it committed by an earlier attempt of
	 * the same turn), with its answer's row: what {@link #answer} then writes or sends.
	 * @param tier the user's tier, whose monthly token budget a model's answer counts
	 * against
	 * @throws ProblemException {@code invalid-request}, {@code chat-not-found},
	 * {@code turn-reused}, {@code token-budget-exhausted} (when a model would write the
	 * answer and the month's tokens are spent; nothing is kept then)
	 */
	public Turn ask(UUID owner, Tier tier, String chatId, @Nullable String turnId, @Nullable String text) {
		String question = (text != null) ? text.strip() : "";
		List<sage.server.platform.FieldProblem> problems = new ArrayList<>();
		if (turnId == null || !TURN_ID.matcher(turnId).matches()) {
			problems.add(new sage.server.platform.FieldProblem("turnId",
					"must be 1 to 64 letters, digits, _ or - (a UUID is a good turn id)"));
		}
		if (question.isEmpty() || question.length() > MAX_QUESTION) {
			problems.add(new sage.server.platform.FieldProblem("text", "must be 1 to " + MAX_QUESTION + " characters"));
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		StoredChat chat = chat(owner, chatId);
		interruptAbandoned();
		try {
			return begin(chat, tier, turnId, question);
		}
		catch (DataIntegrityViolationException ex) {
			// another attempt of the same turn committed first: it is the one kept
			return begin(chat, tier, turnId, question);
		}
	}

	private Turn begin(StoredChat chat, Tier tier, String turnId, String question) {
		Turn turn = this.transaction.execute((status) -> {
			this.store.lock(chat.id());
			Instant now = this.clock.instant();
			Optional<StoredMessage> asked = this.store.ofTurn(chat.id(), turnId, MessageRole.USER);
			if (asked.isPresent() && !asked.get().content().equals(question)) {
				throw new ProblemException(AdvisorProblems.TURN_REUSED, "Turn " + turnId
						+ " asked another question in this chat; use a new turn id for a new question.");
			}
			if (asked.isEmpty()) {
				this.store.insert(new StoredMessage(UUID.randomUUID().toString(), chat.id(), turnId, MessageRole.USER,
						MessageStatus.COMPLETE, question, null, null, null, null, null, 0, now, now));
				if ("New chat".equals(chat.title())) {
					renameAfter(chat, question);
				}
			}
			Optional<StoredMessage> answered = this.store.ofTurn(chat.id(), turnId, MessageRole.ADVISOR);
			boolean writes = answered.isEmpty() || answered.get().status() == MessageStatus.INTERRUPTED;
			if (writes && this.writer.spendsTokens()) {
				// thrown inside the transaction: the question is not kept either
				this.budget.check(chat.owner(), tier);
			}
			if (answered.isEmpty()) {
				String id = UUID.randomUUID().toString();
				this.store.insert(new StoredMessage(id, chat.id(), turnId, MessageRole.ADVISOR, MessageStatus.STREAMING,
						"", null, null, null, null, null, 0, now, now));
				this.store.touch(chat.id(), now);
				return new Turn(chat.owner(), chat.id(), turnId, id, question, true);
			}
			StoredMessage answer = answered.get();
			if (answer.status() == MessageStatus.INTERRUPTED) {
				// written again in its own row: still one answer to the turn
				this.store.write(answer.id(), MessageStatus.STREAMING, "", null, null, null, null, null, now);
				return new Turn(chat.owner(), chat.id(), turnId, answer.id(), question, true);
			}
			return new Turn(chat.owner(), chat.id(), turnId, answer.id(), question, false);
		});
		return java.util.Objects.requireNonNull(turn);
	}

	private void renameAfter(StoredChat chat, String question) {
		String title = (question.length() > 60) ? question.substring(0, 59) + "…" : question;
		this.store.rename(chat.id(), title);
	}

	/**
	 * Writes the turn's answer and sends it to {@code events} as it goes, or, when an
	 * earlier attempt wrote it (or is writing it), sends what it kept. A client gone
	 * mid-way ({@code events} throws) stops the sending, not the writing.
	 */
	public void answer(Turn turn, Consumer<ChatEvent> events) {
		Sender sender = new Sender(events);
		if (turn.writes()) {
			// written on its own thread and kept as it grows; this one sends what is kept
			Thread.ofVirtual().name("answer-" + turn.answerId()).start(() -> write(turn));
		}
		follow(turn.chatId(), turn.answerId(), 0, 0, 0, sender);
	}

	/**
	 * Sends the owner's answer from after the event {@code lastEventId} on (from the
	 * start when null), following it while it is still being written.
	 * @throws ProblemException {@code chat-not-found}, {@code message-not-found}
	 */
	public void resume(UUID owner, String chatId, String messageId, @Nullable String lastEventId,
			Consumer<ChatEvent> events) {
		StoredChat chat = chat(owner, chatId);
		StoredMessage message = this.store.message(chat.id(), messageId)
			.filter((m) -> m.role() == MessageRole.ADVISOR)
			.orElseThrow(() -> new ProblemException(AdvisorProblems.MESSAGE_NOT_FOUND,
					"No answer of this chat has the id '" + messageId + "'."));
		int tokensSeen = 0;
		int citationsSeen = 0;
		int signalsSeen = 0;
		if (lastEventId != null && lastEventId.startsWith(message.id() + ".")) {
			String after = lastEventId.substring(message.id().length() + 1);
			if (after.startsWith("c")) {
				tokensSeen = Integer.MAX_VALUE;
				citationsSeen = parse(after.substring(1));
			}
			else if (after.startsWith("s")) {
				tokensSeen = Integer.MAX_VALUE;
				citationsSeen = Integer.MAX_VALUE;
				signalsSeen = parse(after.substring(1));
			}
			else if (after.equals("done") || after.equals("error")) {
				return;
			}
			else {
				tokensSeen = parse(after);
			}
		}
		follow(chat.id(), message.id(), tokensSeen, citationsSeen, signalsSeen, new Sender(events));
	}

	private static int parse(String number) {
		try {
			return Math.max(0, Integer.parseInt(number));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** Writes the answer: the writer's reply, kept whole, or the failure, kept. */
	private void write(Turn turn) {
		// the question itself is committed, so it counts towards the profile it is asked
		// with
		List<Question.Exchange> exchanges = exchanges(turn);
		int from = Math.max(0, exchanges.size() - CONTEXT_MESSAGES / 2);
		Question question = new Question(turn.owner(), turn.question(), exchanges.subList(from, exchanges.size()),
				this.profiles.effective(turn.owner()), OlderTurns.summary(exchanges.subList(0, from)));
		try {
			Reply reply = this.writer.write(question,
					(soFar) -> this.store.progress(turn.answerId(), soFar, this.clock.instant()));
			if (reply.usage() != null) {
				this.budget.record(turn.owner(), turn.answerId(), reply.mode(), reply.usage());
			}
			this.store.write(turn.answerId(), MessageStatus.COMPLETE, reply.text(), reply.mode(), reply.language(),
					this.json.writeValueAsString(reply.facts().facts()),
					this.json.writeValueAsString(reply.citations()), this.json.writeValueAsString(reply.signals()),
					this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Answer {} of chat {} broke off: {}", turn.answerId(), turn.chatId(), ex.toString());
			String kept = this.store.message(turn.chatId(), turn.answerId()).map(StoredMessage::content).orElse("");
			this.store.write(turn.answerId(), MessageStatus.INTERRUPTED, kept, null, null, null, null, null,
					this.clock.instant());
		}
	}

	/** The chat's complete exchanges before this turn, oldest first. */
	private List<Question.Exchange> exchanges(Turn turn) {
		List<StoredMessage> messages = this.store.messages(turn.chatId());
		List<Question.Exchange> exchanges = new ArrayList<>();
		String pending = null;
		for (StoredMessage message : messages) {
			if (message.turnId().equals(turn.turnId())) {
				break;
			}
			if (message.role() == MessageRole.USER) {
				pending = message.content();
			}
			else if (pending != null && message.status() == MessageStatus.COMPLETE) {
				exchanges.add(new Question.Exchange(pending, message.content()));
				pending = null;
			}
		}
		return exchanges;
	}

	/**
	 * Sends the stored answer's pieces after {@code tokensSeen} and citations after
	 * {@code citationsSeen}, reading it again while it is being written, then its end.
	 */
	private void follow(String chatId, String messageId, int tokensSeen, int citationsSeen, int signalsSeen,
			Sender sender) {
		int sent = tokensSeen;
		long deadline = System.nanoTime() + ABANDONED.toNanos();
		while (true) {
			StoredMessage message = this.store.message(chatId, messageId).orElseThrow();
			List<String> pieces = AnswerPieces.of(message.content());
			boolean finished = message.status() != MessageStatus.STREAMING;
			// the last piece of an answer still being written may grow: held back
			int ready = finished ? pieces.size() : Math.max(0, pieces.size() - 1);
			for (int n = sent + 1; n <= ready; n++) {
				sender.send(new ChatEvent.Token(messageId, n, pieces.get(n - 1)));
			}
			sent = Math.max(sent, ready);
			if (finished) {
				List<Citation> citations = citations(message);
				for (int k = citationsSeen + 1; k <= citations.size(); k++) {
					sender.send(new ChatEvent.Cited(messageId, k, citations.get(k - 1)));
				}
				List<Signal> signals = signals(message);
				for (int k = signalsSeen + 1; k <= signals.size(); k++) {
					sender.send(new ChatEvent.Signalled(messageId, k, signals.get(k - 1)));
				}
				if (message.status() == MessageStatus.INTERRUPTED) {
					sender.send(new ChatEvent.Failed(messageId, "answer-interrupted",
							"The answer broke off; what was written is kept. Ask again with the same turn id to have it "
									+ "written again."));
				}
				else {
					sender.send(new ChatEvent.Done(messageId, message.status().name(),
							java.util.Objects.requireNonNullElse(message.mode(), ""),
							java.util.Objects.requireNonNullElse(message.language(), "")));
				}
				return;
			}
			if (System.nanoTime() > deadline || sender.gone()) {
				return;
			}
			try {
				Thread.sleep(FOLLOW_EVERY.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Answers abandoned mid-way (their node stopped) are kept as interrupted, so that a
	 * retry of their turn writes them again; looked for whenever a question is asked.
	 */
	private void interruptAbandoned() {
		Instant now = this.clock.instant();
		int ended = this.store.interruptStale(now.minus(ABANDONED), now);
		if (ended > 0) {
			log.info("{} answer(s) left unwritten for {} kept as interrupted", ended, ABANDONED);
		}
	}

	private StoredChat chat(UUID owner, String chatId) {
		return this.store.find(owner, chatId).orElseThrow(() -> notFound(chatId));
	}

	private static ProblemException notFound(String chatId) {
		return new ProblemException(AdvisorProblems.CHAT_NOT_FOUND, "No chat of yours has the id '" + chatId + "'.");
	}

	private List<Citation> citations(StoredMessage message) {
		return (message.citationsJson() != null) ? this.json.readValue(message.citationsJson(), CITATIONS) : List.of();
	}

	private List<Signal> signals(StoredMessage message) {
		return (message.signalsJson() != null) ? this.json.readValue(message.signalsJson(), SIGNALS) : List.of();
	}

	/**
	 * The calls the owner's answer {@code messageId} made: what a shadow portfolio
	 * records.
	 * @throws ProblemException {@code message-not-found} when no answer of the owner's
	 * has the id
	 */
	public List<Signal> signalsOf(UUID owner, String messageId) {
		StoredMessage message = this.store.answerOfOwner(owner, messageId)
			.orElseThrow(() -> new ProblemException(AdvisorProblems.MESSAGE_NOT_FOUND,
					"No answer of yours has the id '" + messageId + "'."));
		return signals(message);
	}

	private static Chat view(StoredChat chat) {
		return new Chat(chat.id(), chat.title(), chat.createdAt(), chat.updatedAt());
	}

	private ChatMessage view(StoredMessage message) {
		List<Fact> facts = (message.factsJson() != null) ? this.json.readValue(message.factsJson(), FACTS) : List.of();
		return new ChatMessage(message.id(), message.turnId(), message.role(), message.status(), message.content(),
				message.mode(), message.language(), citations(message), facts, signals(message), message.createdAt());
	}

	/**
	 * A question committed and its answer's row.
	 *
	 * @param writes whether this attempt writes the answer (or sends what an earlier one
	 * kept)
	 */
	public record Turn(UUID owner, String chatId, String turnId, String answerId, String question, boolean writes) {
	}

	/** Sends events until the client is gone. */
	private static final class Sender {

		private final Consumer<ChatEvent> events;

		private boolean gone;

		Sender(Consumer<ChatEvent> events) {
			this.events = events;
		}

		void send(ChatEvent event) {
			if (this.gone) {
				return;
			}
			try {
				this.events.accept(event);
			}
			catch (RuntimeException ex) {
				this.gone = true;
			}
		}

		boolean gone() {
			return this.gone;
		}

	}

}
