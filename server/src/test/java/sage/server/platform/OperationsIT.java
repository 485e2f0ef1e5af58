package sage.server.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** What the person running the server relies on: probes, metrics and the API document. */
@OnEmbeddedDefaults
class OperationsIT {

	/** Committed, so the web client is generated from it without a running server. */
	static final Path API_DOCUMENT = Path.of("../docs/api/openapi.json");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@LocalServerPort
	int port;

	@Test
	void readinessIsUpAndChecksTheDatabase() throws Exception {
		HttpResponse<String> response = get("/actuator/health/readiness");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = this.json.readTree(response.body());
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").has("redis")).as("no Redis is configured").isFalse();
	}

	@Test
	void livenessIsUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health/liveness");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusListsHttpAndJvmMetrics() throws Exception {
		get("/api/v1/instruments?query=SPY");
		HttpResponse<String> response = get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("http_server_requests_seconds_count{", "jvm_memory_used_bytes",
				"uri=\"/api/v1/instruments\"");
	}

	@Test
	void swaggerUiIsServed() throws Exception {
		HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpResponse<String> response = following.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/docs")).build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).containsIgnoringCase("swagger");
	}

	/**
	 * The committed document equals what the server serves. When it does not, the test
	 * writes the served one in its place and fails: rebuild (the web client is generated
	 * from it) and commit the file.
	 */
	@Test
	void committedApiDocumentMatchesTheServedOne() throws Exception {
		HttpResponse<String> response = get("/api/openapi.json");
		assertThat(response.statusCode()).isEqualTo(200);
		String served = this.json.writeValueAsString(this.json.readTree(response.body())) + "\n";
		String committed = Files.exists(API_DOCUMENT) ? Files.readString(API_DOCUMENT, StandardCharsets.UTF_8) : "";
		if (!served.equals(committed)) {
			write(served);
			fail("docs/api/openapi.json was out of date and has been rewritten from the running server: "
					+ "rebuild the web client (./sage build) and commit the file.");
		}
	}

	private static void write(String document) throws IOException {
		Files.createDirectories(API_DOCUMENT.getParent());
		Files.writeString(API_DOCUMENT, document, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.build(), BodyHandlers.ofString());
	}

}
