package sage.server.advisor;

/** Writes the advisor's grounded answer to a question. */
public interface AnswerWriter {

	/**
	 * The answer to {@code question}, every number in it grounded in its facts.
	 * @throws RuntimeException when it could not be written (the chat keeps the answer as
	 * interrupted and says so)
	 */
	Reply write(Question question);

}
