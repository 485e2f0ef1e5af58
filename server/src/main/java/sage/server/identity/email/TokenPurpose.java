package sage.server.identity.email;

import java.time.Duration;

/**
 * What a one-time token proves, and for how long it works. A reset token is short-lived
 * because it replaces the password; a verification link may wait a day in an inbox.
 */
public enum TokenPurpose {

	/** Confirms that the account's email reaches its owner. */
	VERIFY_EMAIL(Duration.ofHours(24)),

	/** Lets the owner of the account's email choose a new password. */
	RESET_PASSWORD(Duration.ofMinutes(30));

	private final Duration validity;

	TokenPurpose(Duration validity) {
		this.validity = validity;
	}

	/** How long a token works after it is issued. */
	public Duration validity() {
		return this.validity;
	}

}
