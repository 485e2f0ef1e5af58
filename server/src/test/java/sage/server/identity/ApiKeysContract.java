package sage.server.identity;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.testing.Browser;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API keys against the real server: shown once, stored hashed, scoped, rotated,
 * revoked and expired; stateless; exchanged for access tokens; audited without the key.
 * Run on each database by a subclass.
 */
abstract class ApiKeysContract {

	private static final String PASSWORD = TestSecrets.newSecret();

	private static final String KEYS = "/api/v1/users/api-keys";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeyIsShownOnceStoredHashedAndActsForItsOwnerWithoutASession() throws Exception {
		Browser owner = signedIn();
		HttpResponse<String> created = owner.send("POST", KEYS, "{\"name\":\"nightly\",\"scopes\":[\"read\"]}", true);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = this.json.readTree(created.body());
		String key = body.path("key").asString();
		String id = body.path("apiKey").path("id").asString();
		assertThat(key).matches("sage_[0-9a-f]{32}_[A-Za-z0-9_-]{43}").contains(id.replace("-", ""));
		assertThat(body.path("apiKey").path("scopes").toString()).isEqualTo("[\"read\"]");
		assertThat(body.path("apiKey").path("expiresAt").asString()).isNotBlank();

		String secret = key.substring(38);
		assertThat(owner.get(KEYS).body()).contains(id).doesNotContain(secret);
		String stored = this.jdbc.sql("select concat(name, scopes, secret_hash) from identity_api_key where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(secret);

		HttpResponse<String> profile = Browser.withApiKey(this.port, key).get("/api/v1/users/profile");
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(Browser.setCookie(profile, Browser.SESSION)).as("stateless").isEmpty();
		Browser viaHeader = new Browser(this.port);
		viaHeader.headers.put("X-API-Key", key);
		assertThat(viaHeader.get("/api/v1/auth/session").statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(owner.get(KEYS).body()).path("items").get(0).path("lastUsedAt").asString())
			.isNotBlank();
	}

	@Test
	void rotationAndRevocationStopTheOldKeyAndAreAuditedWithoutIt() throws Exception {
		Browser owner = signedIn();
		JsonNode created = this.json.readTree(
				owner.send("POST", KEYS, "{\"name\":\"bot\",\"scopes\":[\"read\"],\"expiresInDays\":7}", true).body());
		String old = created.path("key").asString();
		String id = created.path("apiKey").path("id").asString();

		HttpResponse<String> rotated = owner.send("POST", KEYS + "/" + id + "/rotate", null, true);
		assertThat(rotated.statusCode()).isEqualTo(200);
		String fresh = this.json.readTree(rotated.body()).path("key").asString();
		assertThat(fresh).isNotEqualTo(old);
		assertInvalid(Browser.withApiKey(this.port, old).get("/api/v1/users/profile"));
		assertThat(Browser.withApiKey(this.port, fresh).get("/api/v1/users/profile").statusCode()).isEqualTo(200);

		assertThat(owner.send("DELETE", KEYS + "/" + id, null, true).statusCode()).isEqualTo(204);
		assertInvalid(Browser.withApiKey(this.port, fresh).get("/api/v1/users/profile"));

		List<String> actions = this.jdbc
			.sql("select action from audit_log where entity_type = 'api-key' and entity_id = :id order by seq")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("api-key.created", "api-key.rotated", "api-key.revoked");
		String rows = String.join("\n", this.jdbc
			.sql("select concat(coalesce(old_value, ''), coalesce(new_value, '')) from audit_log where entity_id = :id")
			.param("id", id)
			.query(String.class)
			.list());
		assertThat(rows).doesNotContain(old.substring(38)).doesNotContain(fresh.substring(38));
	}

	@Test
	void expiredMalformedAndUnknownKeysAre401() throws Exception {
		Browser owner = signedIn();
		JsonNode created = this.json
			.readTree(owner.send("POST", KEYS, "{\"name\":\"old\",\"scopes\":[\"read\"]}", true).body());
		String key = created.path("key").asString();
		this.jdbc.sql("update identity_api_key set expires_at = created_at where id = :id")
			.param("id", created.path("apiKey").path("id").asString())
			.update();
		assertInvalid(Browser.withApiKey(this.port, key).get("/api/v1/instruments"));
		assertInvalid(Browser.withApiKey(this.port, "sage_nope").get("/api/v1/instruments"));
		assertInvalid(
				Browser.withApiKey(this.port, key.substring(0, key.length() - 4) + "AAAA").get("/api/v1/instruments"));
	}

	@Test
	void scopesLimitKeysAndOnlyAdministratorsGetTheAdminScope() throws Exception {
		Browser owner = signedIn();
		HttpResponse<String> admin = owner.send("POST", KEYS, "{\"name\":\"x\",\"scopes\":[\"admin\"]}", true);
		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(code(admin)).isEqualTo("scope-not-allowed");
		assertThat(owner.send("POST", KEYS, "{\"name\":\"x\",\"scopes\":[\"root\"]}", true).statusCode())
			.isEqualTo(400);

		String read = this.json
			.readTree(owner.send("POST", KEYS, "{\"name\":\"r\",\"scopes\":[\"read\"]}", true).body())
			.path("key")
			.asString();
		Browser client = Browser.withApiKey(this.port, read);
		assertThat(client.get("/api/v1/users/secrets").statusCode()).isEqualTo(200);
		HttpResponse<String> store = client.send("POST", "/api/v1/users/secrets",
				"{\"kind\":\"EXCHANGE_API_KEY\",\"label\":\"x\",\"value\":\"" + TestSecrets.newSecret() + "\"}", false);
		assertThat(store.statusCode()).isEqualTo(403);
		assertThat(code(store)).isEqualTo("insufficient-scope");
		HttpResponse<String> mint = client.send("POST", KEYS, "{\"name\":\"more\",\"scopes\":[\"read\"]}", false);
		assertThat(mint.statusCode()).as("a key cannot mint keys").isEqualTo(403);
		assertThat(code(mint)).isEqualTo("insufficient-scope");

		String trade = this.json
			.readTree(owner.send("POST", KEYS, "{\"name\":\"t\",\"scopes\":[\"trade\"]}", true).body())
			.path("key")
			.asString();
		assertThat(
				Browser.withApiKey(this.port, trade)
					.send("POST", "/api/v1/users/secrets",
							"{\"kind\":\"EXCHANGE_API_KEY\",\"label\":\"x\",\"value\":\"" + TestSecrets.newSecret()
									+ "\"}",
							false)
					.statusCode())
			.isEqualTo(201);
	}

	@Test
	void anotherUsersKeyIsNotFound() throws Exception {
		Browser owner = signedIn();
		String id = this.json
			.readTree(owner.send("POST", KEYS, "{\"name\":\"mine\",\"scopes\":[\"read\"]}", true).body())
			.path("apiKey")
			.path("id")
			.asString();
		Browser other = signedIn();
		for (HttpResponse<String> response : List.of(other.send("POST", KEYS + "/" + id + "/rotate", null, true),
				other.send("DELETE", KEYS + "/" + id, null, true))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(code(response)).isEqualTo("api-key-not-found");
		}
		assertThat(other.get(KEYS).body()).doesNotContain(id);
	}

	@Test
	void aKeyIsExchangedForAnAccessTokenWithItsScopesAndARefreshTokenGoodOnce() throws Exception {
		Browser owner = signedIn();
		JsonNode created = this.json
			.readTree(owner.send("POST", KEYS, "{\"name\":\"jwt\",\"scopes\":[\"read\"]}", true).body());
		String key = created.path("key").asString();
		assertThat(owner.send("POST", "/api/v1/auth/token", null, true).statusCode()).as("a session is no key")
			.isEqualTo(400);

		HttpResponse<String> issued = Browser.withApiKey(this.port, key)
			.send("POST", "/api/v1/auth/token", null, false);
		assertThat(issued.statusCode()).isEqualTo(200);
		JsonNode tokens = this.json.readTree(issued.body());
		String access = tokens.path("accessToken").asString();
		String refresh = tokens.path("refreshToken").asString();
		assertThat(access.split("\\.")).hasSize(3);
		assertThat(tokens.path("expiresIn").asLong()).isEqualTo(900);
		assertThat(refresh).startsWith("sagert_");

		Browser client = Browser.withApiKey(this.port, access);
		assertThat(client.get("/api/v1/users/profile").statusCode()).isEqualTo(200);
		HttpResponse<String> store = client.send("POST", "/api/v1/users/secrets",
				"{\"kind\":\"EXCHANGE_API_KEY\",\"label\":\"x\",\"value\":\"" + TestSecrets.newSecret() + "\"}", false);
		assertThat(code(store)).isEqualTo("insufficient-scope");
		String tampered = access.substring(0, access.length() - 2) + (access.endsWith("A") ? "BB" : "AA");
		assertInvalid(Browser.withApiKey(this.port, tampered).get("/api/v1/users/profile"));

		HttpResponse<String> renewed = new Browser(this.port).send("POST", "/api/v1/auth/token/refresh",
				"{\"refreshToken\":\"" + refresh + "\"}", false);
		assertThat(renewed.statusCode()).isEqualTo(200);
		String newRefresh = this.json.readTree(renewed.body()).path("refreshToken").asString();
		HttpResponse<String> reused = new Browser(this.port).send("POST", "/api/v1/auth/token/refresh",
				"{\"refreshToken\":\"" + refresh + "\"}", false);
		assertThat(reused.statusCode()).isEqualTo(401);
		assertThat(code(reused)).isEqualTo("invalid-refresh-token");

		owner.send("DELETE", KEYS + "/" + created.path("apiKey").path("id").asString(), null, true);
		assertInvalid(client.get("/api/v1/users/profile"));
		assertThat(new Browser(this.port)
			.send("POST", "/api/v1/auth/token/refresh", "{\"refreshToken\":\"" + newRefresh + "\"}", false)
			.statusCode()).as("the key's refresh tokens went with it").isEqualTo(401);
	}

	private void assertInvalid(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
		assertThat(code(response)).isEqualTo("invalid-api-key");
	}

	private String code(HttpResponse<String> response) {
		return this.json.readTree(response.body()).path("code").asString();
	}

	private Browser signedIn() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> registered = browser.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + TestSecrets.newEmail() + "\",\"password\":\"" + PASSWORD + "\"}", true);
		assertThat(registered.statusCode()).isEqualTo(201);
		return browser;
	}

}
