package sage.server.audit;

import org.jspecify.annotations.Nullable;

/**
 * The first place where the audit chain does not hold.
 *
 * @param seq the row where it breaks (for {@link Kind#HEAD_MISMATCH}, the seq the head
 * names)
 * @param kind what is wrong
 * @param expected what the chain says should be there
 * @param found what is there
 */
public record BrokenLink(long seq, Kind kind, @Nullable String expected, @Nullable String found) {

	/** The ways a chain breaks. */
	public enum Kind {

		/** Rows are missing before this one, or it has been renumbered. */
		SEQ_GAP("rows are missing or renumbered: expected seq %s, found seq %s"),

		/** The row's contents no longer hash to its stored hash: the row was changed. */
		ROW_ALTERED("the row was changed: its contents hash to %s, but it stores %s"),

		/**
		 * The row does not point at the previous row's hash: the previous row was changed
		 * and re-hashed, or a row was inserted or removed.
		 */
		PREVIOUS_HASH_MISMATCH("the link to the previous row is broken: expected prev_hash %s, found %s"),

		/**
		 * The log ends elsewhere than its head says: rows were removed from the end (or
		 * the head was changed).
		 */
		HEAD_MISMATCH("the log does not end where its head says: head %s, log %s");

		private final String template;

		Kind(String template) {
			this.template = template;
		}

	}

	/** One line for a person: what is wrong, with the values. */
	public String describe() {
		return "seq " + this.seq + ": " + String.format(this.kind.template, this.expected, this.found);
	}

}
