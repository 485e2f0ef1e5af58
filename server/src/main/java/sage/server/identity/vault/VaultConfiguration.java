package sage.server.identity.vault;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import sage.server.identity.SecretVault;
import sage.server.identity.crypto.IdentityKeys;

/** The vault's envelope, keyed by the vault KEKs of {@link IdentityKeys}. */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

	private static final Logger log = LoggerFactory.getLogger(VaultConfiguration.class);

	@Bean
	Envelope vaultEnvelope(IdentityKeys identityKeys, SecureRandom identityRandom) {
		return new Envelope(identityKeys.vault(), identityRandom);
	}

	@Bean
	RewrapAtStart rewrapAtStart(SecretVault vault) {
		return new RewrapAtStart(vault);
	}

	/**
	 * After a KEK rotation (a new active vault key), re-wraps every data key still under
	 * an older KEK, so the old key can be removed. Safe on several nodes at once: a row
	 * is re-wrapped only if it still names the old KEK.
	 */
	static final class RewrapAtStart {

		private final SecretVault vault;

		RewrapAtStart(SecretVault vault) {
			this.vault = vault;
		}

		@EventListener(ApplicationReadyEvent.class)
		void rewrap() {
			int rewrapped = this.vault.rewrap();
			if (rewrapped > 0) {
				log.info("Re-wrapped {} vault data keys with the active vault key {}", rewrapped,
						this.vault.activeKekId());
			}
		}

	}

}
