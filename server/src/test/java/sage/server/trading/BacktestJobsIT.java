package sage.server.trading;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backtests as jobs: {@code Prefer: respond-async} gets 202 and a job to poll, whose
 * result is the same backtest a direct run gives; bad requests are refused before any job
 * exists.
 */
@OnEmbeddedDefaults
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacktestJobsIT {

	private static final String HOURLY_BITCOIN = """
			{"strategy":"hyper-rsi","symbol":"BTC-USD","interval":"1h","cash":100000,"commission":0.001}""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	/** An API key (read scope) of the user whose backtests and sweeps these are. */
	private String key;

	@BeforeAll
	void signIn() throws Exception {
		this.key = TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read");
	}

	@Test
	void anAsyncRunIsAcceptedAsAJobAndEndsAsTheSameBacktestADirectRunGives() throws Exception {
		HttpResponse<String> accepted = send("POST", "/api/v1/backtests", HOURLY_BITCOIN, "respond-async");

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		assertThat(accepted.headers().firstValue("Preference-Applied")).contains("respond-async");
		JsonNode job = this.json.readTree(accepted.body());
		String id = job.path("id").asString();
		assertThat(accepted.headers().firstValue("Location")).contains("/api/v1/backtests/jobs/" + id);
		assertThat(job.path("status").asString()).isIn("QUEUED", "RUNNING");
		assertThat(job.path("strategy").asString()).isEqualTo("hyper-rsi");
		assertThat(job.path("symbol").asString()).isEqualTo("BTC-USD");
		assertThat(job.path("interval").asString()).isEqualTo("1h");
		int bars = job.path("bars").asInt();
		assertThat(bars).isGreaterThan(10_000);
		assertThat(job.has("result")).isFalse();

		JsonNode done = awaitEnd(id);
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.path("done").asInt()).isEqualTo(bars);
		assertThat(done.path("finishedAt").asString()).isNotEmpty();
		assertThat(done.path("result").asString()).isEqualTo("/api/v1/backtests/" + id);

		HttpResponse<String> kept = send("GET", done.path("result").asString(), null, null);
		assertThat(kept.statusCode()).isEqualTo(200);
		JsonNode fromJob = this.json.readTree(kept.body());
		HttpResponse<String> direct = send("POST", "/api/v1/backtests", HOURLY_BITCOIN, null);
		assertThat(direct.statusCode()).as(direct.body()).isEqualTo(201);
		JsonNode now = this.json.readTree(direct.body());
		assertThat(fromJob.path("id").asString()).isEqualTo(id);
		assertThat(fromJob.path("bars").asInt()).isEqualTo(bars);
		assertThat(fromJob.path("finalEquity").decimalValue())
			.isEqualByComparingTo(now.path("finalEquity").decimalValue());
		assertThat(fromJob.path("fills")).isEqualTo(now.path("fills"));
		assertThat(fromJob.path("performance")).isEqualTo(now.path("performance"));

		assertThat(send("DELETE", "/api/v1/backtests/" + id, null, null).statusCode()).isEqualTo(204);
		assertThat(send("GET", "/api/v1/backtests/jobs/" + id, null, null).statusCode()).isEqualTo(404);
		assertThat(send("GET", "/api/v1/backtests/" + id, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void aBadAsyncRequestIsRefusedAtOnceAndQueuesNothing() throws Exception {
		int before = this.json.readTree(send("GET", "/api/v1/backtests?limit=500", null, null).body())
			.path("items")
			.size();

		HttpResponse<String> unknown = send("POST", "/api/v1/backtests", """
				{"strategy":"no-such","symbol":"SPY"}""", "respond-async");
		HttpResponse<String> badParams = send("POST", "/api/v1/backtests", """
				{"strategy":"rsi-threshold","symbol":"SPY","params":{"period":0}}""", "respond-async");
		HttpResponse<String> tooShort = send("POST", "/api/v1/backtests", """
				{"strategy":"rsi-threshold","symbol":"SPY","from":"2020-08-28","to":"2020-08-28"}""", "respond-async");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(unknown.body()).path("code").asString()).isEqualTo("strategy-not-found");
		assertThat(badParams.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(badParams.body()).path("code").asString()).isEqualTo("invalid-parameters");
		assertThat(tooShort.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(tooShort.body()).path("code").asString()).isEqualTo("not-enough-bars");
		assertThat(
				this.json.readTree(send("GET", "/api/v1/backtests?limit=500", null, null).body()).path("items").size())
			.isEqualTo(before);
	}

	@Test
	void aJobIdMustBeAUuidAndKnown() throws Exception {
		HttpResponse<String> unknown = send("GET", "/api/v1/backtests/jobs/3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c", null,
				null);
		HttpResponse<String> malformed = send("GET", "/api/v1/backtests/jobs/nope", null, null);

		assertThat(unknown.statusCode()).isEqualTo(404);
		JsonNode problem = this.json.readTree(unknown.body());
		assertThat(problem.path("code").asString()).isEqualTo("backtest-not-found");
		assertThat(problem.path("requestId").asString()).isNotEmpty();
		assertThat(malformed.statusCode()).isEqualTo(400);
	}

	@Test
	void withoutThePreferenceASmallRunAnswersAtOnce() throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/backtests", HOURLY_BITCOIN, "return=minimal");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Preference-Applied")).isEmpty();
		assertThat(this.json.readTree(created.body()).path("bars").asInt()).isLessThan(BacktestJobs.INLINE_BARS);
	}

	private JsonNode awaitEnd(String id) throws Exception {
		Instant deadline = Instant.now().plusSeconds(60);
		while (true) {
			HttpResponse<String> polled = send("GET", "/api/v1/backtests/jobs/" + id, null, null);
			assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
			JsonNode job = this.json.readTree(polled.body());
			String status = job.path("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				return job;
			}
			assertThat(Instant.now()).as("job %s still %s", id, status).isBefore(deadline);
			Thread.sleep(50);
		}
	}

	private HttpResponse<String> send(String method, String path, String body, String prefer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + this.key)
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (prefer != null) {
			request.header("Prefer", prefer);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
