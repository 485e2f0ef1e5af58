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
import sage.server.testing.Browser;
import sage.server.testing.TestAccounts;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration of accounts against the real server: search and paging, lock and unlock,
 * force sign-out, what a role change and a lock end, the system health summary, and the
 * audit rows of each. Run on each database by a subclass.
 */
abstract class AccountAdministrationContract {

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
	void staffSearchAccountsByExactEmailRoleAndLockPageByPageAndEachReadIsAudited() throws Exception {
		Browser admin = TestAccounts.newAdministrator(this.port, this.accounts);
		String email = TestSecrets.newEmail();
		Browser user = register(email);
		String userId = idOf(user);

		JsonNode found = ok(admin.get("/api/v1/accounts?email=" + email.toUpperCase()));
		assertThat(found.path("total").asLong()).isEqualTo(1);
		assertThat(found.path("items").get(0).path("id").asString()).isEqualTo(userId);
		assertThat(found.path("items").get(0).path("email").asString()).isEqualTo(email);
		assertThat(found.path("items").get(0).path("locked").asBoolean()).isFalse();
		assertThat(ok(admin.get("/api/v1/accounts?email=nobody-" + email)).path("total").asLong()).isZero();

		JsonNode admins = ok(admin.get("/api/v1/accounts?role=ADMIN&size=100"));
		assertThat(admins.path("items").valueStream().map((a) -> a.path("role").asString())).containsOnly("ADMIN");
		JsonNode firstPage = ok(admin.get("/api/v1/accounts?size=1&page=0"));
		JsonNode secondPage = ok(admin.get("/api/v1/accounts?size=1&page=1"));
		assertThat(firstPage.path("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(firstPage.path("items")).hasSize(1);
		assertThat(secondPage.path("items").get(0).path("id").asString())
			.isNotEqualTo(firstPage.path("items").get(0).path("id").asString());

		String adminId = idOf(admin);
		long reads = this.jdbc.sql(
				"select count(*) from audit_log where actor = :actor and action = 'user.pii-read' and new_value like :id")
			.param("actor", adminId)
			.param("id", "%" + userId + "%")
			.query(Long.class)
			.single();
		assertThat(reads).as("the read that showed the user is audited").isGreaterThanOrEqualTo(1);
		String unmasked = this.jdbc
			.sql("select new_value from audit_log where actor = :actor and action = 'user.pii-read' order by seq desc "
					+ "fetch first 1 rows only")
			.param("actor", adminId)
			.query(String.class)
			.single();
		assertThat(unmasked).contains("\"masked\":false").doesNotContain(email);
	}

	@Test
	void badSearchesAre400ProblemsNamingTheField() throws Exception {
		Browser admin = TestAccounts.newAdministrator(this.port, this.accounts);
		for (String query : List.of("size=0", "size=101", "page=-1", "role=KING", "tier=GOLD", "email=not-an-email",
				"locked=maybe")) {
			HttpResponse<String> refused = admin.get("/api/v1/accounts?" + query);
			assertThat(refused.statusCode()).as(query).isEqualTo(400);
			assertThat(refused.headers().firstValue("content-type")).as(query).hasValue("application/problem+json");
			JsonNode problem = this.json.readTree(refused.body());
			assertThat(problem.path("code").asString()).as(query).isEqualTo("invalid-request");
			assertThat(problem.path("requestId").asString()).as(query).isNotBlank();
		}
	}

	@Test
	void aLockEndsTheSessionsStopsTheKeysAndRefusesSignInUntilUnlocked() throws Exception {
		Browser admin = TestAccounts.newAdministrator(this.port, this.accounts);
		String email = TestSecrets.newEmail();
		Browser user = register(email);
		Browser otherDevice = new Browser(this.port);
		assertThat(signIn(otherDevice, email, PASSWORD).statusCode()).isEqualTo(200);
		String key = TestAccounts.newApiKey(user, "read");
		String userId = idOf(user);

		JsonNode locked = ok(admin.send("PUT", "/api/v1/accounts/" + userId + "/lock", null, true));
		assertThat(locked.path("locked").asBoolean()).isTrue();
		assertThat(locked.path("lockedAt").asString()).isNotBlank();
		for (Browser session : List.of(user, otherDevice)) {
			HttpResponse<String> ended = session.get("/api/v1/users/profile");
			assertThat(ended.statusCode()).isEqualTo(401);
			assertThat(code(ended)).isEqualTo("unauthenticated");
		}
		assertThat(code(Browser.withApiKey(this.port, key).get("/api/v1/users/profile"))).isEqualTo("invalid-api-key");
		// a wrong password answers as for any account, so the lock tells nothing to
		// someone guessing
		assertThat(code(signIn(new Browser(this.port), email, "wrong-" + PASSWORD))).isEqualTo("invalid-credentials");
		HttpResponse<String> refused = signIn(new Browser(this.port), email, PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(code(refused)).isEqualTo("account-locked");
		assertThat(Browser.setCookie(refused, Browser.SESSION)).as("no session for a locked account").isEmpty();
		assertThat(ok(admin.get("/api/v1/accounts?locked=true&email=" + email)).path("total").asLong()).isEqualTo(1);
		assertThat(ok(admin.send("PUT", "/api/v1/accounts/" + userId + "/lock", null, true)).path("locked").asBoolean())
			.as("locking again changes nothing")
			.isTrue();

		JsonNode unlocked = ok(admin.send("DELETE", "/api/v1/accounts/" + userId + "/lock", null, true));
		assertThat(unlocked.path("locked").asBoolean()).isFalse();
		assertThat(unlocked.hasNonNull("lockedAt")).isFalse();
		assertThat(signIn(new Browser(this.port), email, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(Browser.withApiKey(this.port, key).get("/api/v1/users/profile").statusCode()).isEqualTo(200);

		assertThat(auditActions(userId)).containsSubsequence("user.locked-by-administrator", "user.sign-in-failed",
				"user.unlocked-by-administrator", "user.signed-in");
		assertThat(this.jdbc
			.sql("select count(*) from audit_log where entity_id = :id and action = 'user.locked-by-administrator'")
			.param("id", userId)
			.query(Long.class)
			.single()).as("the second lock changed nothing and recorded nothing").isEqualTo(1);
	}

	@Test
	void forceSignOutEndsEverySessionButNotTheKeysAndTheUserSignsInAgain() throws Exception {
		Browser admin = TestAccounts.newAdministrator(this.port, this.accounts);
		String email = TestSecrets.newEmail();
		Browser user = register(email);
		Browser otherDevice = new Browser(this.port);
		signIn(otherDevice, email, PASSWORD);
		String key = TestAccounts.newApiKey(user, "read");
		String userId = idOf(user);

		HttpResponse<String> ended = admin.send("DELETE", "/api/v1/accounts/" + userId + "/sessions", null, true);
		assertThat(ended.statusCode()).isEqualTo(204);
		assertThat(user.get("/api/v1/auth/session").statusCode()).isEqualTo(401);
		assertThat(otherDevice.get("/api/v1/users/profile").statusCode()).isEqualTo(401);
		assertThat(Browser.withApiKey(this.port, key).get("/api/v1/users/profile").statusCode())
			.as("keys are not sessions")
			.isEqualTo(200);
		assertThat(signIn(user, email, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(user.get("/api/v1/users/profile").statusCode()).isEqualTo(200);
		assertThat(auditActions(userId)).contains("user.sessions-ended");
		assertThat(admin.get("/api/v1/auth/session").statusCode()).as("the administrator's own session goes on")
			.isEqualTo(200);
	}

	@Test
	void aRoleChangeEndsTheSessionsSoTheNewRoleAppliesAtTheNextSignIn() throws Exception {
		Browser admin = TestAccounts.newAdministrator(this.port, this.accounts);
		String email = TestSecrets.newEmail();
		Browser user = register(email);
		String userId = idOf(user);
		ok(admin.send("PUT", "/api/v1/accounts/" + userId + "/role", "{\"role\":\"SUPPORT\",\"tier\":\"PRO\"}", true));
		assertThat(user.get("/api/v1/auth/session").statusCode()).isEqualTo(401);
		signIn(user, email, PASSWORD);
		JsonNode session = ok(user.get("/api/v1/auth/session"));
		assertThat(session.path("role").asString()).isEqualTo("SUPPORT");
		assertThat(user.get("/api/v1/accounts?size=1").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorCannotLockOrDemoteThemselvesAndOthersCannotAdministrate() throws Exception {
		Browser admin = TestAccounts.newAdministrator(this.port, this.accounts);
		String adminId = idOf(admin);
		HttpResponse<String> lockSelf = admin.send("PUT", "/api/v1/accounts/" + adminId + "/lock", null, true);
		assertThat(lockSelf.statusCode()).isEqualTo(409);
		assertThat(code(lockSelf)).isEqualTo("own-account");
		HttpResponse<String> demoteSelf = admin.send("PUT", "/api/v1/accounts/" + adminId + "/role",
				"{\"role\":\"USER\",\"tier\":\"FREE\"}", true);
		assertThat(code(demoteSelf)).isEqualTo("own-account");
		JsonNode self = ok(admin.get("/api/v1/accounts/" + adminId));
		assertThat(self.path("role").asString()).as("nothing changed").isEqualTo("ADMIN");
		assertThat(self.path("locked").asBoolean()).isFalse();
		assertThat(admin.get("/api/v1/auth/session").statusCode()).isEqualTo(200);

		Browser user = register(TestSecrets.newEmail());
		String userId = idOf(user);
		for (HttpResponse<String> refused : List.of(
				user.send("PUT", "/api/v1/accounts/" + adminId + "/lock", null, true),
				user.send("DELETE", "/api/v1/accounts/" + adminId + "/sessions", null, true),
				user.get("/api/v1/admin/health"))) {
			assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
			assertThat(code(refused)).isEqualTo("access-denied");
		}
		assertThat(new Browser(this.port).get("/api/v1/admin/health").statusCode()).isEqualTo(401);
		HttpResponse<String> unknown = admin.send("PUT", "/api/v1/accounts/00000000-0000-4000-8000-000000000000/lock",
				null, true);
		assertThat(code(unknown)).isEqualTo("account-not-found");
		assertThat(admin.send("DELETE", "/api/v1/accounts/not-a-uuid/sessions", null, true).statusCode())
			.isEqualTo(400);
		assertThat(user.get("/api/v1/auth/session").statusCode()).as("the user was never touched").isEqualTo(200);
		assertThat(auditActions(userId)).doesNotContain("user.sessions-ended");
	}

	@Test
	void theHealthSummaryNamesEachComponentTheVersionAndTheJvm() throws Exception {
		Browser admin = TestAccounts.newAdministrator(this.port, this.accounts);
		JsonNode health = ok(admin.get("/api/v1/admin/health"));
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").valueStream().map((c) -> c.path("name").asString())).contains("db",
				"diskSpace");
		assertThat(health.path("components").valueStream().map((c) -> c.path("status").asString())).containsOnly("UP");
		assertThat(health.path("version").asString()).isNotBlank();
		assertThat(health.path("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(health.path("javaVersion").asString()).startsWith(String.valueOf(Runtime.version().feature()));
		assertThat(health.path("heapMaxBytes").asLong()).isGreaterThan(health.path("heapUsedBytes").asLong());
		assertThat(health.toString()).as("no indicator details (paths, hosts)").doesNotContain("threshold", "path");
	}

	private Browser register(String email) throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> registered = browser.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", true);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		return browser;
	}

	private HttpResponse<String> signIn(Browser browser, String email, String password) throws Exception {
		return browser.send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", true);
	}

	private String idOf(Browser session) throws Exception {
		return ok(session.get("/api/v1/auth/session")).path("id").asString();
	}

	private JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private String code(HttpResponse<String> response) {
		return this.json.readTree(response.body()).path("code").asString();
	}

	private List<String> auditActions(String accountId) {
		return this.jdbc.sql("select action from audit_log where entity_id = :id order by seq")
			.param("id", accountId)
			.query(String.class)
			.list();
	}

}
