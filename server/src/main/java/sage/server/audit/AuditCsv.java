package sage.server.audit;

import org.jspecify.annotations.Nullable;

import sage.server.audit.chain.ChainHash;

/**
 * Audit rows as CSV (RFC 4180): one row per line under a header that names the columns as
 * in the table, time in ISO-8601 UTC with six fraction digits (as hashed). A field with a
 * comma, quote or line break is quoted. A field that a spreadsheet would run as a formula
 * (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return;
 * user agents and values are the client's to fill) gets a leading {@code '}, so such a
 * cell must have it removed before its row's hash is recomputed.
 */
final class AuditCsv {

	static final String MEDIA_TYPE = "text/csv";

	static final String HEADER = "seq,occurred_at,actor,action,entity_type,entity_id,old_value,new_value,ip,"
			+ "user_agent,request_id,prev_hash,hash\n";

	private AuditCsv() {
	}

	static String line(AuditRecord row) {
		StringBuilder line = new StringBuilder(256);
		line.append(row.seq()).append(',').append(ChainHash.timestamp(row.occurredAt())).append(',');
		for (String field : new String[] { row.actor(), row.action(), row.entityType(), row.entityId(), row.oldValue(),
				row.newValue(), row.ip(), row.userAgent(), row.requestId() }) {
			line.append(cell(field)).append(',');
		}
		return line.append(row.prevHash()).append(',').append(row.hash()).append('\n').toString();
	}

	static String cell(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
