package sage.server.advisor;

import org.springframework.http.HttpStatus;

import sage.server.platform.ProblemType;

/** The advisor's problem types, each with its stable code (see docs/errors.md). */
public final class AdvisorProblems {

	/** No chat of the caller's has the id. */
	public static final ProblemType CHAT_NOT_FOUND = new ProblemType("chat-not-found", HttpStatus.NOT_FOUND,
			"No such chat");

	/** No message of the chat has the id. */
	public static final ProblemType MESSAGE_NOT_FOUND = new ProblemType("message-not-found", HttpStatus.NOT_FOUND,
			"No such message");

	/** A turn id already asked another question in the chat. */
	public static final ProblemType TURN_REUSED = new ProblemType("turn-reused", HttpStatus.UNPROCESSABLE_CONTENT,
			"Turn id used for another question");

	/** No brief has been written yet (for the asset asked about). */
	public static final ProblemType BRIEF_NOT_FOUND = new ProblemType("brief-not-found", HttpStatus.NOT_FOUND,
			"No brief yet");

	/** The answer makes no call on the symbol. */
	public static final ProblemType SIGNAL_NOT_FOUND = new ProblemType("signal-not-found", HttpStatus.NOT_FOUND,
			"No such call");

	/** No call of the caller's shadow portfolio has the id. */
	public static final ProblemType CALL_NOT_FOUND = new ProblemType("call-not-found", HttpStatus.NOT_FOUND,
			"No such call in your shadow portfolio");

	/** The shadow portfolio holds as many calls as it may. */
	public static final ProblemType SHADOW_PORTFOLIO_FULL = new ProblemType("shadow-portfolio-full",
			HttpStatus.UNPROCESSABLE_CONTENT, "Shadow portfolio full");

	/** The user spent this month's language model tokens. */
	public static final ProblemType TOKEN_BUDGET_EXHAUSTED = new ProblemType("token-budget-exhausted",
			HttpStatus.TOO_MANY_REQUESTS, "Monthly token budget spent");

	private AdvisorProblems() {
	}

}
