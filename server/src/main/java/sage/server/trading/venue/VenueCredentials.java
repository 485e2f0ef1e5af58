package sage.server.trading.venue;

import org.jspecify.annotations.Nullable;

/**
 * An API key and its secret for one venue account, with the passphrase a venue such as
 * OKX sets on the key. Secret and passphrase never leave this record except to sign or
 * authenticate requests: {@link #toString()} shows only the key's ends, so the record can
 * end up in a log or a debugger without giving anything away.
 *
 * @param apiKey the key the venue knows the account by, sent with every signed request
 * @param secret the signing secret, never sent
 * @param passphrase the passphrase chosen when the key was created, sent with every
 * signed request by venues that have one (OKX); {@code null} for venues that do not
 * (Binance)
 */
public record VenueCredentials(String apiKey, String secret, @Nullable String passphrase) {

	public VenueCredentials {
		if (apiKey.isBlank() || secret.isBlank()) {
			throw new IllegalArgumentException("an API key and its secret are both required");
		}
		if (passphrase != null && passphrase.isBlank()) {
			throw new IllegalArgumentException("a passphrase, when given, must not be blank");
		}
	}

	/** A key and secret for a venue whose keys have no passphrase. */
	public VenueCredentials(String apiKey, String secret) {
		this(apiKey, secret, null);
	}

	@Override
	public String toString() {
		String shown = (this.apiKey.length() > 8)
				? this.apiKey.substring(0, 4) + "…" + this.apiKey.substring(this.apiKey.length() - 4) : "…";
		return "VenueCredentials[apiKey=" + shown + ", secret=(hidden)"
				+ ((this.passphrase != null) ? ", passphrase=(hidden)" : "") + "]";
	}

}
