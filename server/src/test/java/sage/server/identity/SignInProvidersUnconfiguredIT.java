package sage.server.identity;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.testing.Browser;
import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Out of the box no OpenID Connect provider is configured: the list is empty and the
 * flow's paths do not exist.
 */
@OnEmbeddedDefaults
class SignInProvidersUnconfiguredIT {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void noProviderAndNoFlowByDefault() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> providers = browser.get("/api/v1/auth/providers");
		assertThat(providers.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(providers.body()).path("items").isEmpty()).isTrue();
		for (String path : new String[] { "/api/v1/auth/oidc/google", "/api/v1/auth/oidc/google/callback?code=x" }) {
			HttpResponse<String> flow = browser.get(path);
			assertThat(flow.statusCode()).as(path).isEqualTo(404);
			assertThat(this.json.readTree(flow.body()).path("code").asString()).isEqualTo("not-found");
		}
	}

}
