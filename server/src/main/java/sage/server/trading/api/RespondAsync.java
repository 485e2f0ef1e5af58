package sage.server.trading.api;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The {@code respond-async} preference of RFC 7240: the client would rather get 202 and a
 * job to poll than wait for the answer.
 */
final class RespondAsync {

	static final String TOKEN = "respond-async";

	private RespondAsync() {
	}

	/**
	 * Whether a {@code Prefer} header asks for it: preferences are comma-separated, each
	 * a token with optional {@code =value} and {@code ;parameters}, tokens
	 * case-insensitive.
	 */
	static boolean asked(@Nullable String prefer) {
		if (prefer == null) {
			return false;
		}
		for (String preference : prefer.split(",")) {
			String token = preference.split("[;=]", 2)[0].strip().toLowerCase(Locale.ROOT);
			if (token.equals(TOKEN)) {
				return true;
			}
		}
		return false;
	}

}
