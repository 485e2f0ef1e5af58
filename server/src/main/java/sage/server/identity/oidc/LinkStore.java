package sage.server.identity.oidc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.identity.crypto.IdentityKeys;

/**
 * The {@code identity_oidc_link} table: provider subject to account. The subject is kept
 * only as a blind index.
 */
@Repository
class LinkStore {

	private final JdbcClient jdbc;

	private final IdentityKeys keys;

	LinkStore(JdbcClient jdbc, IdentityKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** The account linked to this provider's subject, if any. */
	Optional<UUID> find(String provider, String subject) {
		return this.jdbc
			.sql("select user_id from identity_oidc_link where provider = :provider and subject_index = :subject")
			.param("provider", provider)
			.param("subject", indexOf(provider, subject))
			.query(String.class)
			.optional()
			.map(UUID::fromString);
	}

	/**
	 * Links a provider's subject to an account.
	 * @throws org.springframework.dao.DuplicateKeyException when the subject is linked
	 * already (two first sign-ins at once)
	 */
	void link(String provider, String subject, UUID accountId, Instant at) {
		this.jdbc
			.sql("insert into identity_oidc_link (provider, subject_index, user_id, created_at) "
					+ "values (:provider, :subject, :account, :at)")
			.param("provider", provider)
			.param("subject", indexOf(provider, subject))
			.param("account", accountId.toString())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Emails are indexed bare; subjects with their provider and a prefix no email has.
	 */
	private String indexOf(String provider, String subject) {
		return this.keys.blindIndex().of("oidc:" + provider + ":" + subject);
	}

}
