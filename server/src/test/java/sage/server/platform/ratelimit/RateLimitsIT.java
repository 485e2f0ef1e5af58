package sage.server.platform.ratelimit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded defaults' rate limits through the real server: the stocks group's 100 a
 * minute, sign-in's 10, and a 429 problem with Retry-After that changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sage.data-dir=${sage.it.run-dir:target/it-run}/rate-limits")
class RateLimitsIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	/** The API key requests go with, once a test has made one; none before. */
	private String key;

	@Test
	void theHundredAndFirstStocksRequestInAMinuteIsA429ProblemWithRetryAfter() throws Exception {
		HttpResponse<String> first = send("GET", "/api/v1/instruments/SPY", null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("RateLimit-Limit")).contains("100");
		assertThat(first.headers().firstValue("RateLimit-Remaining")).contains("99");
		long started = System.nanoTime();
		int accepted = 1;
		HttpResponse<String> refused = null;
		while (refused == null && accepted < 200) {
			HttpResponse<String> response = send("GET",
					(accepted % 2 == 0) ? "/api/v1/instruments/SPY/bars?limit=1" : "/api/v1/market/trending?market=US",
					null);
			if (response.statusCode() == 429) {
				refused = response;
			}
			else {
				assertThat(response.statusCode()).as("request %d: %s", accepted + 1, response.body()).isEqualTo(200);
				accepted++;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;

		// the bucket holds 100 and refills smoothly, 100 a minute, while the loop runs
		assertThat(refused).isNotNull();
		assertThat(accepted).isBetween(100, 100 + (int) Math.ceil(seconds * 100 / 60) + 1);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
		assertThat(refused.headers().firstValue("RateLimit-Remaining")).contains("0");
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.path("code").asString()).isEqualTo("rate-limited");
		assertThat(problem.path("status").asInt()).isEqualTo(429);
		assertThat(problem.path("requestId").asString()).isNotEmpty();
		assertThat(problem.path("detail").asString()).contains("100 requests a minute to stocks");

		// another group's bucket is untouched, and routes outside every group are not
		// limited
		HttpResponse<String> strategies = send("GET", "/api/v1/strategies", null);
		assertThat(strategies.statusCode()).isEqualTo(200);
		assertThat(strategies.headers().firstValue("RateLimit-Limit")).contains("600");
		HttpResponse<String> health = send("GET", "/actuator/health/liveness", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.headers().firstValue("RateLimit-Limit")).isEmpty();
	}

	@Test
	void aRefusedRunChangesNothing() throws Exception {
		// backtests are their owner's: run them as a signed-in user, through an API key
		this.key = TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read");
		int before = this.json.readTree(send("GET", "/api/v1/backtests?limit=500", null).body()).path("items").size();
		String body = """
				{"strategy":"rsi-threshold","symbol":"SPY","from":"2020-01-01","to":"2020-03-31","monteCarlo":{"runs":0}}""";
		int accepted = 0;
		HttpResponse<String> last = send("POST", "/api/v1/backtests", body);
		while (last.statusCode() == 201 && accepted < 100) {
			accepted++;
			last = send("POST", "/api/v1/backtests", body);
		}

		// 40 at once, and a few more as the bucket refills (40 a minute) while they run
		assertThat(accepted).isBetween(40, 50);
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(this.json.readTree(last.body()).path("code").asString()).isEqualTo("rate-limited");
		int after = this.json.readTree(send("GET", "/api/v1/backtests?limit=500", null).body()).path("items").size();
		assertThat(after).isEqualTo(before + accepted);
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.key != null) {
			request.header("Authorization", "Bearer " + this.key);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
