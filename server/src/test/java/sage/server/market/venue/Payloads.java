package sage.server.market.venue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import sage.server.market.provider.UpstreamSettings;

/** Recorded venue payloads under {@code market/providers/}, and quick test settings. */
public final class Payloads {

	/**
	 * 1 s per request (a cold first request on a busy machine takes a few hundred ms), 3
	 * tries 5-20 ms apart, waits up to 2 s for a {@code Retry-After}, a circuit too wide
	 * to open during a test.
	 */
	public static final UpstreamSettings QUICK = new UpstreamSettings(Duration.ofSeconds(1), 3, Duration.ofMillis(5),
			Duration.ofMillis(20), Duration.ofSeconds(2), 50, 50, Duration.ofSeconds(60));

	/** A delay that no request under {@link #QUICK} waits out. */
	public static final int SLOWER_THAN_TIMEOUT = 1_500;

	private Payloads() {
	}

	/** The payload at {@code market/providers/<path>}, as text. */
	public static String read(String path) {
		try (InputStream in = Payloads.class.getResourceAsStream("/market/providers/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no payload market/providers/" + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first half of a payload: a body cut off mid-answer. */
	public static String truncated(String path) {
		String body = read(path);
		return body.substring(0, body.length() / 2);
	}

}
