package sage.server.market.api;

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

import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code ./sage serve} says about its providers out of the box: all off. */
@OnEmbeddedDefaults
class ProvidersIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void listsTheOnlineProvidersAllDisabledWithoutConfiguration() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/market/providers"))
				.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode items = this.json.readTree(response.body()).path("items");
		assertThat(items.findValuesAsString("name")).contains("yahoo", "coingecko", "alternative-me");
		for (JsonNode provider : items) {
			assertThat(provider.path("enabled").asBoolean(true)).as(provider.toString()).isFalse();
			assertThat(provider.path("keyConfigured").asBoolean(true)).isFalse();
			assertThat(provider.has("circuit")).as("no circuit while disabled").isFalse();
		}
		JsonNode yahoo = items.get(0);
		assertThat(yahoo.path("capabilities").valueStream().map(JsonNode::asString)).containsExactly("BARS", "QUOTES",
				"SEARCH", "TRENDING");
	}

}
