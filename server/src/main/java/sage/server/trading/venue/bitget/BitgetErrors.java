package sage.server.trading.venue.bitget;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;

/**
 * Bitget's v2 error codes (its "Error Code" page, and the codes its API is seen to
 * answer) and HTTP statuses as {@link VenueFailure}s, in one table.
 *
 * <p>
 * Bitget answers a refusal with an envelope whose {@code code} is not {@code "00000"},
 * {@code {"code":"43012","msg":"Insufficient balance","requestTime":…,"data":null}},
 * mostly with HTTP 400, some with HTTP 200; both are read the same way.
 */
final class BitgetErrors {

	/** Bitget's code for success. */
	static final String SUCCESS = "00000";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Failure messages are quoted this far. */
	private static final int QUOTED = 200;

	private static final Map<String, Kind> CODES = Map.ofEntries(
			// Bitget failed or timed out inside: no telling whether it acted. 40010 is
			// "Request timed out" on Bitget's page (ccxt reads it as a signature error):
			// taken as unknown, the safe side for an order, which a lookup then settles
			Map.entry("40010", Kind.UNAVAILABLE), Map.entry("40015", Kind.UNAVAILABLE),
			Map.entry("40200", Kind.UNAVAILABLE), Map.entry("40604", Kind.UNAVAILABLE),
			Map.entry("40725", Kind.UNAVAILABLE),
			// keys, signatures, passphrases, IP allow lists, permissions
			Map.entry("40001", Kind.AUTH), Map.entry("40002", Kind.AUTH), Map.entry("40003", Kind.AUTH),
			Map.entry("40006", Kind.AUTH), Map.entry("40009", Kind.AUTH), Map.entry("40011", Kind.AUTH),
			Map.entry("40012", Kind.AUTH), Map.entry("40014", Kind.AUTH), Map.entry("40018", Kind.AUTH),
			Map.entry("40037", Kind.AUTH), Map.entry("400172", Kind.AUTH),
			// too many requests
			Map.entry("429", Kind.RATE_LIMITED), Map.entry("1001", Kind.RATE_LIMITED),
			// "Request timestamp expired", "Invalid ACCESS_TIMESTAMP": outside Bitget's
			// 30-second window
			Map.entry("40004", Kind.CLOCK_SKEW), Map.entry("40005", Kind.CLOCK_SKEW),
			Map.entry("40008", Kind.CLOCK_SKEW),
			// "Insufficient balance", "The order amount exceeds the balance"
			Map.entry("43012", Kind.INSUFFICIENT_BALANCE), Map.entry("40762", Kind.INSUFFICIENT_BALANCE),
			Map.entry("40711", Kind.INSUFFICIENT_BALANCE),
			// parameters, symbols, sizes, prices, precision, minimum amounts
			Map.entry("40017", Kind.FILTER_FAILURE), Map.entry("40019", Kind.FILTER_FAILURE),
			Map.entry("40034", Kind.FILTER_FAILURE), Map.entry("40305", Kind.FILTER_FAILURE),
			Map.entry("40808", Kind.FILTER_FAILURE), Map.entry("41103", Kind.FILTER_FAILURE),
			Map.entry("43006", Kind.FILTER_FAILURE), Map.entry("43011", Kind.FILTER_FAILURE),
			Map.entry("45110", Kind.FILTER_FAILURE),
			// the clientOid is taken already
			Map.entry("40786", Kind.DUPLICATE_ORDER), Map.entry("43118", Kind.DUPLICATE_ORDER),
			Map.entry("45034", Kind.DUPLICATE_ORDER),
			// no such order; for a cancel also one already filled or cancelled: either
			// way there is no working order to cancel
			Map.entry("43001", Kind.UNKNOWN_ORDER), Map.entry("40109", Kind.UNKNOWN_ORDER),
			Map.entry("40768", Kind.UNKNOWN_ORDER), Map.entry("22001", Kind.UNKNOWN_ORDER));

	private BitgetErrors() {
	}

	/**
	 * What an answer means when it is not a success: any non-2xx status, or a 2xx whose
	 * envelope carries a code other than {@code "00000"}.
	 * @param retryAfter the answer's {@code Retry-After}, if any
	 * @param now to turn waits into instants
	 * @return empty for a success, and for a 2xx that is not Bitget's JSON at all
	 * (whoever reads it says it is malformed)
	 */
	static Optional<VenueFailure> failure(int status, String body, @Nullable String retryAfter, Instant now,
			Duration rateLimitWithoutRetryAfter) {
		Optional<Coded> coded = coded(body);
		boolean success = status >= 200 && status < 300;
		if (success && (coded.isEmpty() || SUCCESS.equals(coded.get().code()))) {
			return Optional.empty();
		}
		String code = coded.map(Coded::code).orElse(null);
		String said = coded.map(Coded::message).orElseGet(() -> quoted(body));
		String message = (success ? "" : "HTTP " + status + ": ") + said;
		if (status == 429 || (code != null && CODES.get(code) == Kind.RATE_LIMITED)) {
			Instant until = waitEnd(retryAfter, now);
			return Optional.of(new VenueFailure(Kind.RATE_LIMITED, message, code,
					(until != null) ? until : now.plus(rateLimitWithoutRetryAfter)));
		}
		if (status >= 500) {
			// whatever code came with it, a failing server leaves the outcome unknown
			return Optional.of(VenueFailure.of(Kind.UNAVAILABLE, message, code));
		}
		if (code != null) {
			return Optional.of(VenueFailure.of(kindOf(code), message, code));
		}
		return Optional.of(VenueFailure.of((status == 401 || status == 403) ? Kind.AUTH : Kind.OTHER, message, null));
	}

	/** What Bitget's {@code code} means. */
	static Kind kindOf(String code) {
		return CODES.getOrDefault(code, Kind.OTHER);
	}

	/**
	 * The envelope's {@code code} and its message, {@code msg} (some answers name it
	 * {@code message}).
	 */
	private static Optional<Coded> coded(String body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			// an HTML error page from a proxy or a load balancer: the status decides
			return Optional.empty();
		}
		if (root == null || !root.isObject()
				|| !(root.path("code").isString() || root.path("code").isIntegralNumber())) {
			return Optional.empty();
		}
		String message = root.path("msg").asString("");
		if (message.isEmpty()) {
			message = root.path("message").asString("");
		}
		return Optional.of(new Coded(root.path("code").asString(), message));
	}

	private static @Nullable Instant waitEnd(@Nullable String retryAfter, Instant now) {
		if (retryAfter == null) {
			return null;
		}
		try {
			long seconds = Long.parseLong(retryAfter.strip());
			return (seconds >= 0) ? now.plusSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String quoted(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return (flat.length() > QUOTED) ? flat.substring(0, QUOTED) + "…" : flat;
	}

	private record Coded(String code, String message) {
	}

}
