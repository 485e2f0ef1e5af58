package sage.server.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import sage.server.testing.OnPostgresAndRedis;
import sage.server.testing.PostgresSchema;

import static org.assertj.core.api.Assertions.assertThat;

/** Configured with PostgreSQL and Redis, Sage uses both and reports both in readiness. */
@OnPostgresAndRedis
class ReadinessOnPostgresAndRedisIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Test
	void readinessChecksPostgresAndRedis() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(30))
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode components = this.json.readTree(response.body()).path("components");
		assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
		assertThat(components.path("redis").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void theDatabaseIsPostgresInThisBuildsSchema() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(PostgresSchema.name());
	}

	@Test
	void cachesLiveInRedis() {
		assertThat(this.caches).isInstanceOf(RedisCacheManager.class);
	}

}
