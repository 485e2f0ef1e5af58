package sage.server.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * The one-time token that creates the first administrator when none is configured. Only
 * its SHA-256 is kept, in memory; it works once, until it expires, and a new start prints
 * a new one. On several nodes each prints its own; the first used wins.
 */
public final class SetupToken {

	private record Issued(byte[] hash, Instant expires) {
	}

	private final AtomicReference<@Nullable Issued> current = new AtomicReference<>();

	private final SecureRandom random;

	private final Clock clock;

	private final Duration validity;

	public SetupToken(SecureRandom random, Clock clock, Duration validity) {
		this.random = random;
		this.clock = clock;
		this.validity = validity;
	}

	/** Issues a new token (the previous one stops working) and returns it, to print. */
	public String issue() {
		byte[] secret = new byte[24];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.current.set(new Issued(sha256(token), this.clock.instant().plus(this.validity)));
		return token;
	}

	/** How long an issued token works. */
	public Duration validity() {
		return this.validity;
	}

	/**
	 * Uses the token up if it matches and has not expired.
	 * @return whether it did
	 */
	public boolean redeem(String offered) {
		Issued issued = this.current.get();
		if (issued == null || !this.clock.instant().isBefore(issued.expires())) {
			return false;
		}
		if (!MessageDigest.isEqual(issued.hash(), sha256(offered))) {
			return false;
		}
		// single use: only the caller that swaps it out wins
		return this.current.compareAndSet(issued, null);
	}

	/** Withdraws the token (an administrator exists by other means). */
	public void withdraw() {
		this.current.set(null);
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
