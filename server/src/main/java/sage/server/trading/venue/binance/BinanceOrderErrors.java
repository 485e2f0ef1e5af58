package sage.server.trading.venue.binance;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;

/**
 * Binance's spot error codes (its "Error codes" page) and HTTP statuses as
 * {@link VenueFailure}s, in one table (as XChange's {@code BinanceErrorAdapter}).
 *
 * <p>
 * Binance reports most order refusals under three codes ({@code -1010}, {@code -2010},
 * {@code -2011}) and says which one in the message ("Account has insufficient balance for
 * requested action.", "Unknown order sent.", "Duplicate order sent."), so those messages
 * are a second table.
 */
final class BinanceOrderErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Failure messages are quoted this far. */
	private static final int QUOTED = 200;

	private static final Pattern BANNED_UNTIL = Pattern.compile("banned until (\\d{12,14})");

	private static final Map<Integer, Kind> CODES = Map.ofEntries(
			// server side: no telling whether a request was acted on
			Map.entry(-1000, Kind.UNAVAILABLE), Map.entry(-1001, Kind.UNAVAILABLE), Map.entry(-1006, Kind.UNAVAILABLE),
			Map.entry(-1007, Kind.UNAVAILABLE), Map.entry(-1008, Kind.UNAVAILABLE),
			// keys, signatures, permissions
			Map.entry(-1002, Kind.AUTH), Map.entry(-1022, Kind.AUTH), Map.entry(-2014, Kind.AUTH),
			Map.entry(-2015, Kind.AUTH),
			// limits
			Map.entry(-1003, Kind.RATE_LIMITED), Map.entry(-1015, Kind.RATE_LIMITED),
			// timestamp outside recvWindow, or ahead of the server
			Map.entry(-1021, Kind.CLOCK_SKEW),
			// the order breaks the symbol's filters or the API's parameter rules
			Map.entry(-1013, Kind.FILTER_FAILURE), Map.entry(-1100, Kind.FILTER_FAILURE),
			Map.entry(-1101, Kind.FILTER_FAILURE), Map.entry(-1102, Kind.FILTER_FAILURE),
			Map.entry(-1103, Kind.FILTER_FAILURE), Map.entry(-1104, Kind.FILTER_FAILURE),
			Map.entry(-1105, Kind.FILTER_FAILURE), Map.entry(-1106, Kind.FILTER_FAILURE),
			Map.entry(-1111, Kind.FILTER_FAILURE), Map.entry(-1112, Kind.FILTER_FAILURE),
			Map.entry(-1114, Kind.FILTER_FAILURE), Map.entry(-1115, Kind.FILTER_FAILURE),
			Map.entry(-1116, Kind.FILTER_FAILURE), Map.entry(-1117, Kind.FILTER_FAILURE),
			Map.entry(-1118, Kind.FILTER_FAILURE), Map.entry(-1120, Kind.FILTER_FAILURE),
			Map.entry(-1121, Kind.FILTER_FAILURE), Map.entry(-1130, Kind.FILTER_FAILURE),
			// no such order
			Map.entry(-2013, Kind.UNKNOWN_ORDER), Map.entry(-2026, Kind.UNKNOWN_ORDER),
			// refusals whose message says more (see MESSAGES); otherwise OTHER
			Map.entry(-1010, Kind.OTHER), Map.entry(-2010, Kind.OTHER), Map.entry(-2011, Kind.OTHER));

	/** Message starts that refine -1010, -2010 and -2011, lower case. */
	private static final List<Map.Entry<String, Kind>> MESSAGES = List.of(
			Map.entry("account has insufficient balance", Kind.INSUFFICIENT_BALANCE),
			Map.entry("unknown order sent", Kind.UNKNOWN_ORDER), Map.entry("order does not exist", Kind.UNKNOWN_ORDER),
			Map.entry("duplicate order sent", Kind.DUPLICATE_ORDER),
			Map.entry("order would trigger immediately", Kind.FILTER_FAILURE),
			Map.entry("stop price would trigger immediately", Kind.FILTER_FAILURE),
			Map.entry("price * qty is zero or less", Kind.FILTER_FAILURE),
			Map.entry("order would immediately match and take", Kind.OTHER),
			Map.entry("too many new orders", Kind.RATE_LIMITED));

	private BinanceOrderErrors() {
	}

	/**
	 * What an answer with a non-2xx {@code status} means.
	 * @param retryAfter the answer's {@code Retry-After}, if any
	 * @param now to turn waits into instants
	 */
	static VenueFailure failure(int status, String body, @Nullable String retryAfter, Instant now,
			Duration banWithoutRetryAfter) {
		Optional<Coded> coded = coded(body);
		String code = coded.map((c) -> String.valueOf(c.code())).orElse(null);
		String said = coded.map(Coded::message).orElseGet(() -> quoted(body));
		String message = "HTTP " + status + ((said.isEmpty()) ? "" : ": " + said);
		if (status == 418) {
			Instant until = waitEnd(retryAfter, now);
			if (until == null) {
				until = bannedUntil(said);
			}
			return new VenueFailure(Kind.BANNED, message, code,
					(until != null) ? until : now.plus(banWithoutRetryAfter));
		}
		if (status == 429) {
			Instant until = waitEnd(retryAfter, now);
			// Binance's limits are per minute; without a header, the next minute is the
			// earliest a retry can help
			return new VenueFailure(Kind.RATE_LIMITED, message, code,
					(until != null) ? until : now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60));
		}
		if (status >= 500) {
			// whatever code came with it, Binance's rule is that a 5xx leaves the outcome
			// unknown
			return VenueFailure.of(Kind.UNAVAILABLE, message, code);
		}
		if (coded.isPresent()) {
			return VenueFailure.of(kindOf(coded.get().code(), coded.get().message()), message, code);
		}
		return VenueFailure.of(byStatus(status), message, code);
	}

	/** What Binance's {@code code} with {@code message} means. */
	static Kind kindOf(int code, String message) {
		Kind kind = CODES.get(code);
		if (kind == null) {
			return Kind.OTHER;
		}
		if (kind == Kind.OTHER || kind == Kind.UNKNOWN_ORDER) {
			String said = message.toLowerCase(Locale.ROOT);
			for (Map.Entry<String, Kind> entry : MESSAGES) {
				if (said.startsWith(entry.getKey())) {
					return entry.getValue();
				}
			}
		}
		return kind;
	}

	private static Kind byStatus(int status) {
		if (status == 401) {
			return Kind.AUTH;
		}
		// 403 is Binance's web application firewall; other 4xx are requests it refused
		return Kind.OTHER;
	}

	/** Binance's {@code {"code":-2010,"msg":"…"}}, when the body is that. */
	private static Optional<Coded> coded(String body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root != null && root.path("code").isIntegralNumber() && root.path("msg").isString()) {
				return Optional.of(new Coded(root.path("code").intValue(), root.path("msg").asString()));
			}
		}
		catch (JacksonException ex) {
			// an HTML error page from a proxy or the firewall: the status decides
		}
		return Optional.empty();
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

	/** Binance's ban message: "… IP banned until 1659146260000. …". */
	private static @Nullable Instant bannedUntil(String message) {
		Matcher matcher = BANNED_UNTIL.matcher(message);
		return matcher.find() ? Instant.ofEpochMilli(Long.parseLong(matcher.group(1))) : null;
	}

	private static String quoted(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return (flat.length() > QUOTED) ? flat.substring(0, QUOTED) + "…" : flat;
	}

	private record Coded(int code, String message) {
	}

}
