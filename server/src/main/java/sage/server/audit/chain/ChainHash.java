package sage.server.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import sage.server.audit.AuditRecord;

/**
 * The hash that chains audit rows: SHA-256, in lower-case hex, over this canonical text
 * (UTF-8):
 *
 * <pre>
 * sage-audit-v1
 * seq
 * occurred_at
 * actor
 * action
 * entity_type
 * entity_id
 * old_value
 * new_value
 * ip
 * user_agent
 * request_id
 * prev_hash
 * </pre>
 *
 * one field per line, in this order. Each field is written as {@code <n>:<value>}, where
 * {@code n} is the value's length in UTF-8 bytes, or as {@code ~} when it is absent (SQL
 * {@code NULL}); the length prefix keeps a value that contains a newline or a colon from
 * being read as two fields. {@code seq} is a decimal number, {@code occurred_at} is UTC
 * with exactly six fraction digits ({@code 2026-05-01T12:00:00.123456Z}), the JSON values
 * are the stored text, byte for byte. Lines end with {@code \n}, the last one too.
 *
 * <p>
 * Anyone can recompute a row's hash from an export with this description alone; any
 * change to a field, to the order of rows or to their number changes a hash.
 */
public final class ChainHash {

	/** The first line; a new serialisation would get a new version. */
	static final String VERSION = "sage-audit-v1";

	private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private ChainHash() {
	}

	/** The hash of {@code row}; its own {@code hash} field is not part of it. */
	public static String of(AuditRecord row) {
		return sha256(canonical(row));
	}

	/** The text that is hashed, as described above. */
	static String canonical(AuditRecord row) {
		StringBuilder text = new StringBuilder(256).append(VERSION).append('\n');
		field(text, Long.toString(row.seq()));
		field(text, timestamp(row.occurredAt()));
		field(text, row.actor());
		field(text, row.action());
		field(text, row.entityType());
		field(text, row.entityId());
		field(text, row.oldValue());
		field(text, row.newValue());
		field(text, row.ip());
		field(text, row.userAgent());
		field(text, row.requestId());
		field(text, row.prevHash());
		return text.toString();
	}

	/**
	 * How {@code occurred_at} is written in the canonical text (and in exports): UTC with
	 * six fraction digits.
	 */
	public static String timestamp(Instant at) {
		return MICROS.format(at);
	}

	private static void field(StringBuilder text, @Nullable String value) {
		if (value == null) {
			text.append("~\n");
			return;
		}
		text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java runtime must provide SHA-256
			throw new IllegalStateException(ex);
		}
	}

}
