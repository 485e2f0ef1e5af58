package sage.server.trading.venue;

/**
 * An API key and its secret for one venue account. The secret never leaves this record
 * except to sign requests: {@link #toString()} shows only the key's ends, so the record
 * can end up in a log or a debugger without giving anything away.
 *
 * @param apiKey the key the venue knows the account by, sent with every signed request
 * @param secret the signing secret, never sent
 */
public record VenueCredentials(String apiKey, String secret) {

	public VenueCredentials {
		if (apiKey.isBlank() || secret.isBlank()) {
			throw new IllegalArgumentException("an API key and its secret are both required");
		}
	}

	@Override
	public String toString() {
		String shown = (this.apiKey.length() > 8)
				? this.apiKey.substring(0, 4) + "…" + this.apiKey.substring(this.apiKey.length() - 4) : "…";
		return "VenueCredentials[apiKey=" + shown + ", secret=(hidden)]";
	}

}
