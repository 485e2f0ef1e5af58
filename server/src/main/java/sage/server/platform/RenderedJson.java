package sage.server.platform;

/**
 * A JSON body written once and sent as it is, for answers read far more often than they
 * change (a cached quote). The type argument names what the JSON holds, so the API
 * document shows that schema.
 *
 * @param <T> the type the JSON was written from
 * @param bytes the UTF-8 JSON
 */
public record RenderedJson<T>(byte[] bytes) {

	public RenderedJson {
		if (bytes.length == 0) {
			throw new IllegalArgumentException("an empty body is not JSON");
		}
	}

}
