package sage.server.trading.venue.okx;

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
 * OKX's v5 error codes (its "Error Code" page, REST section) and HTTP statuses as
 * {@link VenueFailure}s, in one table.
 *
 * <p>
 * OKX answers most refusals with HTTP 200: the envelope's {@code code} is not
 * {@code "0"}, and for an order it is {@code "1"} ("operation failed") with the reason in
 * the order's own {@code sCode} and {@code sMsg} ({@code data[0]}). The order's code is
 * the one that says why, so it wins over the envelope's.
 */
final class OkxErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Failure messages are quoted this far. */
	private static final int QUOTED = 200;

	private static final Map<String, Kind> CODES = Map.ofEntries(
			// OKX failed or timed out inside: no telling whether it acted ("50004: does
			// not mean that the request was successful or failed")
			Map.entry("50001", Kind.UNAVAILABLE), Map.entry("50004", Kind.UNAVAILABLE),
			Map.entry("50013", Kind.UNAVAILABLE), Map.entry("50026", Kind.UNAVAILABLE),
			Map.entry("51054", Kind.UNAVAILABLE), Map.entry("51149", Kind.UNAVAILABLE),
			// keys, passphrases, signatures, IP allow lists, permissions
			Map.entry("50030", Kind.AUTH), Map.entry("50100", Kind.AUTH), Map.entry("50101", Kind.AUTH),
			Map.entry("50103", Kind.AUTH), Map.entry("50104", Kind.AUTH), Map.entry("50105", Kind.AUTH),
			Map.entry("50106", Kind.AUTH), Map.entry("50107", Kind.AUTH), Map.entry("50110", Kind.AUTH),
			Map.entry("50111", Kind.AUTH), Map.entry("50112", Kind.AUTH), Map.entry("50113", Kind.AUTH),
			Map.entry("50114", Kind.AUTH),
			// requests too frequent (50061: the sub-account's order limit)
			Map.entry("50011", Kind.RATE_LIMITED), Map.entry("50061", Kind.RATE_LIMITED),
			// "Timestamp request expired": outside OKX's 30-second window
			Map.entry("50102", Kind.CLOCK_SKEW), Map.entry("51008", Kind.INSUFFICIENT_BALANCE),
			Map.entry("51127", Kind.INSUFFICIENT_BALANCE), Map.entry("51131", Kind.INSUFFICIENT_BALANCE),
			// parameters, instruments, sizes, prices, precision
			Map.entry("50014", Kind.FILTER_FAILURE), Map.entry("50015", Kind.FILTER_FAILURE),
			Map.entry("50016", Kind.FILTER_FAILURE), Map.entry("50024", Kind.FILTER_FAILURE),
			Map.entry("51000", Kind.FILTER_FAILURE), Map.entry("51001", Kind.FILTER_FAILURE),
			Map.entry("51005", Kind.FILTER_FAILURE), Map.entry("51006", Kind.FILTER_FAILURE),
			Map.entry("51015", Kind.FILTER_FAILURE), Map.entry("51020", Kind.FILTER_FAILURE),
			Map.entry("51120", Kind.FILTER_FAILURE), Map.entry("51121", Kind.FILTER_FAILURE),
			Map.entry("51150", Kind.FILTER_FAILURE), Map.entry("51201", Kind.FILTER_FAILURE),
			Map.entry("51202", Kind.FILTER_FAILURE), Map.entry("51203", Kind.FILTER_FAILURE),
			Map.entry("51204", Kind.FILTER_FAILURE), Map.entry("51016", Kind.DUPLICATE_ORDER),
			// no such order; for a cancel, also "already canceled" and "already
			// completed":
			// either way there is no working order to cancel
			Map.entry("51603", Kind.UNKNOWN_ORDER), Map.entry("51400", Kind.UNKNOWN_ORDER),
			Map.entry("51401", Kind.UNKNOWN_ORDER), Map.entry("51402", Kind.UNKNOWN_ORDER));

	private OkxErrors() {
	}

	/**
	 * What an answer means when it is not a success: any non-2xx status, or a 2xx whose
	 * envelope or order carries a code other than {@code "0"}.
	 * @param retryAfter the answer's {@code Retry-After}, if any
	 * @param now to turn waits into instants
	 * @return empty for a success, and for a 2xx that is not OKX's JSON at all (whoever
	 * reads it says it is malformed)
	 */
	static Optional<VenueFailure> failure(int status, String body, @Nullable String retryAfter, Instant now,
			Duration rateLimitWithoutRetryAfter) {
		Optional<Coded> coded = coded(body);
		boolean success = status >= 200 && status < 300;
		if (success && (coded.isEmpty() || "0".equals(coded.get().code()))) {
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

	/** What OKX's {@code code} (or an order's {@code sCode}) means. */
	static Kind kindOf(String code) {
		return CODES.getOrDefault(code, Kind.OTHER);
	}

	/**
	 * OKX's {@code {"code":"1","msg":"…","data":[{"sCode":"51008","sMsg":"…"}]}}: the
	 * order's code when it has one other than {@code "0"}, else the envelope's.
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
		JsonNode first = root.path("data").path(0);
		String orderCode = first.path("sCode").asString("");
		if (!orderCode.isEmpty() && !"0".equals(orderCode)) {
			return Optional.of(new Coded(orderCode, first.path("sMsg").asString("")));
		}
		return Optional.of(new Coded(root.path("code").asString(), root.path("msg").asString("")));
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
