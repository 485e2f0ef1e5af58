package sage.server.market.venue.upbit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import si.mazi.rescu.HttpStatusIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;
import sage.server.market.venue.ErrorTable;
import sage.server.market.venue.ExchangeFaults;
import sage.server.market.venue.VenueError;

/**
 * Upbit's errors: a 4xx with {@code {"error":{"name":...,"message":...}}}. Upbit answers
 * a broken request-rate limit with 429 and, if the client keeps going, 418 (the IP is
 * blocked for a while). XChange's {@code UpbitException} cannot be read from that body,
 * so the error is read from rescu's {@link HttpStatusIOException}.
 */
final class UpbitErrors implements ErrorTable {

	/**
	 * Upbit does not document how long a 418 block lasts; without {@code Retry-After}
	 * Sage stays off this long.
	 */
	static final Duration BAN_WITHOUT_RETRY_AFTER = Duration.ofMinutes(2);

	private static final Map<String, Kind> NAMES = Map.of("too_many_requests", Kind.RATE_LIMITED, "404", Kind.NOT_FOUND,
			"invalid_query_payload", Kind.REJECTED, "jwt_verification", Kind.UNAUTHORIZED, "invalid_access_key",
			Kind.UNAUTHORIZED, "no_authorization_i_p", Kind.UNAUTHORIZED);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Clock clock;

	UpbitErrors(Clock clock) {
		this.clock = clock;
	}

	@Override
	public @Nullable Kind kindOf(VenueError error) {
		if (error.httpStatus() == 418 || error.httpStatus() == 429) {
			return Kind.RATE_LIMITED;
		}
		return NAMES.get(error.code());
	}

	/** Upbit's own error in a failure: the status and the {@code error} object. */
	Optional<VenueError> read(Throwable error) {
		if (error instanceof UpbitRefusal refusal) {
			int code = refusal.getHttpStatusCode();
			Duration wait = ExchangeFaults.retryAfter(refusal.getResponseHeaders(), this.clock.instant());
			return Optional.of(new VenueError(refusal.name(), refusal.detail(), code,
					(wait == null && code == 418) ? BAN_WITHOUT_RETRY_AFTER : wait));
		}
		if (!(error instanceof HttpStatusIOException status) || status.getHttpStatusCode() < 400) {
			return Optional.empty();
		}
		int code = status.getHttpStatusCode();
		Duration wait = ExchangeFaults.retryAfter(status.getResponseHeaders(), this.clock.instant());
		if (wait == null && code == 418) {
			wait = BAN_WITHOUT_RETRY_AFTER;
		}
		JsonNode venueError = parse(status.getHttpBody()).path("error");
		String name = venueError.path("name").asString("HTTP " + code);
		String message = venueError.path("message").asString(String.valueOf(status.getHttpBody()));
		return Optional.of(new VenueError(name, message, code, wait));
	}

	/** Upbit's own error in an answer to a direct REST call. */
	Optional<VenueError> read(UpstreamHttp.Answer answer) {
		if (answer.ok()) {
			return Optional.empty();
		}
		int code = answer.status();
		Duration wait = answer.headers()
			.firstValue("Retry-After")
			.map((value) -> UpstreamHttp.retryAfter(value, this.clock.instant()))
			.orElse(null);
		if (wait == null && code == 418) {
			wait = BAN_WITHOUT_RETRY_AFTER;
		}
		JsonNode venueError = (answer.body() != null) ? answer.body().path("error") : JSON.missingNode();
		if (venueError.isMissingNode() && code != 418 && code != 429) {
			return Optional.empty();
		}
		return Optional.of(new VenueError(venueError.path("name").asString("HTTP " + code),
				venueError.path("message").asString("blocked"), code, wait));
	}

	private static JsonNode parse(@Nullable String body) {
		try {
			return (body == null || body.isBlank()) ? JSON.missingNode() : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return JSON.missingNode();
		}
	}

}
