package sage.server.identity.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity_one_time_token} table: hashes of emailed tokens, never tokens. */
@Repository
class OneTimeTokenStore {

	private static final String COLUMNS = "token_hash, user_id, purpose, created_at, expires_at, used_at";

	private final JdbcClient jdbc;

	OneTimeTokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a token. */
	void insert(OneTimeToken token) {
		this.jdbc
			.sql("insert into identity_one_time_token (" + COLUMNS
					+ ") values (:hash, :owner, :purpose, :created, :expires, null)")
			.param("hash", token.hash())
			.param("owner", token.accountId().toString())
			.param("purpose", token.purpose().name())
			.param("created", utc(token.createdAt()))
			.param("expires", utc(token.expiresAt()))
			.update();
	}

	/** The token with this hash and purpose, used or not. */
	Optional<OneTimeToken> find(String hash, TokenPurpose purpose) {
		return this.jdbc
			.sql("select " + COLUMNS + " from identity_one_time_token where token_hash = :hash and purpose = :purpose")
			.param("hash", hash)
			.param("purpose", purpose.name())
			.query(OneTimeTokenStore::row)
			.optional();
	}

	/**
	 * Marks the token used, unless it was used meanwhile.
	 * @return whether this call used it (only one concurrent caller does)
	 */
	boolean markUsed(String hash, Instant now) {
		return this.jdbc
			.sql("update identity_one_time_token set used_at = :now where token_hash = :hash and used_at is null")
			.param("now", utc(now))
			.param("hash", hash)
			.update() == 1;
	}

	/** Voids the account's unused tokens of one purpose (a newer one replaces them). */
	int voidUnused(UUID accountId, TokenPurpose purpose, Instant now) {
		return this.jdbc
			.sql("update identity_one_time_token set used_at = :now where user_id = :owner and purpose = :purpose "
					+ "and used_at is null")
			.param("now", utc(now))
			.param("owner", accountId.toString())
			.param("purpose", purpose.name())
			.update();
	}

	/** Deletes tokens that expired before {@code cutoff}: they can never work again. */
	int deleteExpiredBefore(Instant cutoff) {
		return this.jdbc.sql("delete from identity_one_time_token where expires_at < :cutoff")
			.param("cutoff", utc(cutoff))
			.update();
	}

	private static OneTimeToken row(ResultSet rs, int row) throws SQLException {
		OffsetDateTime used = rs.getObject("used_at", OffsetDateTime.class);
		return new OneTimeToken(rs.getString("token_hash"), UUID.fromString(rs.getString("user_id")),
				TokenPurpose.valueOf(rs.getString("purpose")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant(), (used != null) ? used.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
