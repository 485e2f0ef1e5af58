package sage.server.trading;

/** Where a bot stands. */
public enum BotState {

	/** Created, never started. */
	NEW,
	/** Trading: a node runs it. */
	RUNNING,
	/** Not trading for now; its orders keep working at the venue. Start resumes it. */
	PAUSED,
	/**
	 * Stopped for good, by its owner, a kill switch or a risk limit; orders cancelled.
	 */
	STOPPED,
	/** The replay reached the last stored bar; orders cancelled. */
	FINISHED,
	/**
	 * It could not go on (reconciliation found what it cannot explain, or an error); it
	 * says why. It does not trade again.
	 */
	FAILED;

	/** Whether the bot can never trade again. */
	public boolean isFinal() {
		return this == STOPPED || this == FINISHED || this == FAILED;
	}

}
