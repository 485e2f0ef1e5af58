package sage.server.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sage.server.identity.account.Accounts;
import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with an OpenID Connect provider, end to end: a local provider
 * (mock-oauth2-server on a free port) and the real server, driven through the whole
 * authorization-code flow the way a browser follows it (each redirect, the cookies kept).
 * The provider issues a code without asking anyone; the test chooses what its ID token
 * says (subject, email, email_verified) before each sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sage.data-dir=${sage.it.run-dir:target/it-run}/oidc-sign-in",
				"sage.identity.oidc.providers.local.display-name=Local IdP",
				"sage.identity.oidc.providers.local.client-id=" + OidcSignInIT.CLIENT_ID,
				// the provider logs the claims it issues (emails are test secrets)
				"logging.level.no.nav.security=WARN", "sage.rate-limits.enabled=false" })
class OidcSignInIT {

	static final String CLIENT_ID = "sage-web";

	private static final String ISSUER = "sage-idp";

	private static final String PASSWORD = TestSecrets.newSecret();

	private static final MockOAuth2Server provider = started();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	private static MockOAuth2Server started() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void providerOnThisMachine(DynamicPropertyRegistry registry) {
		registry.add("sage.identity.oidc.providers.local.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
		registry.add("sage.identity.oidc.providers.local.client-secret", TestSecrets::newSecret);
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void listsTheConfiguredProvider() throws Exception {
		JsonNode items = this.json.readTree(new Browser(this.port).get("/api/v1/auth/providers").body()).path("items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).path("id").asString()).isEqualTo("local");
		assertThat(items.get(0).path("displayName").asString()).isEqualTo("Local IdP");
		assertThat(items.get(0).path("signInUrl").asString()).isEqualTo("/api/v1/auth/oidc/local");
	}

	@Test
	void aNewPersonGetsAnAccountAndASession() throws Exception {
		String email = TestSecrets.newEmail();
		String subject = UUID.randomUUID().toString();
		Browser browser = new Browser(this.port);
		browser.get("/api/v1/auth/providers");

		String landing = signIn(browser, subject, email, true);

		assertThat(landing).isEqualTo("/");
		HttpResponse<String> session = browser.get("/api/v1/auth/session");
		assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
		JsonNode me = this.json.readTree(session.body());
		String id = me.path("id").asString();
		assertThat(me.path("email").asString()).isEqualTo(email);
		assertThat(me.path("emailVerified").asBoolean()).isTrue();
		assertThat(me.path("role").asString()).isEqualTo("USER");
		assertThat(me.path("tier").asString()).isEqualTo("FREE");
		assertThat(me.path("displayName").asString()).isEqualTo("Jane Provider");
		assertThat(browser.cookies).containsKeys(Browser.SESSION, Browser.XSRF);

		// a session like any other: CSRF applies to changes
		String profile = "{\"displayName\":\"Jane\",\"locale\":\"ko\",\"timeZone\":\"Asia/Seoul\","
				+ "\"baseCurrency\":\"KRW\",\"experienceLevel\":\"BEGINNER\",\"riskTolerance\":\"MODERATE\","
				+ "\"notifications\":{\"inApp\":true,\"email\":false,\"push\":false}}";
		assertThat(browser.send("PUT", "/api/v1/users/profile", profile, false).statusCode()).isEqualTo(403);
		HttpResponse<String> changed = browser.send("PUT", "/api/v1/users/profile", profile, true);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(browser.get("/api/v1/users/profile").statusCode()).isEqualTo(200);

		// no usable password: password sign-in fails as for a wrong one
		HttpResponse<String> password = new Browser(this.port).send("POST", "/api/v1/auth/login",
				login(email, PASSWORD), false);
		assertThat(password.statusCode()).isEqualTo(401);
		assertThat(code(password)).isEqualTo("invalid-credentials");

		// the link, kept as a blind index of the subject
		String stored = this.jdbc
			.sql("select subject_index from identity_oidc_link where user_id = :id and provider = 'local'")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).matches("[0-9a-f]{64}").doesNotContain(subject);
		assertThat(actions(id)).contains("user.registered", "user.provider-linked", "user.signed-in");
		assertThat(newValues(id)).contains("\"provider\":\"local\"").contains("new-account");

		// next time the link decides, whatever email the provider says then
		assertThat(browser.send("POST", "/api/v1/auth/logout", null, true).statusCode()).isEqualTo(204);
		assertThat(signIn(browser, subject, TestSecrets.newEmail(), false)).isEqualTo("/");
		assertThat(this.json.readTree(browser.get("/api/v1/auth/session").body()).path("id").asString()).isEqualTo(id);
	}

	@Test
	void theSessionIdRotatesAtSignIn() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> start = browser.get("/api/v1/auth/oidc/local");
		assertThat(start.statusCode()).isEqualTo(302);
		String before = browser.cookies.get(Browser.SESSION);
		assertThat(before).as("the sign-in waits in a session").isNotNull();
		provider.enqueueCallback(claims(UUID.randomUUID().toString(), TestSecrets.newEmail(), true));
		String callback = authorize(start);
		HttpResponse<String> back = browser.get(callback);
		assertThat(location(back)).isEqualTo("/");
		assertThat(browser.cookies.get(Browser.SESSION)).isNotEqualTo(before);
		assertThat(Browser.setCookie(back, Browser.SESSION)).contains("HttpOnly");
		assertThat(browser.get("/api/v1/auth/session").statusCode()).isEqualTo(200);
	}

	@Test
	void anExistingAccountIsLinkedByItsVerifiedEmail() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		HttpResponse<String> registered = browser.send("POST", "/api/v1/auth/register", login(email, PASSWORD), false);
		assertThat(registered.statusCode()).isEqualTo(201);
		String id = this.json.readTree(registered.body()).path("id").asString();
		browser.send("POST", "/api/v1/auth/logout", null, true);

		assertThat(signIn(browser, UUID.randomUUID().toString(), email, true)).isEqualTo("/");

		JsonNode me = this.json.readTree(browser.get("/api/v1/auth/session").body());
		assertThat(me.path("id").asString()).isEqualTo(id);
		assertThat(me.path("emailVerified").asBoolean()).as("the provider verified the same address").isTrue();
		assertThat(newValues(id)).contains("verified-email");
		assertThat(countAccounts(id)).isEqualTo(1);
		// the password still works
		assertThat(
				new Browser(this.port).send("POST", "/api/v1/auth/login", login(email, PASSWORD), false).statusCode())
			.isEqualTo(200);
	}

	@Test
	void anUnverifiedEmailIsRefused() throws Exception {
		String email = TestSecrets.newEmail();
		Browser owner = new Browser(this.port);
		String id = this.json
			.readTree(owner.send("POST", "/api/v1/auth/register", login(email, PASSWORD), false).body())
			.path("id")
			.asString();
		String subject = UUID.randomUUID().toString();
		Browser attacker = new Browser(this.port);

		assertThat(signIn(attacker, subject, email, false)).isEqualTo("/sign-in?error=oidc-email-not-verified");

		assertThat(attacker.get("/api/v1/auth/session").statusCode()).isEqualTo(401);
		assertThat(this.jdbc.sql("select count(*) from identity_oidc_link where user_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		// nor is an account made for an unverified email no one has
		String stranger = TestSecrets.newEmail();
		assertThat(signIn(attacker, UUID.randomUUID().toString(), stranger, false))
			.isEqualTo("/sign-in?error=oidc-email-not-verified");
		assertThat(this.accounts.findByEmail(sage.server.identity.account.EmailAddress.of(stranger))).isEmpty();
		assertThat(this.jdbc
			.sql("select count(*) from audit_log where action = 'user.sign-in-failed' and new_value like :reason")
			.param("reason", "%unverified-email%")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anAdministratorWithoutASecondFactorMayOnlyEnrol() throws Exception {
		String email = TestSecrets.newEmail();
		this.accounts.createAdministrator(email, PASSWORD, null, "test");
		Browser admin = new Browser(this.port);

		assertThat(signIn(admin, UUID.randomUUID().toString(), email, true)).isEqualTo("/");

		JsonNode me = this.json.readTree(admin.get("/api/v1/auth/session").body());
		assertThat(me.path("role").asString()).isEqualTo("ADMIN");
		assertThat(me.path("secondFactorEnrolmentRequired").asBoolean()).isTrue();
		for (String path : List.of("/api/v1/admin/audit", "/api/v1/users/profile")) {
			HttpResponse<String> blocked = admin.get(path);
			assertThat(blocked.statusCode()).as(path).isEqualTo(403);
			assertThat(code(blocked)).isEqualTo("second-factor-required");
		}
		Authenticator.enrol(admin);
		assertThat(admin.get("/api/v1/admin/audit").statusCode()).isEqualTo(200);
	}

	@Test
	void anAccountWithASecondFactorMustStillProveIt() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		browser.send("POST", "/api/v1/auth/register", login(email, PASSWORD), false);
		Authenticator app = Authenticator.enrol(browser);
		browser.send("POST", "/api/v1/auth/logout", null, true);

		assertThat(signIn(browser, UUID.randomUUID().toString(), email, true))
			.isEqualTo("/sign-in?second-factor=required");

		assertThat(browser.get("/api/v1/auth/session").statusCode()).isEqualTo(401);
		assertThat(browser.get("/api/v1/users/profile").statusCode()).isEqualTo(401);
		HttpResponse<String> wrong = browser.send("POST", "/api/v1/auth/login/2fa",
				"{\"code\":\"" + app.wrongCode() + "\"}", true);
		assertThat(code(wrong)).isEqualTo("invalid-second-factor");
		HttpResponse<String> right = browser.send("POST", "/api/v1/auth/login/2fa",
				"{\"code\":\"" + app.nextCode() + "\"}", true);
		assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
		assertThat(this.json.readTree(right.body()).path("secondFactorVerified").asBoolean()).isTrue();
		assertThat(browser.get("/api/v1/users/profile").statusCode()).isEqualTo(200);
	}

	@Test
	void aLockedAccountStaysLocked() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		browser.send("POST", "/api/v1/auth/register", login(email, PASSWORD), false);
		browser.send("POST", "/api/v1/auth/logout", null, true);
		for (int i = 0; i < 5; i++) {
			browser.send("POST", "/api/v1/auth/login", login(email, TestSecrets.newSecret()), false);
		}

		assertThat(signIn(browser, UUID.randomUUID().toString(), email, true))
			.isEqualTo("/sign-in?error=sign-in-locked");
		assertThat(browser.get("/api/v1/auth/session").statusCode()).isEqualTo(401);
	}

	@Test
	void anAccountAnAdministratorLockedIsRefused() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		HttpResponse<String> registered = browser.send("POST", "/api/v1/auth/register", login(email, PASSWORD), false);
		UUID id = UUID.fromString(this.json.readTree(registered.body()).path("id").asString());
		browser.send("POST", "/api/v1/auth/logout", null, true);
		this.accounts.lock(id, UUID.randomUUID());

		assertThat(signIn(browser, UUID.randomUUID().toString(), email, true))
			.isEqualTo("/sign-in?error=account-locked");
		assertThat(browser.get("/api/v1/auth/session").statusCode()).isEqualTo(401);
	}

	@Test
	void theVisitorGoesBackWhereTheyCameFromButNeverToAnotherSite() throws Exception {
		String email = TestSecrets.newEmail();
		assertThat(signIn(new Browser(this.port), "/api/v1/auth/oidc/local?next=%2Fwatchlists%3Ftab%3D2",
				UUID.randomUUID().toString(), email, true))
			.isEqualTo("/watchlists?tab=2");
		for (String elsewhere : List.of("https://evil.example", "//evil.example", "/\\evil.example", "/sign-in")) {
			String next = java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8);
			assertThat(signIn(new Browser(this.port), "/api/v1/auth/oidc/local?next=" + next,
					UUID.randomUUID().toString(), email, true))
				.as(elsewhere)
				.isEqualTo("/");
		}
		// a refusal keeps the way back for the next attempt
		assertThat(signIn(new Browser(this.port), "/api/v1/auth/oidc/local?next=%2Fbacktests",
				UUID.randomUUID().toString(), TestSecrets.newEmail(), false))
			.isEqualTo("/sign-in?error=oidc-email-not-verified&next=%2Fbacktests");
	}

	@Test
	void aTamperedStateIsRefused() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		HttpResponse<String> start = browser.get("/api/v1/auth/oidc/local");
		URI authorization = URI.create(location(start));
		assertThat(authorization.getRawQuery()).contains("state=", "nonce=", "code_challenge=",
				"redirect_uri=http://127.0.0.1:" + this.port + "/api/v1/auth/oidc/local/callback");
		// no claims enqueued: the code must never reach the provider's token endpoint
		// (the
		// provider would answer with its default claims, which have no email)
		String callback = authorize(start);
		String tampered = callback.replaceFirst("state=[^&]+", "state=forged" + UUID.randomUUID());

		HttpResponse<String> refused = browser.get(tampered);

		assertThat(location(refused)).isEqualTo("/sign-in?error=oidc-sign-in-failed");
		assertThat(browser.get("/api/v1/auth/session").statusCode()).isEqualTo(401);
		assertThat(this.accounts.findByEmail(sage.server.identity.account.EmailAddress.of(email))).isEmpty();
		// the genuine answer, brought by someone else's browser, finds no sign-in waiting
		HttpResponse<String> elsewhere = new Browser(this.port).get(callback);
		assertThat(location(elsewhere)).isEqualTo("/sign-in?error=oidc-sign-in-failed");
		assertThat(this.accounts.findByEmail(sage.server.identity.account.EmailAddress.of(email))).isEmpty();
	}

	@Test
	void anUnknownProviderGoesBackToTheSignInPage() throws Exception {
		HttpResponse<String> start = new Browser(this.port).get("/api/v1/auth/oidc/nope");
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(location(start)).isEqualTo("/sign-in?error=oidc-sign-in-failed");
	}

	/**
	 * The whole flow in {@code browser}: Sage sends it to the provider, the provider back
	 * with a code, Sage starts the session.
	 * @return where Sage finally sends the browser, as a path
	 */
	private String signIn(Browser browser, String subject, String email, boolean verified) throws Exception {
		return signIn(browser, "/api/v1/auth/oidc/local", subject, email, verified);
	}

	private String signIn(Browser browser, String start, String subject, String email, boolean verified)
			throws Exception {
		return follow(browser, browser.get(start), subject, email, verified);
	}

	private String follow(Browser browser, HttpResponse<String> start, String subject, String email, boolean verified)
			throws Exception {
		assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
		provider.enqueueCallback(claims(subject, email, verified));
		HttpResponse<String> back = browser.get(authorize(start));
		assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
		return location(back);
	}

	/**
	 * Follows Sage's redirect to the provider; returns the callback path it redirects to.
	 */
	private String authorize(HttpResponse<String> start) throws Exception {
		String authorization = location(start);
		assertThat(authorization).startsWith(provider.issuerUrl(ISSUER).toString());
		HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(authorization)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		URI callback = URI.create(answer.headers().firstValue("Location").orElse(""));
		assertThat(callback.getPort()).as(callback.toString()).isEqualTo(this.port);
		return callback.getRawPath() + "?" + callback.getRawQuery();
	}

	private static DefaultOAuth2TokenCallback claims(String subject, String email, boolean verified) {
		return new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID),
				Map.of("email", email, "email_verified", verified, "name", "Jane Provider"), 3600);
	}

	private static String location(HttpResponse<?> response) {
		String location = response.headers().firstValue("Location").orElse("");
		URI uri = URI.create(location);
		if (uri.getHost() != null && "127.0.0.1".equals(uri.getHost()) && uri.getPort() != provider.baseUrl().port()) {
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		return location;
	}

	private List<String> actions(String id) {
		return this.jdbc.sql("select action from audit_log where entity_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private String newValues(String id) {
		return String.join(" ",
				this.jdbc.sql("select coalesce(new_value, '') from audit_log where entity_id = :id")
					.param("id", id)
					.query(String.class)
					.list());
	}

	private long countAccounts(String id) {
		return this.jdbc.sql("select count(*) from identity_user where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private String code(HttpResponse<String> response) {
		return this.json.readTree(response.body()).path("code").asString();
	}

	private static String login(String email, String password) {
		return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
	}

}
