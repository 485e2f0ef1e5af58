package sage.server.market.venue.kis;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;
import sage.server.market.venue.Venue;

/**
 * KIS's errors. Data calls answer {@code rt_cd} ({@code "0"} when good), {@code msg_cd}
 * and {@code msg1}, with HTTP 200 or, for gateway errors such as the per-second limit
 * {@code EGW00201}, HTTP 500; the token call answers {@code error_code} and
 * {@code error_description} with a 4xx. The code decides, the status only when the code
 * is not in the table.
 */
final class KisErrors implements UpstreamHttp.AnswerCheck {

	/** KIS counts calls per second: wait that long after {@code EGW00201}. */
	static final Duration PER_SECOND = Duration.ofSeconds(1);

	/** KIS issues one access token a minute ({@code EGW00133}). */
	static final Duration TOKEN_INTERVAL = Duration.ofMinutes(1);

	/** The token KIS was sent has expired or is not (or no longer) valid. */
	private static final Set<String> TOKEN_INVALID = Set.of("EGW00121", "EGW00123");

	private static final Map<String, Kind> CODES = Map.of("EGW00201", Kind.RATE_LIMITED, "EGW00133", Kind.RATE_LIMITED,
			"EGW00102", Kind.UNAUTHORIZED, "EGW00103", Kind.UNAUTHORIZED, "EGW00105", Kind.UNAUTHORIZED, "EGW00121",
			Kind.UNAUTHORIZED, "EGW00123", Kind.UNAUTHORIZED);

	private final boolean quotesBodies;

	private KisErrors(boolean quotesBodies) {
		this.quotesBodies = quotesBodies;
	}

	/** For data calls. */
	static KisErrors forData() {
		return new KisErrors(true);
	}

	/** For the token call, whose answer holds the access token and is never quoted. */
	static KisErrors forToken() {
		return new KisErrors(false);
	}

	@Override
	public boolean quotesBodies() {
		return this.quotesBodies;
	}

	@Override
	public @Nullable UpstreamException check(UpstreamHttp.Answer answer) {
		JsonNode body = answer.body();
		if (body == null) {
			return null;
		}
		String code;
		String message;
		if (body.has("rt_cd")) {
			if ("0".equals(body.path("rt_cd").asString()) && answer.ok()) {
				return null;
			}
			code = body.path("msg_cd").asString("");
			message = body.path("msg1").asString("");
		}
		else if (body.has("error_code")) {
			code = body.path("error_code").asString("");
			message = body.path("error_description").asString("");
		}
		else {
			return null;
		}
		Kind kind = CODES.get(code);
		if (kind == null) {
			kind = answer.ok() ? Kind.REJECTED : byStatus(answer.status());
		}
		Duration wait = switch (code) {
			case "EGW00201" -> PER_SECOND;
			case "EGW00133" -> TOKEN_INTERVAL;
			default -> null;
		};
		return new UpstreamException(Venue.KIS.providerName(), kind,
				answer.operation() + ": KIS " + code + " " + message.strip() + " (HTTP " + answer.status() + ")", wait,
				TOKEN_INVALID.contains(code) ? new InvalidToken() : null);
	}

	/** Whether {@code error} says the access token sent is expired or invalid. */
	static boolean isInvalidToken(UpstreamException error) {
		return error.getCause() instanceof InvalidToken;
	}

	private static Kind byStatus(int status) {
		if (status >= 500) {
			return Kind.SERVER_ERROR;
		}
		if (status == 401 || status == 403) {
			return Kind.UNAUTHORIZED;
		}
		if (status == 429) {
			return Kind.RATE_LIMITED;
		}
		return (status == 404) ? Kind.NOT_FOUND : Kind.REJECTED;
	}

	/** Marks a fault whose cure is a new access token. */
	private static final class InvalidToken extends RuntimeException {

		InvalidToken() {
			super("KIS access token expired or invalid", null, false, false);
		}

	}

}
