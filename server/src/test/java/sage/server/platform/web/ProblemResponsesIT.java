package sage.server.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.identity.ApiKeys;
import sage.server.identity.Scope;
import sage.server.identity.account.Account;
import sage.server.identity.account.Accounts;
import sage.server.testing.Browser;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and invalid requests against the real server: each gets an RFC 9457 problem
 * with the right status, a stable code and the request id, never a stack trace, and none
 * of them changes the stored data. Bars are stored by administrators only, so the bad
 * bars are sent with an administrator's key; anyone else is refused before the body is
 * read.
 */
@OnEmbeddedDefaults
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemResponsesIT {

	private static final String JSON = "application/json";

	private static final String BARS = "/api/v1/instruments/SPY/bars";

	private static final String VALID_BAR = """
			{"time":"2020-08-31T13:30:00Z","open":350.35,"high":351.3,"low":349.06,"close":349.31,"volume":66099200}""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiKeys apiKeys;

	/** An API key of a user, for the endpoints that need one (backtests and sweeps). */
	private String key;

	/** An {@code admin} key of an administrator, for storing bars. */
	private String adminKey;

	@BeforeAll
	void signIn() throws Exception {
		this.key = TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read");
		this.adminKey = TestAccounts.newAdministratorKey(this.accounts, this.apiKeys).key();
	}

	record Case(String name, String method, String path, String contentType, BodyPublisher body, String accept,
			int status, String code) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> badRequests() {
		List<Case> cases = new ArrayList<>();
		cases.add(get("unknown API route", "/api/v1/nope", 404, "not-found"));
		cases.add(get("unknown path under /api", "/api/nope/deeper", 404, "not-found"));
		cases.add(get("unknown instrument", "/api/v1/instruments/NOPE", 404, "instrument-not-found"));
		cases.add(get("bars of an unknown instrument", "/api/v1/instruments/NOPE/bars", 404, "instrument-not-found"));
		cases.add(get("interval the instrument lacks", BARS + "?interval=1m", 404, "interval-not-available"));
		cases.add(get("unknown interval", BARS + "?interval=7x", 400, "invalid-request"));
		cases.add(get("from is not a date", BARS + "?from=yesterday", 400, "invalid-request"));
		cases.add(get("month 13", BARS + "?from=2020-13-01", 400, "invalid-request"));
		cases.add(get("reversed range", BARS + "?from=2020-06-30&to=2020-01-01", 400, "invalid-range"));
		cases.add(get("range before 1900", BARS + "?from=1800-01-01", 400, "invalid-range"));
		cases.add(get("range after 2200", BARS + "?to=9999-12-31", 400, "invalid-range"));
		cases.add(get("limit zero", BARS + "?limit=0", 400, "invalid-request"));
		cases.add(get("limit not a number", BARS + "?limit=lots", 400, "invalid-request"));
		cases.add(get("limit too large", "/api/v1/instruments?limit=100000", 400, "invalid-request"));
		cases.add(get("query too long", "/api/v1/instruments?query=" + "x".repeat(101), 400, "invalid-request"));
		cases.add(get("symbol with markup", "/api/v1/instruments/%3Cscript%3E", 400, "invalid-request"));
		cases.add(new Case("XML asked for", "GET", "/api/v1/instruments", null, null, "application/xml", 406,
				"not-acceptable"));
		cases.add(send("wrong method", "DELETE", "/api/v1/instruments", null, null, 405, "method-not-allowed"));
		cases.add(send("PUT on bars", "PUT", BARS, JSON, "{}", 405, "method-not-allowed"));
		cases.add(send("text body", "POST", BARS, "text/plain", "open=1", 415, "unsupported-media-type"));
		cases.add(send("form body", "POST", BARS, "application/x-www-form-urlencoded", "a=b", 415,
				"unsupported-media-type"));
		cases.add(send("empty body", "POST", BARS, JSON, "", 400, "malformed-body"));
		cases.add(send("JSON cut short", "POST", BARS, JSON, "{\"interval\":\"1d\",\"bars\":[", 400, "malformed-body"));
		cases.add(send("not JSON at all", "POST", BARS, JSON, "<bars/>", 400, "malformed-body"));
		cases.add(send("array instead of object", "POST", BARS, JSON, "[1,2,3]", 400, "malformed-body"));
		cases.add(send("number as text", "POST", BARS, JSON,
				"{\"interval\":\"1d\",\"bars\":[{\"time\":\"2020-08-31T13:30:00Z\",\"open\":\"cheap\"}]}", 400,
				"invalid-request"));
		cases.add(send("time not an instant", "POST", BARS, JSON,
				"{\"interval\":\"1d\",\"bars\":[{\"time\":\"last monday\",\"open\":1}]}", 400, "invalid-request"));
		cases.add(send("no interval", "POST", BARS, JSON, "{\"bars\":[" + VALID_BAR + "]}", 400, "invalid-request"));
		cases.add(send("no bars", "POST", BARS, JSON, "{\"interval\":\"1d\",\"bars\":[]}", 400, "invalid-request"));
		cases.add(send("high below low", "POST", BARS, JSON,
				"{\"interval\":\"1d\",\"bars\":[" + VALID_BAR.replace("\"high\":351.3", "\"high\":340") + "]}", 400,
				"invalid-bars"));
		cases.add(send("negative price", "POST", BARS, JSON,
				"{\"interval\":\"1d\",\"bars\":[" + VALID_BAR.replace("\"low\":349.06", "\"low\":-1") + "]}", 400,
				"invalid-bars"));
		cases.add(send("bar in the future", "POST", BARS, JSON,
				"{\"interval\":\"1d\",\"bars\":[" + VALID_BAR.replace("2020-08-31", "2190-08-31") + "]}", 400,
				"invalid-bars"));
		cases.add(send("one bad bar among good ones", "POST", BARS, JSON,
				"{\"interval\":\"1d\",\"bars\":[" + VALID_BAR + ","
						+ VALID_BAR.replace("2020-08-31", "2020-09-01").replace("\"close\":349.31", "\"close\":999")
						+ "]}",
				400, "invalid-bars"));
		cases.add(send("Monte Carlo of 10 runs", "POST", "/api/v1/backtests", JSON,
				"{\"strategy\":\"hyper-rsi\",\"symbol\":\"SPY\",\"monteCarlo\":{\"runs\":10}}", 400,
				"invalid-monte-carlo"));
		cases.add(send("Monte Carlo resampling unknown", "POST", "/api/v1/backtests", JSON,
				"{\"strategy\":\"hyper-rsi\",\"symbol\":\"SPY\",\"monteCarlo\":{\"resampling\":\"luck\"}}", 400,
				"invalid-monte-carlo"));
		cases.add(send("Monte Carlo not an object", "POST", "/api/v1/backtests", JSON,
				"{\"strategy\":\"hyper-rsi\",\"symbol\":\"SPY\",\"monteCarlo\":1000}", 400, "invalid-request"));
		cases.add(send("walk-forward without folds", "POST", "/api/v1/sweeps", JSON,
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"ranges\":[{\"name\":\"period\",\"values\":[10]}],"
						+ "\"walkForward\":{\"trainBars\":500,\"testBars\":100}}",
				400, "invalid-walk-forward"));
		cases.add(send("walk-forward longer than the bars", "POST", "/api/v1/sweeps", JSON,
				"{\"strategy\":\"rsi-threshold\",\"symbol\":\"SPY\",\"ranges\":[{\"name\":\"period\",\"values\":[10]}],"
						+ "\"walkForward\":{\"folds\":50,\"trainBars\":1000,\"testBars\":100}}",
				400, "invalid-walk-forward"));
		cases.add(send("body over 1MB", "POST", BARS, JSON,
				"{\"interval\":\"1d\",\"bars\":[" + (VALID_BAR + ",").repeat(11_000) + VALID_BAR + "]}", 413,
				"body-too-large"));
		return cases.stream().map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void eachBadRequestGetsAProblemWithItsCodeAndTheRequestId(Case bad) throws Exception {
		HttpResponse<String> response = this.http.send(request(bad, null), BodyHandlers.ofString());

		assertThat(response.statusCode()).as("status of %s: %s", bad, response.body()).isEqualTo(bad.status());
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(bad.code());
		assertThat(problem.path("status").asInt()).isEqualTo(bad.status());
		assertThat(problem.path("type").asString()).isEqualTo("urn:sage:problem:" + bad.code());
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		String requestId = response.headers().firstValue(RequestId.HEADER).orElseThrow();
		assertThat(problem.path("requestId").asString()).isEqualTo(requestId);
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "sage.server.");
		if (bad.code().equals("method-not-allowed")) {
			assertThat(response.headers().firstValue("Allow")).isPresent();
		}
		if (bad.code().equals("invalid-request") || bad.code().equals("invalid-bars")
				|| bad.code().equals("invalid-monte-carlo") || bad.code().equals("invalid-walk-forward")) {
			assertThat(problem.path("errors").isArray()).as("errors of %s", response.body()).isTrue();
			assertThat(problem.path("errors").get(0).path("field").asString()).isNotBlank();
		}
	}

	@Test
	void aValueOfTheWrongTypeIsNamedByItsJsonPath() throws Exception {
		HttpResponse<String> response = this.http.send(
				request(send("wrong type", "POST", BARS, JSON,
						"{\"interval\":\"1d\",\"bars\":[" + VALID_BAR
								+ ",{\"time\":\"2020-09-01T13:30:00Z\",\"high\":[]}]}",
						400, "invalid-request"), null),
				BodyHandlers.ofString());
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("bars[1].high");
		assertThat(problem.path("detail").asString()).startsWith("bars[1].high: ");
	}

	@Test
	void noBadRequestChangedTheStoredBars() throws Exception {
		String before = barsOfSpy();
		for (Arguments arguments : badRequests().toList()) {
			this.http.send(request((Case) arguments.get()[0], null), BodyHandlers.discarding());
		}
		assertThat(barsOfSpy()).isEqualTo(before);
	}

	@Test
	void onlyAnAdministratorStoresBars() throws Exception {
		String before = barsOfSpy();
		// a sound bar after the bundled ones (they end on 2020-08-28): stored, it would
		// add a bar to the series
		String body = "{\"interval\":\"1d\",\"bars\":[" + VALID_BAR + "]}";

		HttpResponse<String> anonymous = this.http.send(storeBars(body).build(), BodyHandlers.ofString());
		assertRefused(anonymous, 401, "unauthenticated");

		Browser user = TestAccounts.newUser(this.port);
		assertRefused(user.send("POST", BARS, body, true), 403, "access-denied");
		assertRefused(this.http.send(storeBars(body).header("Authorization", "Bearer " + this.key).build(),
				BodyHandlers.ofString()), 403, "access-denied");

		Account admin = this.accounts.createAdministrator(TestSecrets.newEmail(), TestSecrets.newSecret(), null,
				"test");
		String adminReadKey = this.apiKeys.create(admin.asSignedIn(), "test", Set.of(Scope.READ), null).key();
		assertRefused(this.http.send(storeBars(body).header("Authorization", "Bearer " + adminReadKey).build(),
				BodyHandlers.ofString()), 403, "insufficient-scope");

		assertThat(barsOfSpy()).as("nothing was stored").isEqualTo(before);
		JsonNode thatDay = readBars("?interval=1d&from=2020-08-31&to=2020-08-31");
		assertThat(thatDay.path("count").asInt()).as(thatDay.toString()).isZero();

		// an administrator's admin key gets through: the newest stored bar, sent back,
		// is left alone
		JsonNode newest = readBars("?interval=1d&limit=1").path("bars").get(0);
		HttpResponse<String> stored = this.http.send(storeBars("{\"interval\":\"1d\",\"bars\":[" + newest + "]}")
			.header("Authorization", "Bearer " + this.adminKey)
			.build(), BodyHandlers.ofString());
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
		JsonNode result = this.json.readTree(stored.body());
		assertThat(result.path("received").asInt()).isEqualTo(1);
		assertThat(result.path("unchanged").asInt()).isEqualTo(1);
		assertThat(barsOfSpy()).isEqualTo(before);
	}

	@Test
	void aWellFormedRequestIdIsEchoedInTheHeaderAndTheProblem() throws Exception {
		HttpResponse<String> response = this.http
			.send(request(get("unknown", "/api/v1/nope", 404, "not-found"), "trace-42.a:b_c"), BodyHandlers.ofString());
		assertThat(response.headers().firstValue(RequestId.HEADER)).contains("trace-42.a:b_c");
		assertThat(this.json.readTree(response.body()).path("requestId").asString()).isEqualTo("trace-42.a:b_c");
	}

	@Test
	void aMalformedRequestIdIsReplacedByAFreshOne() throws Exception {
		HttpResponse<String> response = this.http.send(
				request(get("unknown", "/api/v1/nope", 404, "not-found"), "<script>alert(1)</script>"),
				BodyHandlers.ofString());
		String replaced = response.headers().firstValue(RequestId.HEADER).orElseThrow();
		assertThat(replaced).matches("[0-9a-f-]{36}");
		assertThat(response.body()).doesNotContain("<script>");
	}

	@Test
	void successfulResponsesCarryARequestIdToo() throws Exception {
		HttpResponse<String> response = this.http
			.send(request(get("instruments", "/api/v1/instruments?query=SPY", 200, ""), null), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(RequestId.HEADER)).isPresent();
	}

	/** Storing {@code body} as SPY's bars, with no credentials yet. */
	private HttpRequest.Builder storeBars(String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + BARS))
			.timeout(Duration.ofSeconds(30))
			.POST(BodyPublishers.ofString(body))
			.header("Accept", JSON)
			.header("Content-Type", JSON);
	}

	private void assertRefused(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("requestId").asString())
			.isEqualTo(response.headers().firstValue(RequestId.HEADER).orElseThrow());
	}

	/** SPY's bars as GET answers them for {@code query}. */
	private JsonNode readBars(String query) throws Exception {
		HttpResponse<String> response = this.http.send(request(get("SPY bars", BARS + query, 200, ""), null),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private String barsOfSpy() throws Exception {
		HttpResponse<String> response = this.http
			.send(request(get("SPY bars", "/api/v1/instruments/SPY", 200, ""), null), BodyHandlers.ofString());
		return this.json.readTree(response.body()).path("series").toString();
	}

	private HttpRequest request(Case c, String requestId) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + c.path()))
			.timeout(Duration.ofSeconds(30))
			.method(c.method(), (c.body() != null) ? c.body() : BodyPublishers.noBody())
			.header("Accept", c.accept());
		if (c.contentType() != null) {
			builder.header("Content-Type", c.contentType());
		}
		if (requestId != null) {
			builder.header(RequestId.HEADER, requestId);
		}
		if (c.path().startsWith("/api/v1/backtests") || c.path().startsWith("/api/v1/sweeps")) {
			builder.header("Authorization", "Bearer " + this.key);
		}
		// storing bars is an administrator's: the bad bars must reach the checks they
		// are about, not the refusal of an anonymous caller
		if (c.path().startsWith(BARS) && !c.method().equals("GET")) {
			builder.header("Authorization", "Bearer " + this.adminKey);
		}
		return builder.build();
	}

	private static Case get(String name, String path, int status, String code) {
		return new Case(name, "GET", path, null, null, "application/json", status, code);
	}

	private static Case send(String name, String method, String path, String contentType, String body, int status,
			String code) {
		return new Case(name, method, path, contentType, (body != null) ? BodyPublishers.ofString(body) : null,
				"application/json", status, code);
	}

}
