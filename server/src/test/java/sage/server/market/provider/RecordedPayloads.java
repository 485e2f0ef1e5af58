package sage.server.market.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recorded upstream answers under {@code src/test/resources/market/providers/} (see
 * the PROVENANCE.md beside them), as the bodies a stand-in server sends.
 */
public final class RecordedPayloads {

	private static final JsonMapper JSON = UpstreamHttp.exactJson();

	private RecordedPayloads() {
	}

	/**
	 * The Yahoo body of a yahoo-finance2 recording ({@code response.bodyJson}), written
	 * back as JSON with every number as recorded.
	 */
	public static byte[] yahoo(String file) {
		JsonNode body = JSON.readTree(bytes("yahoo/" + file)).path("response").path("bodyJson");
		if (body.isMissingNode()) {
			throw new IllegalArgumentException(file + " has no response.bodyJson");
		}
		return JSON.writeValueAsBytes(body);
	}

	/** The recorded Yahoo body as a tree, for tests that alter it. */
	public static JsonNode yahooTree(String file) {
		return JSON.readTree(yahoo(file));
	}

	/** A tree written as a body. */
	public static byte[] body(JsonNode tree) {
		return JSON.writeValueAsBytes(tree);
	}

	/**
	 * The response body of a JKorf CoinGecko.Net sample: the bytes after its three header
	 * lines (method, path, authenticated), unchanged.
	 */
	public static byte[] coinGecko(String file) {
		byte[] all = bytes("coingecko/" + file);
		int lines = 0;
		for (int i = 0; i < all.length; i++) {
			if (all[i] == '\n' && ++lines == 3) {
				return Arrays.copyOfRange(all, i + 1, all.length);
			}
		}
		throw new IllegalArgumentException(file + " has no body after its three header lines");
	}

	/** A file under {@code market/providers/} as it is. */
	public static byte[] bytes(String path) {
		try (InputStream in = RecordedPayloads.class.getResourceAsStream("/market/providers/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no recorded payload " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
