package sage.server.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authenticator app of a test user: enrols a signed-in {@link Browser} in two-factor
 * authentication and then makes its codes. It computes codes on its own (RFC 6238,
 * written again here rather than calling the server's class), so the server is checked
 * against an independent implementation.
 *
 * <p>
 * The server takes each code once and only for a step after the last one used, within one
 * step of its clock; {@link #nextCode()} therefore hands out the code of a later step
 * each time, and waits for the clock when it has run a step ahead.
 */
public final class Authenticator {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private final byte[] secret;

	private final List<String> recoveryCodes;

	private long lastStep = -1;

	private Authenticator(byte[] secret, List<String> recoveryCodes) {
		this.secret = secret;
		this.recoveryCodes = recoveryCodes;
	}

	/**
	 * Enrols the account signed in on {@code browser} ({@code setup}, then
	 * {@code confirm} with the first code); the browser's session then counts as having
	 * proven a second factor.
	 */
	public static Authenticator enrol(Browser browser) throws Exception {
		HttpResponse<String> setup = browser.send("POST", "/api/v1/users/2fa/setup", null, true);
		check(setup, 200);
		URI uri = URI.create(JSON.readTree(setup.body()).path("otpauthUri").asString());
		String query = uri.getRawQuery();
		String secret = query.substring(query.indexOf("secret=") + "secret=".length()).split("&")[0];
		Authenticator app = new Authenticator(decode(secret), new ArrayList<>());
		HttpResponse<String> confirm = browser.send("POST", "/api/v1/users/2fa/confirm",
				"{\"code\":\"" + app.nextCode() + "\"}", true);
		check(confirm, 200);
		for (JsonNode code : JSON.readTree(confirm.body()).path("recoveryCodes")) {
			app.recoveryCodes.add(code.asString());
		}
		return app;
	}

	/**
	 * Signs in with a password and this app's next code.
	 * @return the answer of {@code POST /api/v1/auth/login/2fa}
	 */
	public HttpResponse<String> signIn(Browser browser, String email, String password) throws Exception {
		check(browser.send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", true), 202);
		return browser.send("POST", "/api/v1/auth/login/2fa", "{\"code\":\"" + nextCode() + "\"}", true);
	}

	/** The recovery codes confirm answered. */
	public List<String> recoveryCodes() {
		return List.copyOf(this.recoveryCodes);
	}

	/** A code the server has not seen and takes now. */
	public String nextCode() throws InterruptedException {
		long step = Math.max(this.lastStep + 1, currentStep());
		while (step > currentStep() + 1) {
			// a step ahead of the clock already: wait for the clock (at most one step)
			Thread.sleep(1000);
		}
		this.lastStep = step;
		return code(step);
	}

	/** A code that no step near now has. */
	public String wrongCode() {
		long now = currentStep();
		Set<String> near = Set.of(code(now - 1), code(now), code(now + 1), code(now + 2));
		for (int candidate = 0;; candidate++) {
			String code = "%06d".formatted(candidate * 7919 % 1_000_000);
			if (!near.contains(code)) {
				return code;
			}
		}
	}

	private static long currentStep() {
		return Instant.now().getEpochSecond() / 30;
	}

	private String code(long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[19] & 0xf;
			int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
			return "%06d".formatted(value % 1_000_000);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] decode(String base32) {
		ByteBuffer out = ByteBuffer.allocate(base32.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : base32.toCharArray()) {
			buffer = (buffer << 5) | BASE32.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}

	private static void check(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(
					response.uri() + " answered " + response.statusCode() + ", not " + status + ": " + response.body());
		}
	}

}
