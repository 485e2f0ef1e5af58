package sage.server.testing;

import java.net.http.HttpResponse;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import sage.server.identity.ApiKeys;
import sage.server.identity.Scope;
import sage.server.identity.account.Account;
import sage.server.identity.account.Accounts;

/**
 * Accounts for tests whose subject is not identity but needs a signed-in caller: a fresh
 * user's session, an API key of it, or an administrator's session with its second factor
 * proven.
 */
public final class TestAccounts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestAccounts() {
	}

	/** A browser signed in as a newly registered user. */
	public static Browser newUser(int port) throws Exception {
		Browser browser = new Browser(port);
		HttpResponse<String> registered = browser.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + TestSecrets.newEmail() + "\",\"password\":\"" + TestSecrets.newSecret() + "\"}",
				true);
		check(registered, 201);
		return browser;
	}

	/** A new API key of the user signed in on {@code session}, with one scope. */
	public static String newApiKey(Browser session, String scope) throws Exception {
		HttpResponse<String> created = session.send("POST", "/api/v1/users/api-keys",
				"{\"name\":\"test\",\"scopes\":[\"" + scope + "\"]}", true);
		check(created, 201);
		return JSON.readTree(created.body()).path("key").asString();
	}

	/**
	 * A browser signed in as a new administrator that has enrolled a second factor (an
	 * administrator's session reaches nothing else before).
	 */
	public static Browser newAdministrator(int port, Accounts accounts) throws Exception {
		String email = TestSecrets.newEmail();
		String password = TestSecrets.newSecret();
		accounts.createAdministrator(email, password, null, "test");
		Browser admin = new Browser(port);
		check(admin.send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", true), 200);
		Authenticator.enrol(admin);
		return admin;
	}

	/**
	 * A key with the {@code admin} scope of a new administrator, issued without a
	 * session: for contexts whose clock stands still, where no authenticator code matches
	 * the server's time.
	 * @return the administrator's account id and the key
	 */
	public static AdministratorKey newAdministratorKey(Accounts accounts, ApiKeys keys) {
		Account admin = accounts.createAdministrator(TestSecrets.newEmail(), TestSecrets.newSecret(), null, "test");
		return new AdministratorKey(admin.id().toString(),
				keys.create(admin.asSignedIn(), "test", Set.of(Scope.ADMIN), null).key());
	}

	/** An administrator's account id and an {@code admin} key of theirs. */
	public record AdministratorKey(String accountId, String key) {
	}

	private static void check(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new AssertionError("expected " + status + ", got " + response.statusCode() + ": " + response.body());
		}
	}

}
