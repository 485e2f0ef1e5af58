package sage.server.platform.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The id that ties a request to its log lines and its problem response. A caller may send
 * its own in {@code X-Request-Id} (so ids follow a request across services); anything not
 * shaped like an id is replaced, so that log lines cannot be forged through the header.
 */
public final class RequestId {

	/** The header that carries the id both ways. */
	public static final String HEADER = "X-Request-Id";

	/** The MDC key, and the member name in problem bodies. */
	public static final String MDC_KEY = "requestId";

	static final String ATTRIBUTE = RequestId.class.getName();

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

	private RequestId() {
	}

	/** The caller's id when well formed, otherwise a new random one. */
	static String acceptOrGenerate(@Nullable String offered) {
		return (offered != null && WELL_FORMED.matcher(offered).matches()) ? offered : random();
	}

	/**
	 * A random version-4 UUID from the thread's own generator: an id must be unique, not
	 * secret, and {@code UUID.randomUUID()}'s SecureRandom makes every request queue on
	 * one lock.
	 */
	private static String random() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/**
	 * The id of this request, also during error dispatch when the MDC is already cleared.
	 */
	public static @Nullable String of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String id) ? id : null;
	}

}
