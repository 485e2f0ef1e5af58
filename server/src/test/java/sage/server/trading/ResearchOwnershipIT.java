package sage.server.trading;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.identity.account.Accounts;
import sage.server.testing.Browser;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backtests, backtest jobs and sweeps are their owner's: another user (in a session or
 * with an API key), and an administrator too, gets the same 404 for them as for an id
 * nobody has, does not find them in a list and cannot delete them; an anonymous caller
 * gets 401 before anything is looked up.
 */
@OnEmbeddedDefaults
class ResearchOwnershipIT {

	private static final String BACKTEST = """
			{"strategy":"rsi-threshold","symbol":"SPY","from":"2019-01-01","to":"2020-08-28","monteCarlo":{"runs":0}}""";

	private static final String SWEEP = """
			{"strategy":"rsi-threshold","symbol":"SPY","from":"2019-01-01","to":"2020-08-28",
			 "ranges":[{"name":"period","values":[10,14]}],"metric":"TOTAL_RETURN"}""";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anotherUsersBacktestsJobsAndSweepsAnswerAsIfTheyDidNotExist() throws Exception {
		Browser owner = TestAccounts.newUser(this.port);
		String backtest = created(owner.send("POST", "/api/v1/backtests", BACKTEST, true), 201);
		String job = asJob(owner);
		String sweep = created(owner.send("POST", "/api/v1/sweeps", SWEEP, true), 202);

		Browser other = TestAccounts.newUser(this.port);
		Browser otherKey = Browser.withApiKey(this.port, TestAccounts.newApiKey(other, "read"));
		Browser admin = TestAccounts.newAdministrator(this.port, this.accounts);
		List<String> owned = List.of("/api/v1/backtests/" + backtest, "/api/v1/backtests/jobs/" + job,
				"/api/v1/backtests/" + job, "/api/v1/sweeps/" + sweep);
		for (String path : owned) {
			HttpResponse<String> missing = owner.get(nobodys(path));
			for (Browser stranger : List.of(other, otherKey, admin)) {
				HttpResponse<String> read = stranger.send("GET", path, null, true);
				assertThat(read.statusCode()).as("GET " + path).isEqualTo(404);
				assertThat(problem(read)).as("GET " + path).isEqualTo(problem(missing));
				assertThat(read.body()).doesNotContain("rsi-threshold", "SPY");
			}
		}
		for (String path : List.of("/api/v1/backtests/" + backtest, "/api/v1/backtests/" + job,
				"/api/v1/sweeps/" + sweep)) {
			for (Browser stranger : List.of(other, otherKey, admin)) {
				assertThat(stranger.send("DELETE", path, null, true).statusCode()).as("DELETE " + path).isEqualTo(404);
			}
		}
		for (Browser stranger : List.of(other, otherKey, admin)) {
			assertThat(items(stranger, "/api/v1/backtests?limit=500")).doesNotContain(backtest, job);
			assertThat(items(stranger, "/api/v1/sweeps?limit=500")).doesNotContain(sweep);
		}

		// the owner still has all of it, and the strangers' attempts changed nothing
		for (String path : owned) {
			assertThat(owner.get(path).statusCode()).as("owner GET " + path).isEqualTo(200);
		}
		assertThat(items(owner, "/api/v1/backtests?limit=500")).containsExactlyInAnyOrder(backtest, job);
		assertThat(items(owner, "/api/v1/sweeps?limit=500")).containsExactly(sweep);
		assertThat(auditedActions(backtest)).containsExactly("backtest.created");
		assertThat(auditedActions(sweep)).containsExactly("sweep.created");

		// the owner deletes them, as their own act in the audit log
		String ownerId = this.json.readTree(owner.get("/api/v1/auth/session").body()).path("id").asString();
		for (String path : List.of("/api/v1/backtests/" + backtest, "/api/v1/backtests/" + job,
				"/api/v1/sweeps/" + sweep)) {
			assertThat(owner.send("DELETE", path, null, true).statusCode()).as("owner DELETE " + path).isEqualTo(204);
		}
		assertThat(auditedActions(backtest)).containsExactly("backtest.created", "backtest.deleted");
		assertThat(auditedActions(job)).startsWith("backtest.created").endsWith("backtest.deleted");
		assertThat(auditedActions(sweep)).endsWith("sweep.deleted");
		assertThat(this.jdbc.sql("select distinct actor from audit_log where entity_id in (:ids)")
			.param("ids", List.of(backtest, job, sweep))
			.query(String.class)
			.list()).containsExactly(ownerId);
	}

	@Test
	void anAnonymousCallerIsAskedToSignInBeforeAnythingIsLookedUp() throws Exception {
		Browser anonymous = new Browser(this.port);
		String id = UUID.randomUUID().toString();
		List<String[]> calls = List.of(new String[] { "GET", "/api/v1/backtests" },
				new String[] { "POST", "/api/v1/backtests" }, new String[] { "GET", "/api/v1/backtests/" + id },
				new String[] { "DELETE", "/api/v1/backtests/" + id },
				new String[] { "GET", "/api/v1/backtests/jobs/" + id }, new String[] { "GET", "/api/v1/sweeps" },
				new String[] { "POST", "/api/v1/sweeps" }, new String[] { "GET", "/api/v1/sweeps/" + id },
				new String[] { "DELETE", "/api/v1/sweeps/" + id });
		for (String[] call : calls) {
			String body = call[0].equals("POST") ? (call[1].endsWith("sweeps") ? SWEEP : BACKTEST) : null;
			HttpResponse<String> answer = anonymous.send(call[0], call[1], body, false);
			assertThat(answer.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
			assertThat(this.json.readTree(answer.body()).path("code").asString()).isEqualTo("unauthenticated");
		}
	}

	/** A backtest accepted as a job and run to its end. */
	private String asJob(Browser owner) throws Exception {
		Browser async = new Browser(this.port);
		async.cookies.putAll(owner.cookies);
		async.headers.put("Prefer", "respond-async");
		String id = created(async.send("POST", "/api/v1/backtests", BACKTEST, true), 202);
		Instant deadline = Instant.now().plusSeconds(60);
		while (true) {
			String status = this.json.readTree(owner.get("/api/v1/backtests/jobs/" + id).body())
				.path("status")
				.asString();
			if (status.equals("DONE")) {
				return id;
			}
			assertThat(status).isIn("QUEUED", "RUNNING");
			assertThat(Instant.now()).as("job still " + status).isBefore(deadline);
			Thread.sleep(50);
		}
	}

	private String created(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return this.json.readTree(response.body()).path("id").asString();
	}

	/** The same path with an id nobody has. */
	private static String nobodys(String path) {
		return path.substring(0, path.lastIndexOf('/') + 1) + UUID.randomUUID();
	}

	/** What a 404 says but for the id it names. */
	private List<Object> problem(HttpResponse<String> response) {
		JsonNode problem = this.json.readTree(response.body());
		return List.of(response.statusCode(), problem.path("code").asString(), problem.path("title").asString(),
				problem.path("detail").asString().replaceAll("[0-9a-f-]{36}", "<id>"));
	}

	private List<String> items(Browser caller, String path) throws Exception {
		HttpResponse<String> listed = caller.send("GET", path, null, true);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		return this.json.readTree(listed.body()).path("items").findValuesAsString("id");
	}

	private List<String> auditedActions(String entityId) {
		return this.jdbc.sql("select action from audit_log where entity_id = :id order by seq")
			.param("id", entityId)
			.query(String.class)
			.list();
	}

}
