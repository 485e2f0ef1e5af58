package sage.server.identity;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.identity.crypto.IdentityKeys;
import sage.server.identity.crypto.KeyRing;
import sage.server.identity.vault.Envelope;
import sage.server.identity.vault.SecretStore;
import sage.server.testing.Browser;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets vault against the real server, on whichever database the subclass names:
 * values go in and never come back over HTTP, other users get 404, the table holds no
 * plaintext, and a KEK rotation re-wraps the data keys. Every value is a
 * {@link TestSecrets} secret, so the build's log scan would find any that was logged.
 */
abstract class SecretsContract {

	private static final String SECRETS = "/api/v1/users/secrets";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecretVault vault;

	@Autowired
	SecretStore store;

	@Autowired
	IdentityKeys identityKeys;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@Test
	void aStoredSecretIsListedWithItsLastFourCharactersOnlyAndDeleted() throws Exception {
		Browser owner = signedIn();
		String secret = TestSecrets.newSecret();
		HttpResponse<String> stored = owner.send("POST", SECRETS, body("EXCHANGE_API_KEY", "Binance main", secret),
				true);
		assertThat(stored.statusCode()).isEqualTo(201);
		assertThat(stored.body()).doesNotContain(secret);
		JsonNode masked = this.json.readTree(stored.body());
		String id = masked.path("id").asString();
		assertThat(stored.headers().firstValue("Location")).hasValue(SECRETS + "/" + id);
		assertThat(masked.path("kind").asString()).isEqualTo("EXCHANGE_API_KEY");
		assertThat(masked.path("label").asString()).isEqualTo("Binance main");
		assertThat(masked.path("last4").asString()).isEqualTo(secret.substring(secret.length() - 4));
		assertThat(masked.has("value")).isFalse();
		assertThat(masked.has("lastUsedAt")).isFalse();
		assertThat(stored.headers().firstValue("Cache-Control")).hasValue("no-store");

		HttpResponse<String> list = owner.get(SECRETS);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(secret);
		JsonNode items = this.json.readTree(list.body()).path("items");
		assertThat(items.size()).isEqualTo(1);
		assertThat(items.get(0).path("id").asString()).isEqualTo(id);
		assertThat(items.get(0).path("last4").asString()).isEqualTo(secret.substring(secret.length() - 4));
		assertThat(owner.get(SECRETS + "/" + id).body()).doesNotContain(secret).contains("Binance main");

		HttpResponse<String> deleted = owner.send("DELETE", SECRETS + "/" + id, null, true);
		assertThat(deleted.statusCode()).isEqualTo(204);
		HttpResponse<String> gone = owner.get(SECRETS + "/" + id);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(gone.body()).path("code").asString()).isEqualTo("secret-not-found");
		assertThat(this.json.readTree(owner.get(SECRETS).body()).path("items").size()).isZero();
		assertThat(this.jdbc.sql("select count(*) from identity_secret where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anotherUsersSecretIsNotFound() throws Exception {
		Browser owner = signedIn();
		String secret = TestSecrets.newSecret();
		String id = this.json.readTree(owner.send("POST", SECRETS, body("LLM_API_KEY", "OpenAI", secret), true).body())
			.path("id")
			.asString();

		Browser other = signedIn();
		for (HttpResponse<String> response : List.of(other.get(SECRETS + "/" + id),
				other.send("DELETE", SECRETS + "/" + id, null, true))) {
			assertThat(response.statusCode()).as(response.request().method()).isEqualTo(404);
			assertThat(this.json.readTree(response.body()).path("code").asString()).isEqualTo("secret-not-found");
			assertThat(response.body()).doesNotContain(secret).doesNotContain("OpenAI");
		}
		assertThat(this.json.readTree(other.get(SECRETS).body()).path("items").size()).isZero();
		UUID otherId = accountId(other);
		assertThat(
				org.assertj.core.api.Assertions.catchThrowable(() -> this.vault.reveal(otherId, UUID.fromString(id))))
			.as("not even modules reveal it to another owner")
			.hasMessageContaining("no secret");
		assertThat(owner.get(SECRETS + "/" + id).statusCode()).as("still there for its owner").isEqualTo(200);
	}

	@Test
	void signInAndTheCsrfTokenAreRequired() throws Exception {
		Browser anonymous = new Browser(this.port);
		for (HttpResponse<String> response : List.of(anonymous.get(SECRETS),
				anonymous.send("POST", SECRETS, body("LLM_API_KEY", "x", TestSecrets.newSecret()), false),
				anonymous.send("DELETE", SECRETS + "/" + UUID.randomUUID(), null, false))) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(this.json.readTree(response.body()).path("code").asString()).isEqualTo("unauthenticated");
		}
		Browser owner = signedIn();
		HttpResponse<String> withoutToken = owner.send("POST", SECRETS,
				body("LLM_API_KEY", "x", TestSecrets.newSecret()), false);
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(withoutToken.body()).path("code").asString()).isEqualTo("csrf-rejected");
	}

	@Test
	void aRefusedValueIsNeverQuoted() throws Exception {
		Browser owner = signedIn();
		String tooLong = TestSecrets.newSecret() + "x".repeat(SecretVault.MAX_LENGTH);
		HttpResponse<String> refused = owner.send("POST", SECRETS, body("LLM_API_KEY", "Too long", tooLong), true);
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.path("code").asString()).isEqualTo("invalid-request");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("value");
		assertThat(refused.body()).doesNotContain(tooLong.substring(0, 40));

		HttpResponse<String> unknownKind = owner.send("POST", SECRETS, body("NOPE", "x", TestSecrets.newSecret()),
				true);
		assertThat(unknownKind.statusCode()).isEqualTo(400);
		assertThat(unknownKind.body()).doesNotContain(TestSecrets.MARKER);
	}

	@Test
	void revealGivesModulesTheValueAndRecordsTheUse() throws Exception {
		Browser owner = signedIn();
		String secret = TestSecrets.newSecret();
		UUID id = UUID.fromString(this.json
			.readTree(
					owner.send("POST", SECRETS, body("EXCHANGE_API_SECRET", "OKX", "  " + secret + "\n"), true).body())
			.path("id")
			.asString());
		RevealedSecret revealed = this.vault.reveal(accountId(owner), id);
		assertThat(revealed.value()).as("surrounding whitespace dropped").isEqualTo(secret);
		assertThat(revealed.kind()).isEqualTo(SecretKind.EXCHANGE_API_SECRET);
		assertThat(revealed.toString()).doesNotContain(secret);
		JsonNode listed = this.json.readTree(owner.get(SECRETS + "/" + id).body());
		assertThat(listed.path("lastUsedAt").asString()).isNotBlank();
	}

	@Test
	void theTableHoldsNoPlaintextInAnyColumn() throws Exception {
		Browser owner = signedIn();
		String secret = TestSecrets.newSecret();
		String id = this.json
			.readTree(owner.send("POST", SECRETS, body("EXCHANGE_PASSPHRASE", "Bitget", secret), true).body())
			.path("id")
			.asString();
		Map<String, Object> row = this.jdbc.sql("select * from identity_secret where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		String random = secret.substring(TestSecrets.MARKER.length());
		assertThat(row).hasSize(10);
		row.forEach((column, value) -> {
			String text = String.valueOf(value).toLowerCase(Locale.ROOT);
			assertThat(text).as(column).doesNotContain(TestSecrets.MARKER).doesNotContain(random.substring(0, 8));
			if (text.matches("[a-z0-9+/]{16,}")) {
				// a base64 column decodes to no plaintext either
				String decoded = new String(Base64.getDecoder().decode(String.valueOf(value)),
						java.nio.charset.StandardCharsets.ISO_8859_1);
				assertThat(decoded).as(column + " decoded").doesNotContain(TestSecrets.MARKER);
			}
		});
		assertThat(String.valueOf(row.get("last4"))).isEqualTo(secret.substring(secret.length() - 4));
		assertThat(String.valueOf(row.get("kek_id"))).isEqualTo(this.identityKeys.vault().activeId());
	}

	@Test
	void rotatingTheVaultKeyRewrapsEveryDataKey() throws Exception {
		Browser owner = signedIn();
		String secret = TestSecrets.newSecret();
		UUID id = UUID.fromString(
				this.json.readTree(owner.send("POST", SECRETS, body("LLM_API_KEY", "Anthropic", secret), true).body())
					.path("id")
					.asString());
		UUID ownerId = accountId(owner);
		KeyRing current = this.identityKeys.vault();
		String oldId = current.activeId();
		byte[] oldKey = current.active().getEncoded();
		byte[] newKey = new byte[32];
		new java.security.SecureRandom().nextBytes(newKey);
		String ciphertextBefore = column(id, "ciphertext");
		String wrappedBefore = column(id, "wrapped_key");

		SecretVault rotated = vaultWith(new KeyRing("rotated", Map.of(oldId, oldKey, "rotated", newKey)));
		SecretVault restored = vaultWith(new KeyRing(oldId, Map.of(oldId, oldKey, "rotated", newKey)));
		try {
			assertThat(rotated.rewrap()).isGreaterThanOrEqualTo(1);
			assertThat(column(id, "kek_id")).isEqualTo("rotated");
			assertThat(column(id, "ciphertext")).as("the value is not re-encrypted").isEqualTo(ciphertextBefore);
			assertThat(column(id, "wrapped_key")).isNotEqualTo(wrappedBefore);
			SecretVault withoutOldKey = vaultWith(new KeyRing("rotated", Map.of("rotated", newKey)));
			assertThat(withoutOldKey.reveal(ownerId, id).value()).isEqualTo(secret);
			assertThat(rotated.rewrap()).as("nothing left to re-wrap").isZero();
		}
		finally {
			// the running server only knows the old key: hand the rows back to it
			restored.rewrap();
		}
		assertThat(column(id, "kek_id")).isEqualTo(oldId);
		assertThat(this.vault.reveal(ownerId, id).value()).isEqualTo(secret);
	}

	@Test
	void aUserHoldsAtMostAHundredSecrets() throws Exception {
		Browser owner = signedIn();
		UUID ownerId = accountId(owner);
		for (int i = 0; i < SecretVault.MAX_SECRETS; i++) {
			this.vault.store(ownerId, SecretKind.LLM_API_KEY, "key " + i, TestSecrets.newSecret());
		}
		HttpResponse<String> refused = owner.send("POST", SECRETS,
				body("LLM_API_KEY", "one more", TestSecrets.newSecret()), true);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(refused.body()).path("code").asString()).isEqualTo("secret-limit");
		assertThat(this.vault.list(ownerId)).hasSize(SecretVault.MAX_SECRETS);
	}

	private SecretVault vaultWith(KeyRing ring) {
		return new SecretVault(this.store, new Envelope(ring, new java.security.SecureRandom()), this.events,
				this.clock);
	}

	private String column(UUID id, String column) {
		return this.jdbc.sql("select " + column + " from identity_secret where id = :id")
			.param("id", id.toString())
			.query(String.class)
			.single();
	}

	private Browser signedIn() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> registered = browser.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + TestSecrets.newEmail() + "\",\"password\":\"" + TestSecrets.newSecret() + "\"}",
				true);
		assertThat(registered.statusCode()).isEqualTo(201);
		return browser;
	}

	private UUID accountId(Browser browser) throws Exception {
		return UUID.fromString(this.json.readTree(browser.get("/api/v1/auth/session").body()).path("id").asString());
	}

	private static String body(String kind, String label, String value) {
		return "{\"kind\":\"" + kind + "\",\"label\":\"" + label + "\",\"value\":\"" + value.replace("\n", "\\n")
				+ "\"}";
	}

}
