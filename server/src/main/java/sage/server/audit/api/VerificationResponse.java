package sage.server.audit.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.audit.BrokenLink;
import sage.server.audit.ChainVerification;

/** The outcome of verifying the audit chain. */
@Schema(name = "AuditVerification", description = "Whether the audit chain holds, and where it first breaks if not")
record VerificationResponse(@Schema(example = "true") boolean intact,
		@Schema(example = "1042", description = "Rows that held before the first broken link") long rowsChecked,
		@Schema(example = "1042", description = "Seq of the last row that held; 0 when none did") long lastSeq,
		@Schema(description = "Where the chain first breaks; absent when intact") @Nullable BrokenLinkResponse firstBroken) {

	static VerificationResponse of(ChainVerification verification) {
		BrokenLink broken = verification.firstBroken();
		return new VerificationResponse(verification.intact(), verification.rowsChecked(), verification.lastSeq(),
				(broken != null) ? BrokenLinkResponse.of(broken) : null);
	}

	@Schema(name = "AuditBrokenLink", description = "The first place where the audit chain does not hold")
	record BrokenLinkResponse(@Schema(example = "17", description = "The row where it breaks") long seq,
			@Schema(example = "ROW_ALTERED", allowableValues = {
					"SEQ_GAP", "ROW_ALTERED", "PREVIOUS_HASH_MISMATCH", "HEAD_MISMATCH" },
					description = "SEQ_GAP: rows missing or renumbered; ROW_ALTERED: the row's contents changed; "
							+ "PREVIOUS_HASH_MISMATCH: the link to the previous row changed; HEAD_MISMATCH: rows "
							+ "were cut off the end") String kind,
			@Schema(example = "seq 17: the row was changed: its contents hash to 1b4f..., but it stores 60303a...",
					description = "What is wrong, for a person") String detail,
			@Schema(description = "What the chain says should be there") @Nullable String expected,
			@Schema(description = "What is there") @Nullable String found){

		static BrokenLinkResponse of(BrokenLink link) {
			return new BrokenLinkResponse(link.seq(), link.kind().name(), link.describe(), link.expected(),
					link.found());
		}

	}

}
