package sage.server.identity.twofactor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.identity.crypto.IdentityKeys;

/**
 * The {@code identity_two_factor} and {@code identity_recovery_code} tables. The TOTP
 * secret is encrypted with the personal-data cipher, bound to its row; recovery codes are
 * stored as SHA-256 only.
 */
@Repository
class TwoFactorStore {

	private final JdbcClient jdbc;

	private final IdentityKeys keys;

	TwoFactorStore(JdbcClient jdbc, IdentityKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * An account's TOTP enrolment.
	 *
	 * @param secret the shared secret, decrypted
	 * @param enabledAt when the first code confirmed it, or null while set-up waits
	 * @param lastUsedStep the last step a code was accepted for
	 */
	record Enrolment(byte[] secret, @Nullable Instant enabledAt, long lastUsedStep) {

		boolean enabled() {
			return this.enabledAt != null;
		}

		@Override
		public String toString() {
			return "Enrolment[enabledAt=" + this.enabledAt + "]";
		}

	}

	Optional<Enrolment> find(UUID accountId) {
		return this.jdbc
			.sql("select secret_cipher, enabled_at, last_used_step from identity_two_factor where user_id = :id")
			.param("id", accountId.toString())
			.query((rs, row) -> {
				OffsetDateTime enabledAt = rs.getObject("enabled_at", OffsetDateTime.class);
				byte[] secret = Base32
					.decode(this.keys.cipher().decrypt(rs.getString("secret_cipher"), context(accountId)));
				return new Enrolment(secret, (enabledAt != null) ? enabledAt.toInstant() : null,
						rs.getLong("last_used_step"));
			})
			.optional();
	}

	/** Starts set-up anew: a fresh secret, not yet enabled, no recovery codes. */
	void replacePending(UUID accountId, byte[] secret, Instant now) {
		this.jdbc.sql("delete from identity_recovery_code where user_id = :id")
			.param("id", accountId.toString())
			.update();
		this.jdbc.sql("delete from identity_two_factor where user_id = :id").param("id", accountId.toString()).update();
		this.jdbc
			.sql("insert into identity_two_factor (user_id, secret_cipher, created_at, enabled_at, last_used_step) "
					+ "values (:id, :secret, :now, null, -1)")
			.param("id", accountId.toString())
			.param("secret", this.keys.cipher().encrypt(Base32.encode(secret), context(accountId)))
			.param("now", timestamp(now))
			.update();
	}

	/**
	 * Records that a code for {@code step} was accepted, unless one for it or a later
	 * step was already: the compare-and-set makes two requests with the same code race to
	 * one winner.
	 * @return whether this use won
	 */
	boolean useStep(UUID accountId, long step) {
		return this.jdbc
			.sql("update identity_two_factor set last_used_step = :step where user_id = :id and last_used_step < :step")
			.param("step", step)
			.param("id", accountId.toString())
			.update() == 1;
	}

	void enable(UUID accountId, Instant now, List<String> recoveryCodeHashes) {
		this.jdbc.sql("update identity_two_factor set enabled_at = :now where user_id = :id")
			.param("now", timestamp(now))
			.param("id", accountId.toString())
			.update();
		for (String hash : recoveryCodeHashes) {
			this.jdbc.sql("insert into identity_recovery_code (user_id, code_hash, used_at) values (:id, :hash, null)")
				.param("id", accountId.toString())
				.param("hash", hash)
				.update();
		}
	}

	/**
	 * Marks an unused recovery code used.
	 * @return whether it was there and unused
	 */
	boolean useRecoveryCode(UUID accountId, String hash, Instant now) {
		return this.jdbc
			.sql("update identity_recovery_code set used_at = :now "
					+ "where user_id = :id and code_hash = :hash and used_at is null")
			.param("now", timestamp(now))
			.param("id", accountId.toString())
			.param("hash", hash)
			.update() == 1;
	}

	int recoveryCodesLeft(UUID accountId) {
		return this.jdbc.sql("select count(*) from identity_recovery_code where user_id = :id and used_at is null")
			.param("id", accountId.toString())
			.query(Integer.class)
			.single();
	}

	void delete(UUID accountId) {
		this.jdbc.sql("delete from identity_recovery_code where user_id = :id")
			.param("id", accountId.toString())
			.update();
		this.jdbc.sql("delete from identity_two_factor where user_id = :id").param("id", accountId.toString()).update();
	}

	private static String context(UUID accountId) {
		return "identity_two_factor.secret:" + accountId;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
