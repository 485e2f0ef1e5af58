package sage.server.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.identity.account.Accounts;
import sage.server.identity.account.SetupToken;
import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts against the real server: registration, sign-in and out, session rotation,
 * CSRF, lockout, owner checks, PII at rest, security headers.
 */
@OnEmbeddedDefaults
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsIT {

	/** A test secret, so the build's log scan finds it if anything logs a password. */
	private static final String PASSWORD = TestSecrets.newSecret();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SetupToken setupToken;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiKeys apiKeys;

	@Test
	void anonymousCallsToIdentityEndpointsAre401Problems() throws Exception {
		Browser anonymous = new Browser(this.port);
		List<HttpResponse<String>> responses = List.of(anonymous.get("/api/v1/users/profile"),
				anonymous.send("PUT", "/api/v1/users/profile", "{}", false), anonymous.get("/api/v1/users/watchlist"),
				anonymous.send("POST", "/api/v1/users/watchlist", "{\"symbol\":\"SPY\"}", false),
				anonymous.send("DELETE", "/api/v1/users/watchlist/SPY", null, false),
				anonymous.get("/api/v1/users/watchlists"), anonymous.get("/api/v1/auth/session"));
		for (HttpResponse<String> response : responses) {
			assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
			assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.path("code").asString()).isEqualTo("unauthenticated");
			assertThat(problem.path("requestId").asString())
				.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
			assertThat(Browser.setCookie(response, Browser.SESSION)).as("no session for a refusal").isEmpty();
		}
	}

	@Test
	void registeringSignsInWithAnHttpOnlyLaxSessionCookie() throws Exception {
		Browser browser = new Browser(this.port);
		String email = email();
		HttpResponse<String> registered = register(browser, email, "Jane");
		assertThat(registered.statusCode()).isEqualTo(201);
		assertThat(Browser.setCookie(registered, Browser.SESSION)).contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
		assertThat(Browser.setCookie(registered, Browser.XSRF)).isNotEmpty().doesNotContain("HttpOnly");
		assertThat(registered.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode session = this.json.readTree(browser.get("/api/v1/auth/session").body());
		assertThat(session.path("email").asString()).isEqualTo(email);
		assertThat(session.path("displayName").asString()).isEqualTo("Jane");
		assertThat(session.path("role").asString()).isEqualTo("USER");
		assertThat(session.path("tier").asString()).isEqualTo("FREE");
	}

	@Test
	void accountChangesAndSignInsLeaveAuditRowsWithoutPersonalData() throws Exception {
		Browser browser = new Browser(this.port);
		String email = email();
		register(browser, email, "Audited Jane");
		String id = this.json.readTree(browser.get("/api/v1/auth/session").body()).path("id").asString();
		browser.send("POST", "/api/v1/auth/login", login(email, "wrong " + PASSWORD), true);
		browser.send("POST", "/api/v1/auth/login", login(email, PASSWORD), true);
		browser.send("POST", "/api/v1/users/watchlist", "{\"symbol\":\"SPY\"}", true);

		List<String> actions = this.jdbc.sql("select action from audit_log where actor = :id order by seq")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(actions).containsSubsequence("user.registered", "user.sign-in-failed", "user.signed-in");
		assertThat(actions).anyMatch((action) -> action.startsWith("watchlist."));
		List<String> rows = this.jdbc
			.sql("select concat(coalesce(old_value, ''), coalesce(new_value, ''), entity_id) from audit_log"
					+ " where actor = :id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(String.join("\n", rows)).doesNotContain(email)
			.doesNotContain("Audited Jane")
			.doesNotContain(PASSWORD);
		assertThat(this.jdbc.sql("select ip from audit_log where actor = :id and action = 'user.signed-in'")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("127.0.0.1");
	}

	@Test
	void signInRotatesTheSessionIdAndSignOutEndsIt() throws Exception {
		Browser browser = new Browser(this.port);
		String email = email();
		register(browser, email, null);
		String before = browser.cookies.get(Browser.SESSION);
		HttpResponse<String> login = browser.send("POST", "/api/v1/auth/login", login(email, PASSWORD), true);
		assertThat(login.statusCode()).isEqualTo(200);
		String after = browser.cookies.get(Browser.SESSION);
		assertThat(after).isNotBlank().isNotEqualTo(before);

		Browser stale = new Browser(this.port);
		stale.cookies.put(Browser.SESSION, before);
		assertThat(stale.get("/api/v1/auth/session").statusCode()).as("the old id is dead").isEqualTo(401);
		assertThat(browser.get("/api/v1/auth/session").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = browser.send("POST", "/api/v1/auth/logout", null, true);
		assertThat(logout.statusCode()).isEqualTo(204);
		Browser kept = new Browser(this.port);
		kept.cookies.put(Browser.SESSION, after);
		assertThat(kept.get("/api/v1/auth/session").statusCode()).as("signed out").isEqualTo(401);
	}

	@Test
	void csrfTokenIsRequiredOnlyWhenTheSessionCookieComesAlong() throws Exception {
		Browser browser = new Browser(this.port);
		register(browser, email(), null);
		HttpResponse<String> withoutToken = browser.send("POST", "/api/v1/users/watchlist", "{\"symbol\":\"SPY\"}",
				false);
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		JsonNode problem = this.json.readTree(withoutToken.body());
		assertThat(problem.path("code").asString()).isEqualTo("csrf-rejected");
		assertThat(problem.path("requestId").asString()).isNotBlank();

		HttpResponse<String> withToken = browser.send("POST", "/api/v1/users/watchlist", "{\"symbol\":\"spy\"}", true);
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(withToken.body()).path("symbols").get(0).asString()).isEqualTo("SPY");

		// a client without the session cookie (here an administrator's API key: storing
		// bars is theirs) is not CSRF-able and posts as before
		Browser apiClient = Browser.withApiKey(this.port,
				TestAccounts.newAdministratorKey(this.accounts, this.apiKeys).key());
		HttpResponse<String> bars = apiClient.send("POST", "/api/v1/instruments/SPY/bars", "{", false);
		assertThat(bars.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(bars.body()).path("code").asString()).isEqualTo("malformed-body");
	}

	@Test
	void anotherUsersWatchlistIsNotFound() throws Exception {
		Browser owner = new Browser(this.port);
		register(owner, email(), null);
		HttpResponse<String> created = owner.send("POST", "/api/v1/users/watchlists", "{\"name\":\"Korean tech\"}",
				true);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = this.json.readTree(created.body()).path("id").asString();
		String path = "/api/v1/users/watchlists/" + id;
		owner.send("PUT", path, "{\"name\":\"Korean tech\",\"symbols\":[\"005930.KS\",\"000660.KS\"]}", true);
		assertThat(this.json.readTree(owner.get(path).body()).path("symbols").toString())
			.isEqualTo("[\"005930.KS\",\"000660.KS\"]");

		Browser other = new Browser(this.port);
		register(other, email(), null);
		for (HttpResponse<String> response : List.of(other.get(path),
				other.send("PUT", path, "{\"name\":\"mine\",\"symbols\":[]}", true),
				other.send("POST", path + "/symbols", "{\"symbol\":\"SPY\"}", true),
				other.send("DELETE", path, null, true))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).doesNotContain("005930.KS").doesNotContain("Korean tech");
			assertThat(this.json.readTree(response.body()).path("code").asString()).isEqualTo("watchlist-not-found");
		}
		assertThat(this.json.readTree(owner.get(path).body()).path("symbols").size()).isEqualTo(2);
	}

	@Test
	void fiveFailuresLockSignInAndUnknownEmailsAnswerTheSame() throws Exception {
		Browser browser = new Browser(this.port);
		String email = email();
		register(browser, email, null);
		for (String who : List.of(email, email())) {
			Browser guesser = new Browser(this.port);
			for (int i = 1; i <= 4; i++) {
				HttpResponse<String> wrong = guesser.send("POST", "/api/v1/auth/login", login(who, "wrong " + i),
						false);
				assertThat(wrong.statusCode()).isEqualTo(401);
				assertThat(this.json.readTree(wrong.body()).path("code").asString()).isEqualTo("invalid-credentials");
			}
			HttpResponse<String> fifth = guesser.send("POST", "/api/v1/auth/login", login(who, "wrong 5"), false);
			assertThat(fifth.statusCode()).isEqualTo(429);
			assertThat(fifth.headers().firstValue("Retry-After")).hasValue("60");
			assertThat(this.json.readTree(fifth.body()).path("code").asString()).isEqualTo("sign-in-locked");
		}
		HttpResponse<String> right = new Browser(this.port).send("POST", "/api/v1/auth/login", login(email, PASSWORD),
				false);
		assertThat(right.statusCode()).as("locked even with the right password").isEqualTo(429);
	}

	@Test
	void refusedPasswordsSayWhy() throws Exception {
		HttpResponse<String> response = new Browser(this.port).send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email() + "\",\"password\":\"qwerty123456\"}", false);
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo("invalid-request");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("password");
		assertThat(problem.path("errors").get(0).path("message").asString()).contains("common or breached");

		HttpResponse<String> tooShort = new Browser(this.port).send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email() + "\",\"password\":\"short\"}", false);
		assertThat(this.json.readTree(tooShort.body()).path("errors").get(0).path("message").asString())
			.startsWith("must be at least 12 characters");

		String taken = email();
		register(new Browser(this.port), taken, null);
		HttpResponse<String> again = register(new Browser(this.port), taken.toUpperCase(java.util.Locale.ROOT), null);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(again.body()).path("code").asString()).isEqualTo("email-taken");
	}

	@Test
	void personalDataIsNotStoredInPlainText() throws Exception {
		String email = email();
		Browser browser = new Browser(this.port);
		register(browser, email, "Jane Plaintext");
		String id = this.json.readTree(browser.get("/api/v1/auth/session").body()).path("id").asString();
		Map<String, Object> row = this.jdbc.sql("select * from identity_user where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		String localPart = email.substring(0, email.indexOf('@'));
		assertThat(row).isNotEmpty();
		row.forEach((column, value) -> assertThat(String.valueOf(value).toLowerCase(java.util.Locale.ROOT)).as(column)
			.doesNotContain(localPart)
			.doesNotContain("plaintext"));
		assertThat(String.valueOf(row.get("email_cipher"))).matches("[A-Za-z0-9_-]+:[A-Za-z0-9+/]+");
		assertThat(String.valueOf(row.get("password_hash"))).startsWith("$argon2id$");
	}

	@Test
	void profileSettingsAreValidatedAndKept() throws Exception {
		Browser browser = new Browser(this.port);
		register(browser, email(), null);
		String invalid = """
				{"locale":"fr","timeZone":"Mars/Olympus","baseCurrency":"KRW","experienceLevel":"BEGINNER",
				 "riskTolerance":"MODERATE","notifications":{"inApp":true,"email":false,"push":false}}""";
		HttpResponse<String> refused = browser.send("PUT", "/api/v1/users/profile", invalid, true);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(refused.body()).path("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("locale", "timeZone");
		String valid = """
				{"displayName":"지수","locale":"ko","timeZone":"Asia/Seoul","baseCurrency":"KRW",
				 "experienceLevel":"EXPERIENCED","riskTolerance":"AGGRESSIVE",
				 "notifications":{"inApp":true,"email":true,"push":false}}""";
		assertThat(browser.send("PUT", "/api/v1/users/profile", valid, true).statusCode()).isEqualTo(200);
		JsonNode profile = this.json.readTree(browser.get("/api/v1/users/profile").body());
		assertThat(profile.path("displayName").asString()).isEqualTo("지수");
		assertThat(profile.path("timeZone").asString()).isEqualTo("Asia/Seoul");
		assertThat(profile.path("baseCurrency").asString()).isEqualTo("KRW");
		assertThat(profile.path("notifications").path("email").asBoolean()).isTrue();
	}

	@Test
	void securityHeadersAreSentAndHstsOnlyOverTls() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> plain = browser.get("/api/v1/instruments?query=SPY");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
		assertThat(plain.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(plain.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().firstValue("Set-Cookie")).as("anonymous reads get no cookies").isEmpty();

		HttpResponse<String> proxied = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/api/v1/instruments?query=SPY"))
				.header("X-Forwarded-Proto", "https")
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
	}

	/** First: the setup token works only while no administrator exists. */
	@Test
	@Order(1)
	void theSetupTokenCreatesTheFirstAdministratorOnce() throws Exception {
		String token = this.setupToken.issue();
		Browser admin = new Browser(this.port);
		String body = "{\"token\":\"" + token + "\",\"email\":\"" + email() + "\",\"password\":\"" + PASSWORD + "\"}";
		HttpResponse<String> created = admin.send("POST", "/api/v1/auth/setup", body, false);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(created.body()).path("role").asString()).isEqualTo("ADMIN");
		HttpResponse<String> again = new Browser(this.port).send("POST", "/api/v1/auth/setup", body.replace("@", "2@"),
				false);
		assertThat(again.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(again.body()).path("code").asString()).isEqualTo("invalid-setup-token");
	}

	@Test
	void supportSeesAccountsMaskedAdminInFullUsersNotAtAll() throws Exception {
		String userEmail = email();
		Browser user = new Browser(this.port);
		register(user, userEmail, "Jane");
		String userId = this.json.readTree(user.get("/api/v1/auth/session").body()).path("id").asString();
		HttpResponse<String> refused = user.get("/api/v1/accounts/" + userId);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(refused.body()).path("code").asString()).isEqualTo("access-denied");
		assertThat(new Browser(this.port).get("/api/v1/accounts/" + userId).statusCode()).isEqualTo(401);

		String adminEmail = email();
		this.accounts.createAdministrator(adminEmail, PASSWORD, null, "test");
		Browser admin = new Browser(this.port);
		admin.send("POST", "/api/v1/auth/login", login(adminEmail, PASSWORD), false);
		// administrators reach staff endpoints only with a second factor
		Authenticator.enrol(admin);
		JsonNode full = this.json.readTree(admin.get("/api/v1/accounts?email=" + userEmail.toUpperCase()).body());
		assertThat(full.path("total").asLong()).isEqualTo(1);
		assertThat(full.path("items").get(0).path("email").asString()).isEqualTo(userEmail);

		String supportEmail = email();
		Browser support = new Browser(this.port);
		register(support, supportEmail, null);
		String supportId = this.json.readTree(support.get("/api/v1/auth/session").body()).path("id").asString();
		HttpResponse<String> promoted = admin.send("PUT", "/api/v1/accounts/" + supportId + "/role",
				"{\"role\":\"SUPPORT\",\"tier\":\"FREE\"}", true);
		assertThat(promoted.statusCode()).isEqualTo(200);
		support.send("POST", "/api/v1/auth/login", login(supportEmail, PASSWORD), true);
		JsonNode masked = this.json.readTree(support.get("/api/v1/accounts/" + userId).body());
		assertThat(masked.path("email").asString()).isEqualTo(userEmail.charAt(0) + "***@example.com");
		assertThat(masked.path("displayName").asString()).isEqualTo("J***");
		assertThat(support
			.send("PUT", "/api/v1/accounts/" + userId + "/role", "{\"role\":\"ADMIN\",\"tier\":\"PRO\"}", true)
			.statusCode()).as("support cannot change roles").isEqualTo(403);
	}

	private HttpResponse<String> register(Browser browser, String email, String displayName) throws Exception {
		String name = (displayName != null) ? ",\"displayName\":\"" + displayName + "\"" : "";
		return browser.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"" + name + "}", true);
	}

	private static String login(String email, String password) {
		return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
	}

	/** A test secret too: emails are personal data and must not be logged either. */
	private static String email() {
		return TestSecrets.newEmail();
	}

}
