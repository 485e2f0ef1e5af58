package sage.server.identity;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.testing.PostgresSchema;
import sage.server.testing.SageNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts on PostgreSQL, with the first administrator from configuration: the migration,
 * the stores' SQL and the configured admin on the production database.
 */
class AccountsOnPostgresIT {

	private static final String PASSWORD = "violet canoe drums at noon";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SCHEMA = PostgresSchema.name() + "_identity";

	private static ConfigurableApplicationContext node;

	private static String adminEmail;

	@BeforeAll
	static void start() throws Exception {
		Path passwordFile = Files.createTempFile("sage-admin", ".txt");
		Files.writeString(passwordFile, PASSWORD + "\n");
		adminEmail = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		// a schema of its own: its accounts are encrypted with the keys in this node's
		// data
		// directory, which the other tests' servers do not have
		node = SageNode.startInSchema("identity", SCHEMA, "--sage.identity.admin.email=" + adminEmail,
				"--sage.identity.admin.password-file=" + passwordFile);
	}

	@AfterAll
	static void stop() throws Exception {
		if (node != null) {
			node.close();
		}
		PostgresSchema.drop(SCHEMA);
	}

	@Test
	void theConfiguredAdministratorSignsIn() throws Exception {
		Browser admin = new Browser(SageNode.port(node));
		HttpResponse<String> login = admin.send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + adminEmail + "\",\"password\":\"" + PASSWORD + "\"}", false);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(login.body()).path("role").asString()).isEqualTo("ADMIN");
		assertThat(admin.get("/api/v1/admin/audit").statusCode()).as("not before a second factor").isEqualTo(403);
		Authenticator app = Authenticator.enrol(admin);
		assertThat(admin.get("/api/v1/admin/audit").statusCode()).isEqualTo(200);
		admin.send("POST", "/api/v1/auth/logout", null, true);
		assertThat(app.signIn(admin, adminEmail, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(admin.get("/api/v1/admin/audit").statusCode()).isEqualTo(200);
	}

	@Test
	void registrationProfileAndWatchlistsWork() throws Exception {
		Browser user = new Browser(SageNode.port(node));
		String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		assertThat(user
			.send("POST", "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
					false)
			.statusCode()).isEqualTo(201);
		assertThat(user.send("POST", "/api/v1/users/watchlist", "{\"symbol\":\"SPY\"}", true).statusCode())
			.isEqualTo(200);
		String second = JSON
			.readTree(user.send("POST", "/api/v1/users/watchlists", "{\"name\":\"Crypto\"}", true).body())
			.path("id")
			.asString();
		JsonNode lists = JSON.readTree(user.get("/api/v1/users/watchlists").body()).path("items");
		assertThat(lists.size()).isEqualTo(2);
		String first = lists.get(0).path("id").asString();
		assertThat(user
			.send("PUT", "/api/v1/users/watchlists/order", "{\"ids\":[\"" + second + "\",\"" + first + "\"]}", true)
			.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(user.get("/api/v1/users/watchlist").body()).path("name").asString())
			.isEqualTo("Crypto");
		HttpResponse<String> taken = user.send("PUT", "/api/v1/users/watchlists/" + second,
				"{\"name\":\"watchlist\",\"symbols\":[\"BTC-USD\"]}", true);
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(user.send("DELETE", "/api/v1/users/watchlists/" + second, null, true).statusCode()).isEqualTo(204);
		assertThat(JSON.readTree(user.get("/api/v1/users/watchlist").body()).path("symbols").get(0).asString())
			.isEqualTo("SPY");
	}

}
