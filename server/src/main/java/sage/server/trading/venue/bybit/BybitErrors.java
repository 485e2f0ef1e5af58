package sage.server.trading.venue.bybit;

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
 * Bybit's v5 {@code retCode}s (its "Error Codes" page: general codes and the spot trade
 * codes {@code 170xxx}) and HTTP statuses as {@link VenueFailure}s, in one table.
 *
 * <p>
 * Bybit refuses most requests with HTTP 200 and a non-zero {@code retCode} in the
 * envelope {@code {"retCode":…,"retMsg":"…","result":{},…}}; HTTP statuses other than 200
 * are its gateway speaking: 403 is an IP ban for breaking the IP rate limit, 429 its own
 * overload protection, 5xx a failure after which nobody can say what was done.
 */
final class BybitErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Failure messages are quoted this far. */
	private static final int QUOTED = 200;

	/**
	 * How long to wait after 10006 or 429 when Bybit says nothing: its limits are per
	 * second.
	 */
	private static final Duration RATE_WINDOW = Duration.ofSeconds(1);

	private static final Map<Integer, Kind> CODES = Map.ofEntries(
			// server side: no telling whether the request was acted on
			Map.entry(10000, Kind.UNAVAILABLE), Map.entry(10016, Kind.UNAVAILABLE), Map.entry(10019, Kind.UNAVAILABLE),
			Map.entry(170001, Kind.UNAVAILABLE), Map.entry(170007, Kind.UNAVAILABLE),
			Map.entry(170146, Kind.UNAVAILABLE), Map.entry(170147, Kind.UNAVAILABLE),
			// keys, signatures, permissions, expired keys (-2015 spot, 33004 derivatives)
			Map.entry(10003, Kind.AUTH), Map.entry(10004, Kind.AUTH), Map.entry(10005, Kind.AUTH),
			Map.entry(10007, Kind.AUTH), Map.entry(10010, Kind.AUTH), Map.entry(10029, Kind.AUTH),
			Map.entry(33004, Kind.AUTH), Map.entry(-2015, Kind.AUTH),
			// limits: per UID and endpoint (10006), per IP (10018), new orders (170005)
			Map.entry(10006, Kind.RATE_LIMITED), Map.entry(10018, Kind.RATE_LIMITED),
			Map.entry(170005, Kind.RATE_LIMITED),
			// the IP is banned
			Map.entry(10009, Kind.BANNED),
			// timestamp outside recv_window
			Map.entry(10002, Kind.CLOCK_SKEW),
			// not enough free balance (170033: margin trading)
			Map.entry(170131, Kind.INSUFFICIENT_BALANCE), Map.entry(170033, Kind.INSUFFICIENT_BALANCE),
			Map.entry(110007, Kind.INSUFFICIENT_BALANCE),
			// the order breaks the symbol's rules or the API's parameter rules
			Map.entry(10001, Kind.FILTER_FAILURE), Map.entry(170003, Kind.FILTER_FAILURE),
			Map.entry(170121, Kind.FILTER_FAILURE), Map.entry(170124, Kind.FILTER_FAILURE),
			Map.entry(170130, Kind.FILTER_FAILURE), Map.entry(170132, Kind.FILTER_FAILURE),
			Map.entry(170133, Kind.FILTER_FAILURE), Map.entry(170134, Kind.FILTER_FAILURE),
			Map.entry(170135, Kind.FILTER_FAILURE), Map.entry(170136, Kind.FILTER_FAILURE),
			Map.entry(170137, Kind.FILTER_FAILURE), Map.entry(170140, Kind.FILTER_FAILURE),
			Map.entry(170148, Kind.FILTER_FAILURE), Map.entry(170151, Kind.FILTER_FAILURE),
			Map.entry(170192, Kind.FILTER_FAILURE), Map.entry(170193, Kind.FILTER_FAILURE),
			Map.entry(170194, Kind.FILTER_FAILURE),
			// an order under this orderLinkId exists already
			Map.entry(170141, Kind.DUPLICATE_ORDER), Map.entry(10014, Kind.DUPLICATE_ORDER),
			// no such working order: never placed, or already filled or cancelled
			Map.entry(170213, Kind.UNKNOWN_ORDER), Map.entry(110001, Kind.UNKNOWN_ORDER),
			Map.entry(170139, Kind.UNKNOWN_ORDER), Map.entry(170142, Kind.UNKNOWN_ORDER),
			Map.entry(170143, Kind.UNKNOWN_ORDER), Map.entry(170190, Kind.UNKNOWN_ORDER));

	private BybitErrors() {
	}

	/**
	 * What Bybit's {@code retCode} means; {@link Kind#OTHER} for codes not in the table.
	 */
	static Kind kindOf(int retCode) {
		return CODES.getOrDefault(retCode, Kind.OTHER);
	}

	/**
	 * What an answer means that is not a success: an HTTP status other than 2xx, or a 2xx
	 * whose envelope carries a non-zero {@code retCode}.
	 * @param resetAt the answer's {@code X-Bapi-Limit-Reset-Timestamp}, on the local
	 * clock, if any
	 * @param now to turn waits into instants
	 */
	static VenueFailure failure(int status, String body, @Nullable Instant resetAt, Instant now, Duration banLength) {
		Optional<Coded> coded = coded(body);
		String code = coded.map((c) -> String.valueOf(c.code())).orElse(null);
		String said = coded.map(Coded::message).orElseGet(() -> quoted(body));
		String message = ((status >= 200 && status < 300) ? "" : "HTTP " + status + ": ") + said;
		if (status == 403) {
			// Bybit's gateway bans an IP that broke the IP limit; it says for how long
			// nowhere
			return new VenueFailure(Kind.BANNED, message.strip(), code, now.plus(banLength));
		}
		if (status == 429) {
			return new VenueFailure(Kind.RATE_LIMITED, message, code, waitEnd(resetAt, now));
		}
		if (status >= 500) {
			return VenueFailure.of(Kind.UNAVAILABLE, message, code);
		}
		if (coded.isEmpty()) {
			return VenueFailure.of((status == 401) ? Kind.AUTH : Kind.OTHER, message, null);
		}
		Kind kind = kindOf(coded.get().code());
		return switch (kind) {
			case RATE_LIMITED -> new VenueFailure(kind, message, code, waitEnd(resetAt, now));
			case BANNED -> new VenueFailure(kind, message, code, now.plus(banLength));
			default -> VenueFailure.of(kind, message, code);
		};
	}

	/**
	 * The reset time when it lies ahead (Bybit sends the current time in it when no limit
	 * was hit), else the next second.
	 */
	private static Instant waitEnd(@Nullable Instant resetAt, Instant now) {
		return (resetAt != null && resetAt.isAfter(now)) ? resetAt : now.plus(RATE_WINDOW);
	}

	/** Bybit's envelope with a {@code retCode}, when the body is that. */
	static Optional<Coded> coded(String body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root != null && root.path("retCode").isIntegralNumber()) {
				return Optional.of(new Coded(root.path("retCode").intValue(), root.path("retMsg").asString("")));
			}
		}
		catch (JacksonException ex) {
			// an HTML page from the gateway or a proxy: the status decides
		}
		return Optional.empty();
	}

	private static String quoted(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return (flat.length() > QUOTED) ? flat.substring(0, QUOTED) + "…" : flat;
	}

	/** A {@code retCode} and its {@code retMsg}. */
	record Coded(int code, String message) {
	}

}
