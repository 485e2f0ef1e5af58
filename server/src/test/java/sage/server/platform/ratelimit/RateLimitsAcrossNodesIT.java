package sage.server.platform.ratelimit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import sage.server.testing.SageNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on the real PostgreSQL and Redis draw a caller's requests from one bucket:
 * ten stocks requests a minute in all, whichever node answers them.
 */
class RateLimitsAcrossNodesIT {

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startTwoNodes() {
		String limit = "--sage.rate-limits.groups.stocks.per-minute=10";
		nodeA = SageNode.start("limits-a", limit);
		nodeB = SageNode.start("limits-b", limit);
		// a run of this test less than a minute ago (same run id) left its buckets behind
		StringRedisTemplate redis = new StringRedisTemplate(nodeA.getBean(RedisConnectionFactory.class));
		Set<String> left = redis.keys("sage:it:" + System.getProperty("sage.it.run-id", "local") + ":ratelimit:*");
		if (!left.isEmpty()) {
			redis.delete(left);
		}
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void tenRequestsSpreadOverTwoNodesUseUpOneBucket() throws Exception {
		for (int i = 1; i <= 10; i++) {
			HttpResponse<String> response = fetch((i % 2 == 0) ? nodeB : nodeA, "/api/v1/instruments/SPY");
			assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
			assertThat(response.headers().firstValue("RateLimit-Remaining")).contains(Integer.toString(10 - i));
		}

		HttpResponse<String> onA = fetch(nodeA, "/api/v1/instruments/SPY");
		HttpResponse<String> onB = fetch(nodeB, "/api/v1/market/trending?market=US");

		assertThat(onA.statusCode()).isEqualTo(429);
		assertThat(onB.statusCode()).isEqualTo(429);
		assertThat(onB.body()).contains("\"code\":\"rate-limited\"");
		assertThat(Integer.parseInt(onB.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 6);
	}

	private HttpResponse<String> fetch(ConfigurableApplicationContext node, String path) throws Exception {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SageNode.port(node) + path)).build(),
				BodyHandlers.ofString());
	}

}
