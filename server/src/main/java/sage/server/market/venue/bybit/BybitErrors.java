package sage.server.market.venue.bybit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.knowm.xchange.bybit.service.BybitException;
import si.mazi.rescu.HttpStatusIOException;
import tools.jackson.databind.JsonNode;

import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;
import sage.server.market.venue.ErrorTable;
import sage.server.market.venue.VenueError;

/**
 * Bybit v5 return codes ("Error Codes" page) and its IP limit. Bybit answers most errors
 * with HTTP 200 and a non-zero {@code retCode}; the per-second limit is {@code 10006}
 * with the reset time in {@code X-Bapi-Limit-Reset-Timestamp}. An IP that breaks the
 * limit gets HTTP 403 and is banned for at least ten minutes, so a 403 blocks that long
 * instead of reading as a bad key (public data needs none).
 */
final class BybitErrors implements ErrorTable {

	/** How long Bybit bans an IP that got a 403 for breaking its limit. */
	static final Duration IP_BAN = Duration.ofMinutes(10);

	private static final Map<String, Kind> CODES = Map.ofEntries(Map.entry("10000", Kind.TIMEOUT),
			Map.entry("10002", Kind.REJECTED), Map.entry("10003", Kind.UNAUTHORIZED),
			Map.entry("10004", Kind.UNAUTHORIZED), Map.entry("10005", Kind.UNAUTHORIZED),
			Map.entry("10006", Kind.RATE_LIMITED), Map.entry("10007", Kind.UNAUTHORIZED),
			Map.entry("10009", Kind.UNAUTHORIZED), Map.entry("10010", Kind.UNAUTHORIZED),
			Map.entry("10016", Kind.SERVER_ERROR), Map.entry("10018", Kind.RATE_LIMITED),
			Map.entry("170121", Kind.NOT_FOUND));

	private final Clock clock;

	BybitErrors(Clock clock) {
		this.clock = clock;
	}

	@Override
	public @Nullable Kind kindOf(VenueError error) {
		if (error.httpStatus() == 403) {
			return Kind.RATE_LIMITED;
		}
		if ("10001".equals(error.code())) {
			// "params error" covers an unknown symbol ("Not supported symbols") and bad
			// arguments alike; only the message tells them apart
			return error.message().toLowerCase(Locale.ROOT).contains("symbol") ? Kind.NOT_FOUND : Kind.REJECTED;
		}
		return CODES.get(error.code());
	}

	/** Bybit's own error in an XChange failure. */
	Optional<VenueError> read(Throwable error) {
		if (error instanceof BybitException bybit) {
			return Optional.of(new VenueError(String.valueOf(bybit.getRetCode()), String.valueOf(bybit.getRetMsg()),
					bybit.getHttpStatusCode(), null));
		}
		if (error instanceof HttpStatusIOException status && status.getHttpStatusCode() == 403) {
			return Optional.of(new VenueError("HTTP 403", "access denied, IP rate limit broken", 403, IP_BAN));
		}
		return Optional.empty();
	}

	/** Bybit's own error in an answer to a direct REST call. */
	Optional<VenueError> read(UpstreamHttp.Answer answer) {
		if (answer.status() == 403) {
			return Optional.of(new VenueError("HTTP 403", "access denied, IP rate limit broken", 403, IP_BAN));
		}
		JsonNode body = answer.body();
		if (body == null || !body.has("retCode") || body.path("retCode").asInt() == 0) {
			return Optional.empty();
		}
		String code = body.path("retCode").asString();
		Duration wait = null;
		if ("10006".equals(code)) {
			wait = answer.headers().firstValue("X-Bapi-Limit-Reset-Timestamp").map(this::untilMillis).orElse(null);
		}
		return Optional.of(new VenueError(code, body.path("retMsg").asString(), answer.status(), wait));
	}

	private @Nullable Duration untilMillis(String epochMillis) {
		try {
			Duration wait = Duration.between(this.clock.instant(), Instant.ofEpochMilli(Long.parseLong(epochMillis)));
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
