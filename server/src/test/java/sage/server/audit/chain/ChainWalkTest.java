package sage.server.audit.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.server.audit.AuditRecord;
import sage.server.audit.BrokenLink;
import sage.server.audit.BrokenLink.Kind;
import sage.server.audit.ChainVerification;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkTest {

	@Test
	void anEmptyLogIsIntact() {
		ChainVerification result = new ChainWalk().finish(0, AuditRecord.GENESIS_HASH);
		assertThat(result.intact()).isTrue();
		assertThat(result.rowsChecked()).isZero();
	}

	@Test
	void aChainAsAppendedIsIntact() {
		List<AuditRecord> rows = chain(5);
		ChainVerification result = walk(rows, 5, rows.get(4).hash());
		assertThat(result.intact()).isTrue();
		assertThat(result.rowsChecked()).isEqualTo(5);
		assertThat(result.lastSeq()).isEqualTo(5);
	}

	@Test
	void aChangedRowBreaksAtThatRow() {
		List<AuditRecord> rows = chain(5);
		AuditRecord third = rows.get(2);
		rows.set(2,
				new AuditRecord(3, third.occurredAt(), "mallory", third.action(), third.entityType(), third.entityId(),
						third.oldValue(), third.newValue(), third.ip(), third.userAgent(), third.requestId(),
						third.prevHash(), third.hash()));

		ChainVerification result = walk(rows, 5, rows.get(4).hash());

		assertThat(result.intact()).isFalse();
		assertThat(result.rowsChecked()).isEqualTo(2);
		BrokenLink broken = result.firstBroken();
		assertThat(broken.seq()).isEqualTo(3);
		assertThat(broken.kind()).isEqualTo(Kind.ROW_ALTERED);
		assertThat(broken.found()).isEqualTo(third.hash());
		assertThat(broken.describe()).startsWith("seq 3: the row was changed");
	}

	@Test
	void aChangedAndRehashedRowBreaksTheLinkOfTheNextRow() {
		List<AuditRecord> rows = chain(5);
		AuditRecord third = rows.get(2);
		AuditRecord forged = new AuditRecord(3, third.occurredAt(), "mallory", third.action(), third.entityType(),
				third.entityId(), third.oldValue(), third.newValue(), third.ip(), third.userAgent(), third.requestId(),
				third.prevHash(), "");
		rows.set(2, ChainHashTest.withHash(forged, ChainHash.of(forged)));

		BrokenLink broken = walk(rows, 5, rows.get(4).hash()).firstBroken();

		assertThat(broken.seq()).isEqualTo(4);
		assertThat(broken.kind()).isEqualTo(Kind.PREVIOUS_HASH_MISMATCH);
		assertThat(broken.expected()).isEqualTo(rows.get(2).hash());
		assertThat(broken.found()).isEqualTo(third.hash());
	}

	@Test
	void aRemovedRowIsAGap() {
		List<AuditRecord> rows = chain(5);
		rows.remove(1);

		BrokenLink broken = walk(rows, 5, rows.get(3).hash()).firstBroken();

		assertThat(broken.seq()).isEqualTo(2);
		assertThat(broken.kind()).isEqualTo(Kind.SEQ_GAP);
		assertThat(broken.found()).isEqualTo("3");
	}

	@Test
	void rowsCutOffTheEndDisagreeWithTheHead() {
		List<AuditRecord> rows = chain(5);
		String headHash = rows.get(4).hash();
		rows.subList(3, 5).clear();

		ChainVerification result = walk(rows, 5, headHash);

		assertThat(result.rowsChecked()).isEqualTo(3);
		assertThat(result.firstBroken().kind()).isEqualTo(Kind.HEAD_MISMATCH);
		assertThat(result.firstBroken().seq()).isEqualTo(5);
	}

	@Test
	void stopsAtTheFirstBrokenLink() {
		List<AuditRecord> rows = chain(5);
		rows.remove(1);
		ChainWalk walk = new ChainWalk();
		assertThat(walk.accept(rows.get(0))).isTrue();
		assertThat(walk.accept(rows.get(1))).isFalse();
		assertThat(walk.accept(rows.get(2))).isFalse();
		assertThat(walk.finish(5, rows.get(3).hash()).firstBroken().seq()).isEqualTo(2);
	}

	static List<AuditRecord> chain(int length) {
		List<AuditRecord> rows = new ArrayList<>();
		String previous = AuditRecord.GENESIS_HASH;
		for (int seq = 1; seq <= length; seq++) {
			AuditRecord row = new AuditRecord(seq, Instant.parse("2026-05-01T12:00:00Z").plusSeconds(seq),
					"user-" + seq, "thing.changed", "thing", Integer.toString(seq), "{\"n\":" + (seq - 1) + "}",
					"{\"n\":" + seq + "}", null, null, null, previous, "");
			row = ChainHashTest.withHash(row, ChainHash.of(row));
			rows.add(row);
			previous = row.hash();
		}
		return rows;
	}

	private static ChainVerification walk(List<AuditRecord> rows, long headSeq, String headHash) {
		ChainWalk walk = new ChainWalk();
		for (AuditRecord row : rows) {
			if (!walk.accept(row)) {
				break;
			}
		}
		return walk.finish(headSeq, headHash);
	}

}
