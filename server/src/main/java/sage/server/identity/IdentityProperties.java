package sage.server.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sage.identity.*}. Every key is optional: with none, Sage creates
 * its keys in the data directory and prints a one-time setup token for the first
 * administrator.
 *
 * @param keys the keys that encrypt personal data, index emails and wrap the vault's data
 * keys
 * @param admin the first administrator, created at start when given
 * @param setupTokenValidity how long the printed setup token works
 */
@ConfigurationProperties("sage.identity")
public record IdentityProperties(@DefaultValue Keys keys, @DefaultValue Admin admin,
		@DefaultValue("1h") Duration setupTokenValidity) {

	/**
	 * Key material, base64 of 32 random bytes each. Never logged.
	 *
	 * @param pii the AES-256-GCM keys for personal data, by key id, and which one
	 * encrypts new values
	 * @param blindIndexKey the HMAC-SHA256 key of the email index; changing it makes
	 * every stored email unfindable
	 * @param vault the key-encryption keys of the secrets vault, by key id, and which one
	 * wraps new data keys
	 */
	public record Keys(@DefaultValue Pii pii, @Nullable String blindIndexKey, @DefaultValue Vault vault) {

		/** Whether keys are configured (rather than kept in the data directory). */
		public boolean isConfigured() {
			return !this.pii.keys().isEmpty() || this.blindIndexKey != null || !this.vault.keys().isEmpty();
		}

		@Override
		public String toString() {
			return "Keys[pii=" + this.pii + ", blindIndexKey=" + ((this.blindIndexKey != null) ? "******" : null)
					+ ", vault=" + this.vault + "]";
		}

	}

	/**
	 * The key-encryption keys (KEKs) of the secrets vault. Each stored secret has its own
	 * random data key; the active KEK wraps it. To rotate, add a key, make it active and
	 * restart: the data keys are re-wrapped at start, after which the old key can go.
	 *
	 * @param active the id of the key that wraps new data keys, e.g. {@code v2}
	 * @param keys every key still needed to unwrap stored data keys, by id
	 */
	public record Vault(@Nullable String active, @DefaultValue Map<String, String> keys) {

		@Override
		public String toString() {
			return "Vault[active=" + this.active + ", keys=" + this.keys.keySet() + "]";
		}

	}

	/**
	 * The AES keys for personal data.
	 *
	 * @param active the id of the key that encrypts new values, e.g. {@code k2}
	 * @param keys every key still needed to read stored values, by id
	 */
	public record Pii(@Nullable String active, @DefaultValue Map<String, String> keys) {

		@Override
		public String toString() {
			return "Pii[active=" + this.active + ", keys=" + this.keys.keySet() + "]";
		}

	}

	/**
	 * The first administrator, created at start if no account has this email.
	 *
	 * @param email the administrator's email
	 * @param passwordFile a file holding the password (one line), so that it stays out of
	 * the environment and the process list
	 */
	public record Admin(@Nullable String email, @Nullable Path passwordFile) {

		/** Whether an administrator is configured. */
		public boolean isConfigured() {
			return this.email != null && !this.email.isBlank();
		}

	}

}
