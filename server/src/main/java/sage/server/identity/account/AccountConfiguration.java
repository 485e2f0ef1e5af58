package sage.server.identity.account;

import java.security.SecureRandom;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import sage.server.identity.IdentityProperties;
import sage.server.identity.crypto.IdentityKeys;
import sage.server.platform.SageProperties;

/** The keys, the password hashing and policy, and the first administrator. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AccountConfiguration.class);

	@Bean
	SecureRandom identityRandom() {
		return new SecureRandom();
	}

	@Bean
	IdentityKeys identityKeys(IdentityProperties identity, SageProperties sage, SecureRandom identityRandom) {
		if (!identity.keys().isConfigured() && sage.db().isConfigured()) {
			log.warn(
					"sage.identity.keys.* is not set: personal data is encrypted with keys from {} in the data "
							+ "directory. Nodes that share the database must share the keys: set sage.identity.keys.*",
					IdentityKeys.KEY_FILE);
		}
		return IdentityKeys.load(identity.keys(), sage.dataDir(), identityRandom);
	}

	/**
	 * Argon2id at OWASP's recommended cost (19 MiB, 2 passes, 1 lane; 16-byte salt,
	 * 32-byte hash): about 30-60 ms per hash on a laptop core.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy(CommonPasswords.bundled());
	}

	@Bean
	SetupToken setupToken(SecureRandom identityRandom, Clock clock, IdentityProperties identity) {
		return new SetupToken(identityRandom, clock, identity.setupTokenValidity());
	}

	@Bean
	FirstAdministrator firstAdministrator(Accounts accounts, SetupToken setupToken, IdentityProperties identity) {
		return new FirstAdministrator(accounts, setupToken, identity.admin());
	}

	/** Only when serving: a command ({@code ./sage backtest}) prints no setup token. */
	@Bean
	@ConditionalOnWebApplication
	ApplicationRunner firstAdministratorAtStart(FirstAdministrator firstAdministrator) {
		return (args) -> firstAdministrator.atStart();
	}

}
