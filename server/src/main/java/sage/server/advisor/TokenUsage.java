package sage.server.advisor;

/**
 * The tokens a language model spent on one answer.
 *
 * @param promptTokens the prompt's (persona, facts sheet, earlier exchanges, question)
 * @param completionTokens the answer's
 * @param estimated whether the model's server did not report them and they were estimated
 * from the text (four characters a token), so that a server that reports nothing cannot
 * slip past a budget
 */
public record TokenUsage(int promptTokens, int completionTokens, boolean estimated) {

	public TokenUsage {
		if (promptTokens < 0 || completionTokens < 0) {
			throw new IllegalArgumentException("token counts cannot be negative");
		}
	}

	/** An estimate from the characters sent and received. */
	public static TokenUsage estimate(int promptCharacters, int completionCharacters) {
		return new TokenUsage(Math.ceilDiv(promptCharacters, 4), Math.ceilDiv(completionCharacters, 4), true);
	}

	/** Both counts together. */
	public int total() {
		return this.promptTokens + this.completionTokens;
	}

}
