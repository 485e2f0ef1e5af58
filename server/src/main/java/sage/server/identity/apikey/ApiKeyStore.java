package sage.server.identity.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.identity.Scope;

/** The {@code identity_api_key} table. */
@Repository
public class ApiKeyStore {

	private static final String COLUMNS = "id, user_id, name, scopes, secret_hash, created_at, expires_at, "
			+ "rotated_at, last_used_at";

	private final JdbcClient jdbc;

	public ApiKeyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a key. */
	public void insert(StoredApiKey key) {
		this.jdbc
			.sql("insert into identity_api_key (" + COLUMNS + ") values (:id, :owner, :name, :scopes, :hash, "
					+ ":created, :expires, null, null)")
			.param("id", key.id().toString())
			.param("owner", key.owner().toString())
			.param("name", key.name())
			.param("scopes", Scope.join(key.scopes()))
			.param("hash", key.secretHash())
			.param("created", key.createdAt().atOffset(ZoneOffset.UTC))
			.param("expires", utc(key.expiresAt()))
			.update();
	}

	/** The owner's keys, oldest first. */
	public List<StoredApiKey> all(UUID owner) {
		return this.jdbc
			.sql("select " + COLUMNS + " from identity_api_key where user_id = :owner order by created_at, id")
			.param("owner", owner.toString())
			.query(ApiKeyStore::row)
			.list();
	}

	/** How many keys the owner has. */
	public long count(UUID owner) {
		return this.jdbc.sql("select count(*) from identity_api_key where user_id = :owner")
			.param("owner", owner.toString())
			.query(Long.class)
			.single();
	}

	/** A key by id, whoever owns it (authentication looks keys up this way). */
	public Optional<StoredApiKey> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from identity_api_key where id = :id")
			.param("id", id.toString())
			.query(ApiKeyStore::row)
			.optional();
	}

	/** One of the owner's keys. */
	public Optional<StoredApiKey> find(UUID owner, UUID id) {
		return find(id).filter((key) -> key.owner().equals(owner));
	}

	/**
	 * Replaces the secret of one of the owner's keys; false if they have none with this
	 * id.
	 */
	public boolean replaceSecret(UUID owner, UUID id, String secretHash, Instant at) {
		return this.jdbc.sql(
				"update identity_api_key set secret_hash = :hash, rotated_at = :at where id = :id and user_id = :owner")
			.param("hash", secretHash)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id.toString())
			.param("owner", owner.toString())
			.update() > 0;
	}

	/**
	 * Notes a use, unless one was noted after {@code notBefore}: a busy key writes at
	 * most once a minute rather than on every request.
	 */
	public void markUsed(UUID id, Instant at, Instant notBefore) {
		this.jdbc
			.sql("update identity_api_key set last_used_at = :at where id = :id "
					+ "and (last_used_at is null or last_used_at < :notBefore)")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("notBefore", notBefore.atOffset(ZoneOffset.UTC))
			.param("id", id.toString())
			.update();
	}

	/** Deletes one of the owner's keys; false if they have none with this id. */
	public boolean delete(UUID owner, UUID id) {
		return this.jdbc.sql("delete from identity_api_key where id = :id and user_id = :owner")
			.param("id", id.toString())
			.param("owner", owner.toString())
			.update() > 0;
	}

	/** Adds a refresh token (its hash) for a key. */
	public void insertRefreshToken(String tokenHash, UUID keyId, Instant createdAt, Instant expiresAt) {
		this.jdbc
			.sql("insert into identity_refresh_token (token_hash, key_id, created_at, expires_at) "
					+ "values (:hash, :key, :created, :expires)")
			.param("hash", tokenHash)
			.param("key", keyId.toString())
			.param("created", createdAt.atOffset(ZoneOffset.UTC))
			.param("expires", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Uses up a refresh token: deletes it and answers its key, unless it was unknown,
	 * used already or expired at {@code now}. The delete decides, so two concurrent
	 * refreshes with one token cannot both win.
	 */
	public Optional<UUID> takeRefreshToken(String tokenHash, Instant now) {
		Optional<UUID> key = this.jdbc
			.sql("select key_id from identity_refresh_token where token_hash = :hash and expires_at > :now")
			.param("hash", tokenHash)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(String.class)
			.optional()
			.map(UUID::fromString);
		boolean taken = this.jdbc.sql("delete from identity_refresh_token where token_hash = :hash")
			.param("hash", tokenHash)
			.update() > 0;
		return taken ? key : Optional.empty();
	}

	/** Deletes every refresh token of a key. */
	public void deleteRefreshTokens(UUID keyId) {
		this.jdbc.sql("delete from identity_refresh_token where key_id = :key").param("key", keyId.toString()).update();
	}

	private static StoredApiKey row(ResultSet rs, int row) throws SQLException {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		Arrays.stream(rs.getString("scopes").split(","))
			.map(Scope::parse)
			.flatMap(Optional::stream)
			.forEach(scopes::add);
		return new StoredApiKey(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("user_id")),
				rs.getString("name"), Set.copyOf(scopes), rs.getString("secret_hash"), instant(rs, "created_at"),
				instant(rs, "expires_at"), instant(rs, "rotated_at"), instant(rs, "last_used_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
