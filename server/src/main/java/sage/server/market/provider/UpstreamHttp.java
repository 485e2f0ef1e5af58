package sage.server.market.provider;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.server.market.provider.UpstreamException.Kind;

/**
 * HTTP for providers that speak JSON over the JDK client: each request runs under the
 * provider's {@link UpstreamPolicy}, and every way an answer can be unusable becomes a
 * classified {@link UpstreamException} (timeout, 429 with its {@code Retry-After}, 5xx,
 * connection reset, 404, 401/403, other 4xx, a body that is not JSON).
 *
 * <p>
 * Venues that put their own error codes in the body (with HTTP 200, or with a status that
 * says less than the code) pass an {@link AnswerCheck}, which sees every answer before
 * the status is judged.
 *
 * <p>
 * Headers given to a request (API keys, tokens) are never part of an exception message.
 */
public final class UpstreamHttp {

	/** Upstream error bodies are quoted in messages only this far. */
	private static final int QUOTED_BODY = 200;

	private final UpstreamPolicy policy;

	private final HttpClient client;

	private final JsonMapper json;

	private final Duration timeout;

	private final Clock clock;

	public UpstreamHttp(UpstreamPolicy policy, HttpClient client, JsonMapper json, Duration timeout, Clock clock) {
		this.policy = policy;
		this.client = client;
		this.json = json;
		this.timeout = timeout;
		this.clock = clock;
	}

	/** The provider's name. */
	public String provider() {
		return this.policy.provider();
	}

	/** GETs {@code uri} and parses the body as JSON. */
	public JsonNode getJson(String operation, URI uri, Map<String, String> headers) {
		return getChecked(operation, uri, headers, AnswerCheck.STATUS_ONLY);
	}

	/**
	 * GETs {@code uri} and parses the body as JSON, letting {@code check} classify the
	 * venue's own error answers, whatever their status, before the status is judged.
	 */
	public JsonNode getChecked(String operation, URI uri, Map<String, String> headers, AnswerCheck check) {
		return this.policy.call(operation, () -> read(operation, send(operation, request(uri, headers).GET()), check));
	}

	/** POSTs a JSON {@code body} to {@code uri} and parses the answer as JSON. */
	public JsonNode postJson(String operation, URI uri, Map<String, String> headers, Object body) {
		return postChecked(operation, uri, headers, body, AnswerCheck.STATUS_ONLY);
	}

	/**
	 * POSTs a JSON {@code body} to {@code uri} and parses the answer as JSON, letting
	 * {@code check} classify the venue's own error answers.
	 */
	public JsonNode postChecked(String operation, URI uri, Map<String, String> headers, Object body,
			AnswerCheck check) {
		String text = this.json.writeValueAsString(body);
		return this.policy.call(operation,
				() -> read(operation, send(operation, request(uri, headers).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(text))), check));
	}

	private HttpRequest.Builder request(URI uri, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Accept", "application/json")
			.header("User-Agent", "Sage/0.1 (+self-hosted)");
		headers.forEach(builder::header);
		return builder;
	}

	private HttpResponse<String> send(String operation, HttpRequest.Builder builder) {
		HttpResponse<String> response;
		try {
			response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			throw fault(Kind.TIMEOUT, operation + ": no answer within " + this.timeout.toMillis() + " ms", null, ex);
		}
		catch (ConnectException ex) {
			throw fault(Kind.CONNECTION, operation + ": cannot connect: " + ex.getMessage(), null, ex);
		}
		catch (IOException ex) {
			throw fault(Kind.CONNECTION, operation + ": connection failed: " + ex.getMessage(), null, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw fault(Kind.TIMEOUT, operation + ": interrupted", null, ex);
		}
		return response;
	}

	private JsonNode read(String operation, HttpResponse<String> response, AnswerCheck check) {
		String body = response.body();
		JsonNode node = null;
		JacksonException unreadable = null;
		try {
			node = (body == null || body.isBlank()) ? null : this.json.readTree(body);
		}
		catch (JacksonException ex) {
			unreadable = ex;
		}
		if (node != null && node.isMissingNode()) {
			node = null;
		}
		int status = response.statusCode();
		UpstreamException venue = check.check(new Answer(operation, status, response.headers(), node));
		if (venue != null) {
			throw venue;
		}
		if (status < 200 || status >= 300) {
			throw byStatus(operation, response, check.quotesBodies());
		}
		if (node == null && unreadable == null) {
			throw fault(Kind.MALFORMED, operation + ": empty body", null, null);
		}
		if (node == null) {
			// a parser's message may hold part of the body, which can be secret
			throw fault(Kind.MALFORMED, operation + ": body is not JSON" + quoted(body, check.quotesBodies()), null,
					check.quotesBodies() ? unreadable : null);
		}
		return node;
	}

	private UpstreamException byStatus(String operation, HttpResponse<String> response, boolean quote) {
		int status = response.statusCode();
		String said = operation + ": HTTP " + status + quoted(response.body(), quote);
		if (status == 429) {
			return fault(Kind.RATE_LIMITED, said,
					retryAfter(response.headers().firstValue("Retry-After").orElse(null), this.clock.instant()), null);
		}
		if (status >= 500) {
			return fault(Kind.SERVER_ERROR, said, null, null);
		}
		if (status == 404) {
			return fault(Kind.NOT_FOUND, said, null, null);
		}
		if (status == 401 || status == 403) {
			return fault(Kind.UNAUTHORIZED, said, null, null);
		}
		return fault(Kind.REJECTED, said, null, null);
	}

	private UpstreamException fault(Kind kind, String message, @Nullable Duration retryAfter,
			@Nullable Throwable cause) {
		return new UpstreamException(provider(), kind, message, retryAfter, cause);
	}

	/**
	 * {@code Retry-After} as seconds or an HTTP date; absent or unreadable means the
	 * upstream did not say. Public for providers whose client library hands over the
	 * headers of a failed answer.
	 */
	public static @Nullable Duration retryAfter(@Nullable String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.trim();
		try {
			long seconds = Long.parseLong(value);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			try {
				Duration wait = Duration.between(now,
						ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private static String quoted(@Nullable String body, boolean quote) {
		if (!quote) {
			return (body == null || body.isBlank()) ? "" : ": (body withheld)";
		}
		if (body == null || body.isBlank()) {
			return "";
		}
		String flat = body.replaceAll("\\s+", " ").strip();
		return ": " + ((flat.length() > QUOTED_BODY) ? flat.substring(0, QUOTED_BODY) + "…" : flat);
	}

	/**
	 * One answer as a venue's {@link AnswerCheck} sees it.
	 *
	 * @param operation what the call does, for messages
	 * @param status the HTTP status
	 * @param headers the response headers ({@code Retry-After} and venue-specific ones)
	 * @param body the body as JSON, or {@code null} when it is empty or not JSON
	 */
	public record Answer(String operation, int status, HttpHeaders headers, @Nullable JsonNode body) {

		/** Whether the status is 2xx. */
		public boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

	/**
	 * How a provider reads its venue's own answers beyond the HTTP status: error codes in
	 * the body, sent with HTTP 200 by some venues and with a bare 4xx or 5xx by others.
	 */
	@FunctionalInterface
	public interface AnswerCheck {

		/** Judges by the HTTP status alone. */
		AnswerCheck STATUS_ONLY = (answer) -> null;

		/**
		 * The fault this answer means, or {@code null}: for a 2xx answer {@code null}
		 * means the answer is good; for another status it leaves the classification to
		 * the status.
		 */
		@Nullable UpstreamException check(Answer answer);

		/**
		 * Whether bodies may be quoted in messages; {@code false} for answers that carry
		 * secrets (an access token).
		 */
		default boolean quotesBodies() {
			return true;
		}

	}

}
