package sage.server.identity;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.testing.Browser;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./sage serve} out of the box has no SMTP server: sign-up works, and what would
 * send an email answers 503 {@code mail-not-configured} and issues no token.
 */
@OnEmbeddedDefaults
class MailNotConfiguredIT {

	private static final String PASSWORD = TestSecrets.newSecret();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signUpWorksAndSendingAnswersMailNotConfigured() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		HttpResponse<String> registered = browser.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", true);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		String id = this.json.readTree(registered.body()).path("id").asString();

		HttpResponse<String> resend = browser.send("POST", "/api/v1/auth/email-verification", null, true);
		assertNotConfigured(resend);

		for (String address : new String[] { email, TestSecrets.newEmail() }) {
			HttpResponse<String> reset = new Browser(this.port).send("POST", "/api/v1/auth/password-reset",
					"{\"email\":\"" + address + "\"}", false);
			assertNotConfigured(reset);
		}
		assertThat(this.jdbc.sql("select count(*) from identity_one_time_token where user_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	private void assertNotConfigured(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo("mail-not-configured");
		assertThat(problem.path("requestId").asString()).isNotEmpty();
	}

}
