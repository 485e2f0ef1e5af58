package sage.server.advisor;

import java.util.function.Consumer;

/** Writes the advisor's grounded answer to a question. */
public interface AnswerWriter {

	/**
	 * The answer to {@code question}, every number in it grounded in its facts.
	 * @param progress told the answer's grounded text so far, each time it grows (a
	 * writer that has it all at once need not call it): what the chat keeps and streams
	 * while the answer is written; it only ever grows
	 * @throws RuntimeException when it could not be written (the chat keeps what
	 * {@code progress} was last told as an interrupted answer, and says so)
	 */
	Reply write(Question question, Consumer<String> progress);

	/**
	 * Whether its answers are written by a language model, which spends tokens (and so
	 * counts against the user's monthly budget); the offline advisor spends none.
	 */
	default boolean spendsTokens() {
		return false;
	}

}
