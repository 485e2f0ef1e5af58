package sage.server.trading.venue.bybit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Bybit answers recorded in {@code src/test/resources/venue/bybit/} (see the
 * {@code PROVENANCE.md} there), read unchanged.
 */
final class Recorded {

	private Recorded() {
	}

	static String read(String name) {
		try (InputStream in = Recorded.class.getResourceAsStream("/venue/bybit/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no recorded payload " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
