package sage.server.identity;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import sage.server.identity.account.Accounts;
import sage.server.testing.Browser;
import sage.server.testing.PostgresSchema;
import sage.server.testing.SageNode;
import sage.server.testing.TestAccounts;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on the real PostgreSQL, configured with the same identity keys: an
 * administrator on node A locks an account and signs it out, and the sessions the account
 * holds on node B end at their next request there.
 */
class SessionsAcrossNodesIT {

	private static final String PASSWORD = TestSecrets.newSecret();

	private static final String SCHEMA = PostgresSchema.name() + "_sessions";

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		// nodes that share a database share its keys, from configuration
		String[] keys = { "--sage.identity.keys.pii.active=k1", "--sage.identity.keys.pii.keys.k1=" + newKey(),
				"--sage.identity.keys.blind-index-key=" + newKey(), "--sage.identity.keys.vault.active=v1",
				"--sage.identity.keys.vault.keys.v1=" + newKey() };
		// a schema of their own: their accounts are encrypted with these keys, which the
		// other tests' servers do not have
		nodeA = SageNode.startInSchema("sessions-a", SCHEMA, keys);
		nodeB = SageNode.startInSchema("sessions-b", SCHEMA, keys);
	}

	private static String newKey() {
		byte[] key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		return java.util.Base64.getEncoder().encodeToString(key);
	}

	@AfterAll
	static void stopNodes() throws Exception {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
		PostgresSchema.drop(SCHEMA);
	}

	@Test
	void whatAnAdministratorEndsOnOneNodeEndsOnTheOther() throws Exception {
		Browser admin = TestAccounts.newAdministrator(SageNode.port(nodeA), nodeA.getBean(Accounts.class));
		String email = TestSecrets.newEmail();
		Browser onB = new Browser(SageNode.port(nodeB));
		assertThat(onB
			.send("POST", "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
					true)
			.statusCode()).isEqualTo(201);
		HttpResponse<String> session = onB.get("/api/v1/auth/session");
		assertThat(session.statusCode()).isEqualTo(200);
		String id = session.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		assertThat(admin.send("DELETE", "/api/v1/accounts/" + id + "/sessions", null, true).statusCode())
			.isEqualTo(204);
		assertThat(onB.get("/api/v1/users/profile").statusCode()).isEqualTo(401);

		assertThat(signIn(onB, email).statusCode()).isEqualTo(200);
		assertThat(onB.get("/api/v1/users/profile").statusCode()).isEqualTo(200);
		assertThat(admin.send("PUT", "/api/v1/accounts/" + id + "/lock", null, true).statusCode()).isEqualTo(200);
		assertThat(onB.get("/api/v1/users/profile").statusCode()).isEqualTo(401);
		assertThat(signIn(onB, email).statusCode()).isEqualTo(403);
	}

	private static HttpResponse<String> signIn(Browser browser, String email) throws Exception {
		return browser.send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", true);
	}

}
