package sage.server.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.identity.account.Accounts;
import sage.server.identity.security.AccessTable;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix: every operation of the served OpenAPI document, called by
 * every kind of caller, answers as {@link AccessTable} says: refused (401 for anonymous
 * callers, 403 for the others) or let through (any other answer; business results are not
 * this test's subject). An operation without a row in the table fails here, so a new
 * endpoint cannot be forgotten. Owned objects of another user answer 404.
 */
@OnEmbeddedDefaults
class AuthorizationMatrixIT {

	private static final String PASSWORD = TestSecrets.newSecret();

	private static final Set<String> REFUSALS = Set.of("unauthenticated", "access-denied", "insufficient-scope");

	private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	/**
	 * Who calls.
	 *
	 * @param role the account's role; {@code null} for anonymous
	 * @param scopes the API key's scopes; {@code null} for a session or anonymous caller
	 */
	record Caller(String name, Browser client, @Nullable Role role, @Nullable Set<Scope> scopes) {

		boolean usesSession() {
			return this.role != null && this.scopes == null;
		}

	}

	record Operation(String method, String path) {
	}

	@Test
	void everyOperationDeclaresItsAccessAndEveryCallerGetsIt() throws Exception {
		JsonNode document = this.json.readTree(new Browser(this.port).get("/api/openapi.json").body());
		List<Operation> operations = operations(document);
		assertThat(operations).hasSizeGreaterThan(50);
		List<String> undeclared = operations.stream()
			.filter((op) -> AccessTable.find(op.method(), op.path()).isEmpty())
			.map((op) -> op.method() + " " + op.path())
			.toList();
		assertThat(undeclared).as("every operation must declare its access in AccessTable").isEmpty();
		for (Operation op : operations) {
			assertThat(document.path("paths")
				.path(op.path())
				.path(op.method().toLowerCase(Locale.ROOT))
				.path("x-sage-scope")
				.asString()).as("x-sage-scope of " + op).isNotBlank();
		}

		Browser admin = signInAdministrator();
		List<Caller> callers = List.of(new Caller("anonymous", new Browser(this.port), null, null),
				new Caller("USER session", register(), Role.USER, null),
				new Caller("SUPPORT session", support(admin), Role.SUPPORT, null),
				new Caller("ADMIN session", admin, Role.ADMIN, null),
				new Caller("USER read key", Browser.withApiKey(this.port, newKey(register(), "read")), Role.USER,
						Set.of(Scope.READ)),
				new Caller("ADMIN admin key", Browser.withApiKey(this.port, newKey(admin, "admin")), Role.ADMIN,
						Set.of(Scope.ADMIN)),
				new Caller("ADMIN read key", Browser.withApiKey(this.port, newKey(admin, "read")), Role.ADMIN,
						Set.of(Scope.READ)),
				new Caller("USER read access token",
						Browser.withApiKey(this.port, accessToken(newKey(register(), "read"))), Role.USER,
						Set.of(Scope.READ)));

		List<String> wrong = new ArrayList<>();
		for (Operation op : operations) {
			AccessTable.Rule rule = AccessTable.find(op.method(), op.path()).orElseThrow();
			for (Caller caller : callers) {
				HttpResponse<String> response = caller.client()
					.send(op.method(), fill(op.path()),
							op.method().equals("GET") || op.method().equals("DELETE") ? null : "{}",
							caller.usesSession());
				int expected = expectedRefusal(rule, caller);
				int actual = refusal(response);
				if (expected != actual) {
					wrong.add(op.method() + " " + op.path() + " as " + caller.name() + ": expected "
							+ ((expected == 0) ? "access" : expected) + ", got " + response.statusCode() + " "
							+ response.body().substring(0, Math.min(200, response.body().length())));
				}
			}
		}
		assertThat(wrong).as("answers that disagree with AccessTable").isEmpty();
	}

	@Test
	void anotherUsersWatchlistsSecretsAndApiKeysAreNotFound() throws Exception {
		Browser owner = register();
		String watchlist = id(owner.send("POST", "/api/v1/users/watchlists", "{\"name\":\"Mine\"}", true));
		String secret = id(owner.send("POST", "/api/v1/users/secrets",
				"{\"kind\":\"EXCHANGE_API_KEY\",\"label\":\"mine\",\"value\":\"" + TestSecrets.newSecret() + "\"}",
				true));
		String apiKey = this.json
			.readTree(owner.send("POST", "/api/v1/users/api-keys", "{\"name\":\"mine\",\"scopes\":[\"read\"]}", true)
				.body())
			.path("apiKey")
			.path("id")
			.asString();

		Browser other = register();
		Browser otherKey = Browser.withApiKey(this.port, newKey(other, "trade"));
		List<Operation> owned = List.of(new Operation("GET", "/api/v1/users/watchlists/" + watchlist),
				new Operation("PUT", "/api/v1/users/watchlists/" + watchlist),
				new Operation("DELETE", "/api/v1/users/watchlists/" + watchlist),
				new Operation("GET", "/api/v1/users/secrets/" + secret),
				new Operation("DELETE", "/api/v1/users/secrets/" + secret),
				new Operation("POST", "/api/v1/users/api-keys/" + apiKey + "/rotate"),
				new Operation("DELETE", "/api/v1/users/api-keys/" + apiKey));
		for (Operation op : owned) {
			String body = op.method().equals("PUT") ? "{\"name\":\"theirs\",\"symbols\":[]}" : null;
			assertThat(other.send(op.method(), op.path(), body, true).statusCode()).as("session: " + op).isEqualTo(404);
			if (!op.path().contains("api-keys")) {
				assertThat(otherKey.send(op.method(), op.path(), body, false).statusCode()).as("key: " + op)
					.isEqualTo(404);
			}
		}
		assertThat(owner.get("/api/v1/users/watchlists/" + watchlist).statusCode()).isEqualTo(200);
		assertThat(owner.get("/api/v1/users/secrets/" + secret).statusCode()).isEqualTo(200);
		assertThat(owner.get("/api/v1/users/api-keys").body()).contains(apiKey);
	}

	@Test
	void anotherUsersBacktestsAndSweepsAreNotFound() throws Exception {
		Browser owner = register();
		String backtest = id(owner.send("POST", "/api/v1/backtests",
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"from\":\"2020-01-01\"}", true));
		HttpResponse<String> sweep = owner.send("POST", "/api/v1/sweeps",
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"from\":\"2020-01-01\","
						+ "\"ranges\":[{\"name\":\"period\",\"values\":[10,14]}]}",
				true);
		assertThat(sweep.statusCode()).as(sweep.body()).isEqualTo(202);
		String sweepId = this.json.readTree(sweep.body()).path("id").asString();

		Browser other = register();
		Browser otherKey = Browser.withApiKey(this.port, newKey(other, "read"));
		List<Operation> owned = List.of(new Operation("GET", "/api/v1/backtests/" + backtest),
				new Operation("DELETE", "/api/v1/backtests/" + backtest),
				new Operation("GET", "/api/v1/sweeps/" + sweepId),
				new Operation("DELETE", "/api/v1/sweeps/" + sweepId));
		for (Operation op : owned) {
			assertThat(other.send(op.method(), op.path(), null, true).statusCode()).as("session: " + op).isEqualTo(404);
			assertThat(otherKey.send(op.method(), op.path(), null, false).statusCode()).as("key: " + op).isEqualTo(404);
		}
		assertThat(other.get("/api/v1/backtests").body()).doesNotContain(backtest);
		assertThat(other.get("/api/v1/sweeps").body()).doesNotContain(sweepId);
		assertThat(owner.get("/api/v1/backtests/" + backtest).statusCode()).isEqualTo(200);
		assertThat(owner.get("/api/v1/sweeps/" + sweepId).statusCode()).isEqualTo(200);
	}

	/** 0 when the caller may call the operation, else the status of the refusal. */
	private static int expectedRefusal(AccessTable.Rule rule, Caller caller) {
		if (rule.audience() != AccessTable.Audience.ANYONE
				&& (caller.role() == null || !rule.audience().admits(caller.role()))) {
			return (caller.role() == null) ? 401 : 403;
		}
		if (caller.scopes() != null && (rule.scope() == null || !rule.scope().isGrantedBy(caller.scopes()))) {
			return 403;
		}
		return 0;
	}

	/** 0 when the answer is not an access refusal, else its status. */
	private int refusal(HttpResponse<String> response) {
		if (response.statusCode() != 401 && response.statusCode() != 403) {
			return 0;
		}
		String code = this.json.readTree(response.body()).path("code").asString();
		return REFUSALS.contains(code) ? response.statusCode() : 0;
	}

	/** Every operation, signing out last (it ends the sessions the walk uses). */
	private static List<Operation> operations(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (METHODS.contains(method.getKey())) {
					operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey()));
				}
			}
		}
		operations.sort(Comparator.comparing((Operation op) -> op.path().endsWith("/logout")));
		return operations;
	}

	/** The path with its parameters filled: a real symbol, a random id. */
	private static String fill(String template) {
		return template.replace("{symbol}", "SPY")
			.replace("{id}", UUID.randomUUID().toString())
			.replace("{messageId}", UUID.randomUUID().toString())
			.replace("{job}", "no-such-job");
	}

	private String id(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return this.json.readTree(created.body()).path("id").asString();
	}

	private String newKey(Browser session, String scope) throws Exception {
		HttpResponse<String> created = session.send("POST", "/api/v1/users/api-keys",
				"{\"name\":\"matrix\",\"scopes\":[\"" + scope + "\"]}", true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return this.json.readTree(created.body()).path("key").asString();
	}

	private String accessToken(String key) throws Exception {
		HttpResponse<String> issued = Browser.withApiKey(this.port, key)
			.send("POST", "/api/v1/auth/token", null, false);
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		return this.json.readTree(issued.body()).path("accessToken").asString();
	}

	private Browser register() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> registered = browser.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + TestSecrets.newEmail() + "\",\"password\":\"" + PASSWORD + "\"}", true);
		assertThat(registered.statusCode()).isEqualTo(201);
		return browser;
	}

	/**
	 * A SUPPORT session: a registered user promoted by the administrator, signed in
	 * again.
	 */
	private Browser support(Browser admin) throws Exception {
		String email = TestSecrets.newEmail();
		Browser support = new Browser(this.port);
		support.send("POST", "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
				true);
		String id = this.json.readTree(support.get("/api/v1/auth/session").body()).path("id").asString();
		assertThat(
				admin.send("PUT", "/api/v1/accounts/" + id + "/role", "{\"role\":\"SUPPORT\",\"tier\":\"FREE\"}", true)
					.statusCode())
			.isEqualTo(200);
		signIn(support, email);
		return support;
	}

	/**
	 * An administrator's session. The one place administrators sign in, so that a second
	 * factor, when administrators need one, is added here only.
	 */
	private Browser signInAdministrator() throws Exception {
		String email = TestSecrets.newEmail();
		this.accounts.createAdministrator(email, PASSWORD, null, "test");
		Browser admin = new Browser(this.port);
		signIn(admin, email);
		// administrators reach nothing of theirs before enrolling a second factor
		Authenticator.enrol(admin);
		return admin;
	}

	private void signIn(Browser browser, String email) throws Exception {
		HttpResponse<String> login = browser.send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", true);
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
	}

}
