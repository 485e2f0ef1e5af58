package sage.server.audit.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.audit.AuditEntry;
import sage.server.audit.AuditLog;
import sage.server.audit.AuditRecord;
import sage.server.identity.account.Accounts;
import sage.server.identity.account.EmailAddress;
import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin audit endpoints over HTTP, on the embedded default. */
@OnEmbeddedDefaults
class AuditApiIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String actor = "api-it-" + UUID.randomUUID();

	@Autowired
	AuditLog log;

	@Autowired
	Accounts accounts;

	private String adminCookie;

	@LocalServerPort
	int port;

	@Test
	void onlyAnAdministratorReadsTheLog() throws Exception {
		HttpResponse<String> anonymous = anonymous(request("/api/v1/admin/audit"));
		String[] plainUser = createAccount(false);
		HttpResponse<String> user = anonymous(
				request("/api/v1/admin/audit/verify").header("Cookie", sessionOf(plainUser)));

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(this.json.readTree(anonymous.body()).path("requestId").asString()).isNotEmpty();
		assertThat(user.statusCode()).isEqualTo(403);
		assertThat(anonymous.body()).doesNotContain("hash");
		assertThat(get("/api/v1/admin/audit/verify").statusCode()).isEqualTo(200);
		// the refusal of a signed-in user is itself audited, under their id
		String userId = this.accounts.findByEmail(EmailAddress.of(plainUser[0])).orElseThrow().id().toString();
		JsonNode refusals = this.json
			.readTree(get("/api/v1/admin/audit?actor=" + userId + "&action=security.access-denied").body());
		assertThat(refusals.path("items").get(0).path("entityId").asString())
			.isEqualTo("GET /api/v1/admin/audit/verify");
	}

	@Test
	void listsRowsByFilterNewestFirstAPageAtATime() throws Exception {
		for (int i = 1; i <= 3; i++) {
			this.log.append(AuditEntry.change(this.actor, "role.changed", "user", "u" + i, Map.of("role", "USER"),
					Map.of("role", "ADMIN")));
		}

		HttpResponse<String> response = get("/api/v1/admin/audit?actor=" + this.actor + "&size=2");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = this.json.readTree(response.body());
		assertThat(page.path("total").asLong()).isEqualTo(3);
		assertThat(page.path("size").asInt()).isEqualTo(2);
		assertThat(page.path("items").size()).isEqualTo(2);
		JsonNode newest = page.path("items").get(0);
		assertThat(newest.path("entityId").asString()).isEqualTo("u3");
		assertThat(newest.path("action").asString()).isEqualTo("role.changed");
		assertThat(newest.path("newValue").asString()).isEqualTo("{\"role\":\"ADMIN\"}");
		assertThat(newest.path("hash").asString()).hasSize(64);
		assertThat(this.json.readTree(get("/api/v1/admin/audit?actor=" + this.actor + "&entityId=u1").body())
			.path("items")
			.get(0)
			.path("seq")
			.asLong()).isEqualTo(newest.path("seq").asLong() - 2);
	}

	@Test
	void exportsTheRowsAsCsvOldestFirst() throws Exception {
		AuditRecord first = this.log.append(AuditEntry.event(this.actor, "user.signed-in"));
		this.log.append(AuditEntry.event(this.actor, "user.signed-out"));

		HttpResponse<String> response = get("/api/v1/admin/audit/export.csv?actor=" + this.actor);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("audit-log.csv"));
		String[] lines = response.body().split("\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).isEqualTo("seq,occurred_at,actor,action,entity_type,entity_id,old_value,new_value,ip,"
				+ "user_agent,request_id,prev_hash,hash");
		assertThat(lines[1]).startsWith(first.seq() + ",")
			.contains(this.actor + ",user.signed-in,")
			.endsWith(first.hash());
		assertThat(lines[2]).contains("user.signed-out");
	}

	@Test
	void verifiesTheChain() throws Exception {
		this.log.append(AuditEntry.event(this.actor, "user.signed-in"));

		HttpResponse<String> response = get("/api/v1/admin/audit/verify");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode result = this.json.readTree(response.body());
		assertThat(result.path("intact").asBoolean()).isTrue();
		assertThat(result.path("rowsChecked").asLong()).isPositive();
		assertThat(result.has("firstBroken")).isFalse();
	}

	@Test
	void answersABadFilterWithAProblem() throws Exception {
		for (String path : new String[] { "/api/v1/admin/audit?from=yesterday",
				"/api/v1/admin/audit/export.csv?from=yesterday" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.path("code").asString()).isEqualTo("invalid-request");
			assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("from");
		}
		HttpResponse<String> reversed = get(
				"/api/v1/admin/audit?from=" + enc("2026-06-01T00:00:00Z") + "&to=" + enc("2026-05-01T00:00:00Z"));
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/admin/audit?size=501").statusCode()).isEqualTo(400);
	}

	@Test
	void countsAppendedRowsForPrometheus() throws Exception {
		this.log.append(AuditEntry.event(this.actor, "user.signed-in"));

		assertThat(get("/actuator/prometheus").body()).contains("sage_audit_rows_appended_total");
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A GET with an administrator's session. */
	private HttpResponse<String> get(String path) throws Exception {
		return anonymous(request(path).header("Cookie", adminSession()));
	}

	private HttpResponse<String> anonymous(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
	}

	/**
	 * Signs in an administrator made for this test class and enrols its second factor
	 * (administrators need one for the audit log); its session cookie.
	 */
	private String adminSession() throws Exception {
		if (this.adminCookie == null) {
			String[] credentials = createAccount(true);
			Browser admin = new Browser(this.port);
			HttpResponse<String> login = admin.send("POST", "/api/v1/auth/login",
					"{\"email\":\"" + credentials[0] + "\",\"password\":\"" + credentials[1] + "\"}", false);
			assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
			Authenticator.enrol(admin);
			this.adminCookie = Browser.SESSION + "=" + admin.cookies.get(Browser.SESSION);
		}
		return this.adminCookie;
	}

	private String[] createAccount(boolean administrator) {
		String email = TestSecrets.newEmail();
		String password = TestSecrets.newSecret();
		if (administrator) {
			this.accounts.createAdministrator(email, password, null, "test");
		}
		else {
			this.accounts.register(email, password, null);
		}
		return new String[] { email, password };
	}

	private String sessionOf(String[] credentials) throws Exception {
		HttpResponse<String> login = anonymous(request("/api/v1/auth/login").header("Content-Type", "application/json")
			.POST(BodyPublishers
				.ofString("{\"email\":\"" + credentials[0] + "\",\"password\":\"" + credentials[1] + "\"}")));
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		return login.headers()
			.allValues("set-cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SAGE_SESSION="))
			.map((cookie) -> cookie.split(";", 2)[0])
			.findFirst()
			.orElseThrow();
	}

}
