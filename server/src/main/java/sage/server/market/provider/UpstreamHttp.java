package sage.server.market.provider;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import sage.server.market.provider.UpstreamException.Kind;

/**
 * HTTP for providers that speak JSON over the JDK client: each request runs under the
 * provider's {@link UpstreamPolicy}, and every way an answer can be unusable becomes a
 * classified {@link UpstreamException} (timeout, 429 with its {@code Retry-After}, 5xx,
 * connection reset, 404, 401/403, other 4xx, a body that is not JSON).
 *
 * <p>
 * Headers given to a request (API keys, tokens) are never part of an exception message.
 */
public final class UpstreamHttp {

	/** Upstream error bodies are quoted in messages only this far. */
	private static final int QUOTED_BODY = 200;

	private static final String JSON = "application/json";

	private static final String ANY = "*/*";

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

	/**
	 * A JSON mapper for upstream answers that keeps every number exactly as sent,
	 * trailing zeros included: prices become {@code BigDecimal}s without a detour through
	 * {@code double}. Anything after the first JSON value makes the body malformed.
	 */
	public static JsonMapper exactJson() {
		return JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
			.build();
	}

	/**
	 * {@code parameters} as a URL query ({@code a=1&b=x%2Cy}), in their order, each name
	 * and value percent-encoded.
	 */
	public static String query(Map<String, ?> parameters) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, value) -> query.add(encode(name) + "=" + encode(String.valueOf(value))));
		return query.toString();
	}

	/** {@code text} percent-encoded for one path segment or query value. */
	public static String encode(String text) {
		// URLEncoder writes form encoding, whose '+' for a space is wrong in a path
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** The provider's name. */
	public String provider() {
		return this.policy.provider();
	}

	/** GETs {@code uri} and parses the body as JSON. */
	public JsonNode getJson(String operation, URI uri, Map<String, String> headers) {
		return getJson(operation, uri, headers, (node) -> node);
	}

	/**
	 * GETs {@code uri}, parses the body as JSON and reads it with {@code reader}, all in
	 * one attempt: an answer of the wrong shape (the reader throws) is a
	 * {@link Kind#MALFORMED} attempt like a body that is not JSON, so it is retried and
	 * counts against the circuit. A reader may also throw an {@link UpstreamException} of
	 * its own, for an error the upstream reports inside a 200 answer.
	 */
	public <T> T getJson(String operation, URI uri, Map<String, String> headers, Function<JsonNode, T> reader) {
		return this.policy.call(operation,
				() -> reader.apply(parse(operation, send(operation, request(uri, headers, JSON).GET()))));
	}

	/** GETs {@code uri} and returns the body as text, stripped of surrounding blanks. */
	public String getText(String operation, URI uri, Map<String, String> headers) {
		return this.policy.call(operation, () -> send(operation, request(uri, headers, ANY).GET()).body().strip());
	}

	/**
	 * GETs {@code uri} for what the answer sets (cookies, through the client's cookie
	 * handler) rather than for its body: any HTTP status is an answer, and only no-answer
	 * faults (timeout, connection) fail.
	 */
	public void visit(String operation, URI uri) {
		this.policy.call(operation, () -> exchange(operation, request(uri, Map.of(), ANY).GET()));
	}

	/** POSTs a JSON {@code body} to {@code uri} and parses the answer as JSON. */
	public JsonNode postJson(String operation, URI uri, Map<String, String> headers, Object body) {
		String text = this.json.writeValueAsString(body);
		return this.policy.call(operation,
				() -> parse(operation,
						send(operation, request(uri, headers, JSON).header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(text)))));
	}

	private HttpRequest.Builder request(URI uri, Map<String, String> headers, String accept) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Accept", accept)
			.header("User-Agent", "Sage/0.1 (+self-hosted)");
		// set, not add: a provider's own Accept or User-Agent replaces the default
		headers.forEach(builder::setHeader);
		return builder;
	}

	private HttpResponse<String> send(String operation, HttpRequest.Builder builder) {
		HttpResponse<String> response = exchange(operation, builder);
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return response;
		}
		String said = operation + ": HTTP " + status + quoted(response.body());
		if (status == 429) {
			throw fault(Kind.RATE_LIMITED, said,
					retryAfter(response.headers().firstValue("Retry-After").orElse(null), this.clock.instant()), null);
		}
		if (status >= 500) {
			throw fault(Kind.SERVER_ERROR, said, null, null);
		}
		if (status == 404) {
			throw fault(Kind.NOT_FOUND, said, null, null);
		}
		if (status == 401 || status == 403) {
			throw fault(Kind.UNAUTHORIZED, said, null, null);
		}
		throw fault(Kind.REJECTED, said, null, null);
	}

	private HttpResponse<String> exchange(String operation, HttpRequest.Builder builder) {
		try {
			return this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
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
	}

	private JsonNode parse(String operation, HttpResponse<String> response) {
		String body = response.body();
		try {
			JsonNode node = this.json.readTree(body);
			if (node == null || node.isMissingNode()) {
				throw fault(Kind.MALFORMED, operation + ": empty body", null, null);
			}
			return node;
		}
		catch (JacksonException ex) {
			throw fault(Kind.MALFORMED, operation + ": body is not JSON" + quoted(body), null, ex);
		}
	}

	private UpstreamException fault(Kind kind, String message, @Nullable Duration retryAfter,
			@Nullable Throwable cause) {
		return new UpstreamException(provider(), kind, message, retryAfter, cause);
	}

	/**
	 * {@code Retry-After} as seconds or an HTTP date; absent or unreadable means the
	 * upstream did not say.
	 */
	static @Nullable Duration retryAfter(@Nullable String header, Instant now) {
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

	private static String quoted(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String flat = body.replaceAll("\\s+", " ").strip();
		return ": " + ((flat.length() > QUOTED_BODY) ? flat.substring(0, QUOTED_BODY) + "…" : flat);
	}

}
