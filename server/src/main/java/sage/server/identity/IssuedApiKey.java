package sage.server.identity;

/**
 * A key just created or rotated: the only time the key itself is shown. Its string form
 * hides the key.
 *
 * @param key the key to send as {@code Authorization: Bearer <key>} or {@code X-API-Key}
 * @param apiKey what is stored about it
 */
public record IssuedApiKey(String key, ApiKey apiKey) {

	@Override
	public String toString() {
		return "IssuedApiKey[key=******, apiKey=" + this.apiKey + "]";
	}

}
