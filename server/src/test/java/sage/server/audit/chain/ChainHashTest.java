package sage.server.audit.chain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import sage.server.audit.AuditRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTest {

	static final AuditRecord FIRST = new AuditRecord(1, Instant.parse("2026-05-01T12:00:00.123456Z"), "system",
			"instrument.created", "instrument", "SPY", null, "{\"symbol\":\"SPY\"}", "127.0.0.1", null, "req-1",
			AuditRecord.GENESIS_HASH, "");

	@Test
	void writesTheDocumentedCanonicalText() {
		assertThat(ChainHash.canonical(FIRST)).isEqualTo("""
				sage-audit-v1
				1:1
				27:2026-05-01T12:00:00.123456Z
				6:system
				18:instrument.created
				10:instrument
				3:SPY
				~
				16:{"symbol":"SPY"}
				9:127.0.0.1
				~
				5:req-1
				64:0000000000000000000000000000000000000000000000000000000000000000
				""");
	}

	@Test
	void hashesTheCanonicalTextWithSha256AsSha256sumDoes() {
		// printf '<the canonical text above>' | sha256sum
		assertThat(ChainHash.of(FIRST)).isEqualTo("7b90a65065bc74d55d473f77aa3837d99a307ac4255cf68e441b29b3afaa5df0");
	}

	@Test
	void ignoresTheRowsOwnStoredHash() {
		assertThat(ChainHash.of(withHash(FIRST, "anything"))).isEqualTo(ChainHash.of(FIRST));
	}

	@Test
	void tellsAnAbsentValueFromAnEmptyOne() {
		AuditRecord empty = new AuditRecord(1, FIRST.occurredAt(), "system", "instrument.created", "instrument", "SPY",
				"", "{\"symbol\":\"SPY\"}", "127.0.0.1", null, "req-1", AuditRecord.GENESIS_HASH, "");
		assertThat(ChainHash.of(empty)).isNotEqualTo(ChainHash.of(FIRST));
	}

	@Test
	void aValueCannotPassForTwoFields() {
		// without the length prefix, "a\n1:b" + "c" and "a" + "b\n1:c" would serialise
		// alike
		AuditRecord one = new AuditRecord(1, FIRST.occurredAt(), "a\n1:b", "c", null, null, null, null, null, null,
				null, AuditRecord.GENESIS_HASH, "");
		AuditRecord other = new AuditRecord(1, FIRST.occurredAt(), "a", "b\n1:c", null, null, null, null, null, null,
				null, AuditRecord.GENESIS_HASH, "");
		assertThat(ChainHash.of(one)).isNotEqualTo(ChainHash.of(other));
	}

	@Test
	void writesTimesWithSixFractionDigitsInUtc() {
		assertThat(ChainHash.timestamp(Instant.parse("2026-05-01T12:00:00Z"))).isEqualTo("2026-05-01T12:00:00.000000Z");
		assertThat(ChainHash.timestamp(Instant.parse("1999-12-31T23:59:59.5Z")))
			.isEqualTo("1999-12-31T23:59:59.500000Z");
	}

	static AuditRecord withHash(AuditRecord row, String hash) {
		return new AuditRecord(row.seq(), row.occurredAt(), row.actor(), row.action(), row.entityType(), row.entityId(),
				row.oldValue(), row.newValue(), row.ip(), row.userAgent(), row.requestId(), row.prevHash(), hash);
	}

}
