package sage.server.identity;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.identity.account.Accounts;
import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor authentication against the real server: enrolment, the two-step sign-in,
 * replay and single use, the lockout, administrators held to enrolment, the audit rows.
 */
@OnEmbeddedDefaults
class TwoFactorIT {

	/** A test secret, so the build's log scan finds it if anything logs a password. */
	private static final String PASSWORD = TestSecrets.newSecret();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void enrolSignOutAndSignInAgainWithASecondFactor() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		register(browser, email);
		String id = this.json.readTree(browser.get("/api/v1/auth/session").body()).path("id").asString();
		assertThat(this.json.readTree(browser.get("/api/v1/users/2fa").body()).path("enabled").asBoolean()).isFalse();

		Authenticator app = Authenticator.enrol(browser);
		assertThat(app.recoveryCodes()).hasSize(10);
		JsonNode status = this.json.readTree(browser.get("/api/v1/users/2fa").body());
		assertThat(status.path("enabled").asBoolean()).isTrue();
		assertThat(status.path("enabledAt").asString()).isNotEmpty();
		assertThat(status.path("recoveryCodesLeft").asInt()).isEqualTo(10);
		String stored = this.jdbc.sql("select secret_cipher from identity_two_factor where user_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).as("encrypted: key id, then ciphertext").matches("[A-Za-z0-9_-]+:[A-Za-z0-9+/]+");
		assertThat(browser.send("POST", "/api/v1/auth/logout", null, true).statusCode()).isEqualTo(204);

		// the password alone: a pending session, signed in to nothing
		HttpResponse<String> login = browser.send("POST", "/api/v1/auth/login", login(email), true);
		assertThat(login.statusCode()).isEqualTo(202);
		assertThat(this.json.readTree(login.body()).path("secondFactor").asString()).isEqualTo("required");
		String pendingSession = browser.cookies.get(Browser.SESSION);
		assertThat(pendingSession).isNotNull();
		assertThat(browser.get("/api/v1/auth/session").statusCode()).isEqualTo(401);
		assertThat(browser.get("/api/v1/users/profile").statusCode()).isEqualTo(401);

		HttpResponse<String> wrong = secondFactor(browser, "code", app.wrongCode());
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(code(wrong)).isEqualTo("invalid-second-factor");

		String code = app.nextCode();
		HttpResponse<String> right = secondFactor(browser, "code", code);
		assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
		assertThat(this.json.readTree(right.body()).path("secondFactorVerified").asBoolean()).isTrue();
		assertThat(browser.cookies.get(Browser.SESSION)).as("the id rotates again").isNotEqualTo(pendingSession);
		assertThat(browser.get("/api/v1/users/profile").statusCode()).isEqualTo(200);
		browser.send("POST", "/api/v1/auth/logout", null, true);

		// the same code again, within its window
		assertThat(browser.send("POST", "/api/v1/auth/login", login(email), true).statusCode()).isEqualTo(202);
		HttpResponse<String> replayed = secondFactor(browser, "code", code);
		assertThat(replayed.statusCode()).isEqualTo(401);
		assertThat(code(replayed)).isEqualTo("invalid-second-factor");

		// a recovery code, once
		String recovery = app.recoveryCodes().get(0);
		assertThat(secondFactor(browser, "recoveryCode", recovery).statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(browser.get("/api/v1/users/2fa").body()).path("recoveryCodesLeft").asInt())
			.isEqualTo(9);
		browser.send("POST", "/api/v1/auth/logout", null, true);
		assertThat(browser.send("POST", "/api/v1/auth/login", login(email), true).statusCode()).isEqualTo(202);
		assertThat(secondFactor(browser, "recoveryCode", recovery).statusCode()).isEqualTo(401);
		assertThat(secondFactor(browser, "recoveryCode", app.recoveryCodes().get(1)).statusCode()).isEqualTo(200);

		// turning it off needs a code
		HttpResponse<String> refused = browser.send("DELETE", "/api/v1/users/2fa",
				"{\"code\":\"" + app.wrongCode() + "\"}", true);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(browser
			.send("DELETE", "/api/v1/users/2fa", "{\"recoveryCode\":\"" + app.recoveryCodes().get(2) + "\"}", true)
			.statusCode()).isEqualTo(204);
		assertThat(this.json.readTree(browser.get("/api/v1/users/2fa").body()).path("enabled").asBoolean()).isFalse();

		List<String> actions = this.jdbc.sql("select action from audit_log where actor = :id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(actions).contains("user.two-factor-enabled", "user.second-factor-failed", "user.recovery-code-used",
				"user.two-factor-disabled");
		String rows = String.join(" ",
				this.jdbc.sql("select coalesce(new_value, '') from audit_log where actor = :id")
					.param("id", id)
					.query(String.class)
					.list());
		assertThat(rows).doesNotContain(recovery).doesNotContain(code);
	}

	@Test
	void wrongCodesCountTowardTheSignInLockout() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		register(browser, email);
		Authenticator app = Authenticator.enrol(browser);
		browser.send("POST", "/api/v1/auth/logout", null, true);
		assertThat(browser.send("POST", "/api/v1/auth/login", login(email), true).statusCode()).isEqualTo(202);
		for (int i = 1; i < 5; i++) {
			assertThat(secondFactor(browser, "code", app.wrongCode()).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> fifth = secondFactor(browser, "code", app.wrongCode());
		assertThat(fifth.statusCode()).isEqualTo(429);
		assertThat(code(fifth)).isEqualTo("sign-in-locked");
		HttpResponse<String> again = new Browser(this.port).send("POST", "/api/v1/auth/login", login(email), false);
		assertThat(again.statusCode()).as("the password does not clear guessed codes").isEqualTo(429);
	}

	@Test
	void theSecondStepNeedsAPendingSignIn() throws Exception {
		HttpResponse<String> response = secondFactor(new Browser(this.port), "code", "123456");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(code(response)).isEqualTo("no-pending-sign-in");
	}

	@Test
	void anAdministratorWithoutASecondFactorMayOnlyEnrol() throws Exception {
		String email = TestSecrets.newEmail();
		this.accounts.createAdministrator(email, PASSWORD, null, "test");
		Browser admin = new Browser(this.port);
		HttpResponse<String> login = admin.send("POST", "/api/v1/auth/login", login(email), false);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(login.body()).path("secondFactorEnrolmentRequired").asBoolean()).isTrue();
		for (String path : List.of("/api/v1/admin/audit", "/api/v1/accounts?email=" + email, "/api/v1/users/profile")) {
			HttpResponse<String> blocked = admin.get(path);
			assertThat(blocked.statusCode()).as(path).isEqualTo(403);
			assertThat(code(blocked)).as(path).isEqualTo("second-factor-required");
		}
		assertThat(admin.get("/api/v1/auth/session").statusCode()).isEqualTo(200);

		Authenticator app = Authenticator.enrol(admin);
		assertThat(admin.get("/api/v1/admin/audit").statusCode()).isEqualTo(200);
		HttpResponse<String> keep = admin.send("DELETE", "/api/v1/users/2fa", "{\"code\":\"" + app.nextCode() + "\"}",
				true);
		assertThat(keep.statusCode()).isEqualTo(403);
		assertThat(code(keep)).isEqualTo("two-factor-mandatory");

		admin.send("POST", "/api/v1/auth/logout", null, true);
		assertThat(app.signIn(admin, email, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(admin.get("/api/v1/admin/audit").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> secondFactor(Browser browser, String field, String value) throws Exception {
		return browser.send("POST", "/api/v1/auth/login/2fa", "{\"" + field + "\":\"" + value + "\"}", true);
	}

	private String code(HttpResponse<String> response) {
		return this.json.readTree(response.body()).path("code").asString();
	}

	private void register(Browser browser, String email) throws Exception {
		assertThat(browser
			.send("POST", "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
					true)
			.statusCode()).isEqualTo(201);
	}

	private static String login(String email) {
		return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
	}

}
