package sage.server.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain from its first row.
 *
 * @param rowsChecked rows that held before the first broken link (all rows when intact)
 * @param lastSeq the seq of the last row checked, 0 when none was
 * @param firstBroken where the chain first breaks; absent when it is intact
 */
public record ChainVerification(long rowsChecked, long lastSeq, @Nullable BrokenLink firstBroken) {

	/** Whether every row and the head hold. */
	public boolean intact() {
		return this.firstBroken == null;
	}

}
