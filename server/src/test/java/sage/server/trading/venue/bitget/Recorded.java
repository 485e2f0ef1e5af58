package sage.server.trading.venue.bitget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Bitget answers recorded in {@code src/test/resources/venue/bitget/} (see the
 * {@code PROVENANCE.md} there). The files stay byte-identical to their sources; the
 * {@code .txt} ones (JKorf's Bitget.Net samples) open with three lines of their own
 * (method, path, whether signed), which are dropped here to leave the JSON Bitget sent.
 */
final class Recorded {

	private Recorded() {
	}

	static String read(String name) {
		String text;
		try (InputStream in = Recorded.class.getResourceAsStream("/venue/bitget/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no recorded payload " + name);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!name.endsWith(".txt")) {
			return text;
		}
		int from = 0;
		for (int line = 0; line < 3; line++) {
			from = text.indexOf('\n', from) + 1;
			if (from == 0) {
				throw new IllegalArgumentException(name + " has no three header lines");
			}
		}
		return text.substring(from);
	}

}
