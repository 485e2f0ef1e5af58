package sage.server.identity.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.identity.SecretKind;

/**
 * The {@code identity_secret} table. Every read and write of a user's secret names the
 * owner, so an id of another user's secret finds nothing.
 */
@Repository
public class SecretStore {

	private static final String COLUMNS = "id, user_id, kind, label, last4, kek_id, wrapped_key, ciphertext, "
			+ "created_at, last_used_at";

	private final JdbcClient jdbc;

	public SecretStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a secret. */
	public void insert(StoredSecret secret) {
		this.jdbc
			.sql("insert into identity_secret (" + COLUMNS + ") values (:id, :owner, :kind, :label, :last4, "
					+ ":kek, :wrapped, :ciphertext, :created, null)")
			.param("id", secret.id().toString())
			.param("owner", secret.owner().toString())
			.param("kind", secret.kind().name())
			.param("label", secret.label())
			.param("last4", secret.last4())
			.param("kek", secret.sealed().kekId())
			.param("wrapped", encode(secret.sealed().wrappedKey()))
			.param("ciphertext", encode(secret.sealed().ciphertext()))
			.param("created", secret.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The owner's secrets, oldest first. */
	public List<StoredSecret> all(UUID owner) {
		return this.jdbc
			.sql("select " + COLUMNS + " from identity_secret where user_id = :owner order by created_at, id")
			.param("owner", owner.toString())
			.query(SecretStore::row)
			.list();
	}

	/** How many secrets the owner has. */
	public long count(UUID owner) {
		return this.jdbc.sql("select count(*) from identity_secret where user_id = :owner")
			.param("owner", owner.toString())
			.query(Long.class)
			.single();
	}

	/** One of the owner's secrets. */
	public Optional<StoredSecret> find(UUID owner, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from identity_secret where id = :id and user_id = :owner")
			.param("id", id.toString())
			.param("owner", owner.toString())
			.query(SecretStore::row)
			.optional();
	}

	/** Notes that a module used the secret. */
	public void markUsed(UUID id, Instant at) {
		this.jdbc.sql("update identity_secret set last_used_at = :at where id = :id")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id.toString())
			.update();
	}

	/** Deletes one of the owner's secrets; false if they have none with this id. */
	public boolean delete(UUID owner, UUID id) {
		return this.jdbc.sql("delete from identity_secret where id = :id and user_id = :owner")
			.param("id", id.toString())
			.param("owner", owner.toString())
			.update() > 0;
	}

	/**
	 * Up to {@code limit} secrets whose data key is wrapped by another KEK than this one.
	 */
	public List<StoredSecret> wrappedByOtherThan(String kekId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from identity_secret where kek_id <> :kek order by id fetch first " + limit
					+ " rows only")
			.param("kek", kekId)
			.query(SecretStore::row)
			.list();
	}

	/**
	 * Replaces a data key's wrapping, unless another node re-wrapped it first (then the
	 * row no longer names the old KEK and is left alone).
	 */
	public boolean rewrap(UUID id, String fromKekId, Sealed sealed) {
		return this.jdbc
			.sql("update identity_secret set kek_id = :kek, wrapped_key = :wrapped where id = :id and kek_id = :from")
			.param("kek", sealed.kekId())
			.param("wrapped", encode(sealed.wrappedKey()))
			.param("id", id.toString())
			.param("from", fromKekId)
			.update() > 0;
	}

	private static StoredSecret row(ResultSet rs, int row) throws SQLException {
		Sealed sealed = new Sealed(rs.getString("kek_id"), decode(rs.getString("wrapped_key")),
				decode(rs.getString("ciphertext")));
		return new StoredSecret(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("user_id")),
				SecretKind.valueOf(rs.getString("kind")), rs.getString("label"), rs.getString("last4"), sealed,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), lastUsed(rs));
	}

	private static @Nullable Instant lastUsed(ResultSet rs) throws SQLException {
		OffsetDateTime value = rs.getObject("last_used_at", OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static String encode(byte[] bytes) {
		return Base64.getEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] decode(String text) {
		return Base64.getDecoder().decode(text);
	}

}
