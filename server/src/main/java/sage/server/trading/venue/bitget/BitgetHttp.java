package sage.server.trading.venue.bitget;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import sage.server.trading.venue.VenueCredentials;
import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueReply;
import sage.server.trading.venue.VenueFailure.Kind;

/**
 * One request to Bitget at a time, as it goes on the wire: held back while a rate limit
 * lasts, signed (HMAC-SHA256 with the API secret over timestamp, method, request path
 * with its query, and body, in Base64; the timestamp on Bitget's clock as last measured),
 * sent once, and its answer sorted into what the caller can rely on:
 * {@link VenueReply.Ok}, {@link VenueReply.Refused} (Bitget did not act),
 * {@link VenueReply.Unknown} (it may have). No retries here: whether one is safe depends
 * on the call.
 *
 * <p>
 * The secret, the passphrase and the signature never reach a log or a message; only the
 * endpoint does.
 */
final class BitgetHttp {

	private static final Logger log = LoggerFactory.getLogger(BitgetHttp.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String root;

	private final VenueCredentials credentials;

	private final String passphrase;

	private final Clock clock;

	private final BitgetLimits limits;

	private final HttpClient http;

	/** Bitget's clock minus ours, in milliseconds, as last measured. */
	private final AtomicLong offsetMillis = new AtomicLong();

	/** Nothing is sent before this, after Bitget said too many requests. */
	private final AtomicReference<@Nullable Instant> blockedUntil = new AtomicReference<>();

	BitgetHttp(URI baseUri, VenueCredentials credentials, Clock clock, BitgetLimits limits, HttpClient http) {
		this.root = baseUri.toString().replaceAll("/+$", "");
		this.credentials = credentials;
		this.passphrase = Objects.requireNonNull(credentials.passphrase(), "Bitget keys have a passphrase");
		this.clock = clock;
		this.limits = limits;
		this.http = http;
	}

	/**
	 * Sends one request to {@code endpoint} with {@code params}, in this order: as the
	 * query of a GET, as the JSON body of a POST.
	 */
	VenueReply send(BitgetEndpoint endpoint, Map<String, String> params) {
		Instant now = this.clock.instant();
		Instant until = this.blockedUntil.get();
		if (until != null && now.isBefore(until)) {
			VenueFailure refusal = new VenueFailure(Kind.RATE_LIMITED, "Bitget asked for no requests before " + until,
					null, until);
			log.debug("Not calling Bitget {}: {}", endpoint.describe(), refusal);
			return new VenueReply.Refused(refusal);
		}
		HttpRequest request = request(endpoint, params, now);
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			return unknown(endpoint, "no answer within " + this.limits.requestTimeout().toMillis() + " ms");
		}
		catch (IOException ex) {
			return unknown(endpoint, "connection failed (" + ex + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return unknown(endpoint, "interrupted while waiting for the answer");
		}
		return reply(endpoint, response);
	}

	/**
	 * Measures Bitget's clock against ours again ({@code GET /api/v2/public/time}),
	 * halfway through the round trip.
	 * @return whether it was measured
	 */
	boolean syncClock() {
		long before = this.clock.millis();
		VenueReply reply = send(BitgetEndpoint.SERVER_TIME, Map.of());
		long after = this.clock.millis();
		if (!(reply instanceof VenueReply.Ok ok)) {
			log.warn("Could not read Bitget's clock: {}", reply);
			return false;
		}
		try {
			long server = BitgetMapping.serverTime(ok.body()).toEpochMilli();
			long offset = server - (before + (after - before) / 2);
			this.offsetMillis.set(offset);
			log.info("Bitget's clock is {} ms ahead of ours", offset);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not read Bitget's clock: {}", ex.getMessage());
			return false;
		}
	}

	/** Now on Bitget's clock, as far as it was measured. */
	Instant venueNow() {
		return this.clock.instant().plusMillis(this.offsetMillis.get());
	}

	/**
	 * Bitget's signature: HMAC-SHA256 of {@code timestamp + method + requestPath + body}
	 * with the secret, in Base64; the request path carries its query ({@code ?a=1&b=2})
	 * when it has one, exactly as sent.
	 */
	static String signature(String timestamp, String method, String requestPath, String body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signed = mac.doFinal((timestamp + method + requestPath + body).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signed);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// every JDK has HmacSHA256, and any byte string is a key for it
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest request(BitgetEndpoint endpoint, Map<String, String> params, Instant now) {
		String body = "";
		String requestPath = endpoint.path();
		if (endpoint.hasBody()) {
			body = JSON.writeValueAsString(params);
		}
		else if (!params.isEmpty()) {
			StringJoiner query = new StringJoiner("&");
			params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
			requestPath += "?" + query;
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.root + requestPath))
			.timeout(this.limits.requestTimeout())
			.method(endpoint.method(),
					endpoint.hasBody() ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
							: HttpRequest.BodyPublishers.noBody());
		// Bitget's docs ask for both on every request, reads included
		request.header("Content-Type", "application/json").header("locale", "en-US");
		if (endpoint.signed()) {
			// Bitget's ACCESS-TIMESTAMP: epoch milliseconds
			String timestamp = String.valueOf(now.plusMillis(this.offsetMillis.get()).toEpochMilli());
			request.header("ACCESS-KEY", this.credentials.apiKey())
				.header("ACCESS-SIGN",
						signature(timestamp, endpoint.method(), requestPath, body, this.credentials.secret()))
				.header("ACCESS-TIMESTAMP", timestamp)
				.header("ACCESS-PASSPHRASE", this.passphrase);
		}
		return request.build();
	}

	private VenueReply reply(BitgetEndpoint endpoint, HttpResponse<String> response) {
		Instant now = this.clock.instant();
		Optional<VenueFailure> failed = BitgetErrors.failure(response.statusCode(), response.body(),
				response.headers().firstValue("Retry-After").orElse(null), now,
				this.limits.rateLimitWithoutRetryAfter());
		if (failed.isEmpty()) {
			return new VenueReply.Ok(response.body());
		}
		VenueFailure failure = failed.get();
		Instant until = failure.until();
		if (failure.kind() == Kind.RATE_LIMITED && until != null) {
			this.blockedUntil.accumulateAndGet(until,
					(current, next) -> (current == null || next.isAfter(current)) ? next : current);
			log.warn("Bitget rate limit hit on {}; no requests until {} ({})", endpoint.describe(), until,
					failure.message());
		}
		if (failure.kind() == Kind.UNAVAILABLE) {
			return new VenueReply.Unknown(VenueFailure.of(Kind.UNAVAILABLE,
					endpoint.describe() + ": " + failure.message(), failure.venueCode()));
		}
		return new VenueReply.Refused(failure);
	}

	private static VenueReply unknown(BitgetEndpoint endpoint, String cause) {
		return new VenueReply.Unknown(VenueFailure.of(Kind.UNAVAILABLE, endpoint.describe() + ": " + cause, null));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
