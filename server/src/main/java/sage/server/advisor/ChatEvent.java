package sage.server.advisor;

/**
 * What an answer's stream sends, in order: its text piece by piece ({@code token}), then
 * where each number comes from ({@code citation}), then the calls it makes
 * ({@code signal}), then its end ({@code done}) or why it broke off ({@code error}).
 * Every event has an id ({@code <message id>.<n>}), so that a client that lost the stream
 * resumes after the last one it saw.
 */
public sealed interface ChatEvent {

	/** The event's name on the stream. */
	String name();

	/** The event's id, unique within the answer, in stream order. */
	String id();

	/** The n-th piece of the answer's text (from 1): a word and the space after it. */
	record Token(String messageId, int n, String text) implements ChatEvent {

		@Override
		public String name() {
			return "token";
		}

		@Override
		public String id() {
			return this.messageId + "." + this.n;
		}

	}

	/** Where the k-th number of the answer comes from (from 1). */
	record Cited(String messageId, int k, Citation citation) implements ChatEvent {

		@Override
		public String name() {
			return "citation";
		}

		@Override
		public String id() {
			return this.messageId + ".c" + this.k;
		}

	}

	/**
	 * The k-th call the answer makes (from 1), which can be added to a shadow portfolio.
	 */
	record Signalled(String messageId, int k, Signal signal) implements ChatEvent {

		@Override
		public String name() {
			return "signal";
		}

		@Override
		public String id() {
			return this.messageId + ".s" + this.k;
		}

	}

	/** The answer is complete (or was interrupted and is kept as far as it got). */
	record Done(String messageId, String status, String mode, String language) implements ChatEvent {

		@Override
		public String name() {
			return "done";
		}

		@Override
		public String id() {
			return this.messageId + ".done";
		}

	}

	/** Writing the answer broke off; what was written is kept as interrupted. */
	record Failed(String messageId, String code, String detail) implements ChatEvent {

		@Override
		public String name() {
			return "error";
		}

		@Override
		public String id() {
			return this.messageId + ".error";
		}

	}

}
