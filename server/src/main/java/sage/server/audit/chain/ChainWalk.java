package sage.server.audit.chain;

import org.jspecify.annotations.Nullable;

import sage.server.audit.AuditRecord;
import sage.server.audit.BrokenLink;
import sage.server.audit.BrokenLink.Kind;
import sage.server.audit.ChainVerification;

/**
 * Checks audit rows in seq order, one at a time, so a log of any length is verified in
 * constant memory. Each row must follow the previous one without a gap, hash to its
 * stored hash, and name the previous row's hash; at the end, the log must end where the
 * head says. The walk stops at the first broken link.
 */
public final class ChainWalk {

	private long expectedSeq = 1;

	private String previousHash = AuditRecord.GENESIS_HASH;

	private long checked;

	private @Nullable BrokenLink broken;

	/**
	 * Checks the next row.
	 * @return whether to go on: false once a link is broken
	 */
	public boolean accept(AuditRecord row) {
		if (this.broken != null) {
			return false;
		}
		if (row.seq() != this.expectedSeq) {
			return fail(new BrokenLink(this.expectedSeq, Kind.SEQ_GAP, Long.toString(this.expectedSeq),
					Long.toString(row.seq())));
		}
		String hash = ChainHash.of(row);
		if (!hash.equals(row.hash())) {
			return fail(new BrokenLink(row.seq(), Kind.ROW_ALTERED, hash, row.hash()));
		}
		if (!row.prevHash().equals(this.previousHash)) {
			return fail(new BrokenLink(row.seq(), Kind.PREVIOUS_HASH_MISMATCH, this.previousHash, row.prevHash()));
		}
		this.checked++;
		this.expectedSeq++;
		this.previousHash = row.hash();
		return true;
	}

	/**
	 * The outcome, once every row has been offered.
	 * @param headSeq the seq the head names as the last
	 * @param headHash the hash the head names as the last
	 */
	public ChainVerification finish(long headSeq, String headHash) {
		long lastSeq = this.expectedSeq - 1;
		if (this.broken == null && (headSeq != lastSeq || !headHash.equals(this.previousHash))) {
			this.broken = new BrokenLink(headSeq, Kind.HEAD_MISMATCH, "seq " + headSeq + " hash " + headHash,
					"seq " + lastSeq + " hash " + this.previousHash);
		}
		return new ChainVerification(this.checked, lastSeq, this.broken);
	}

	private boolean fail(BrokenLink link) {
		this.broken = link;
		return false;
	}

}
