package sage.server.trading.venue.bybit;

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
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

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
 * One request to Bybit at a time, as it goes on the wire: checked against the
 * {@link RequestBudget} first, signed the v5 way (headers {@code X-BAPI-API-KEY},
 * {@code X-BAPI-TIMESTAMP} on Bybit's clock as last measured, {@code X-BAPI-RECV-WINDOW}
 * and {@code X-BAPI-SIGN}, the hex HMAC-SHA256 with the secret of timestamp, key, window
 * and the query string or JSON body), sent once, and its answer sorted into what the
 * caller can rely on: {@link VenueReply.Ok}, {@link VenueReply.Refused} (Bybit did not
 * act), {@link VenueReply.Unknown} (it may have). No retries here: whether one is safe
 * depends on the call.
 *
 * <p>
 * The secret, the signature and the key never reach a log or a message; only the endpoint
 * does.
 */
final class BybitHttp {

	private static final Logger log = LoggerFactory.getLogger(BybitHttp.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String API_KEY_HEADER = "X-BAPI-API-KEY";

	static final String TIMESTAMP_HEADER = "X-BAPI-TIMESTAMP";

	static final String RECV_WINDOW_HEADER = "X-BAPI-RECV-WINDOW";

	static final String SIGN_HEADER = "X-BAPI-SIGN";

	static final String RESET_HEADER = "X-Bapi-Limit-Reset-Timestamp";

	/** The parameter Bybit's list endpoints page with. */
	static final String CURSOR = "cursor";

	private final String root;

	private final VenueCredentials credentials;

	private final Clock clock;

	private final BybitLimits limits;

	private final HttpClient http;

	private final RequestBudget budget;

	/** Bybit's clock minus ours, in milliseconds, as last measured. */
	private final AtomicLong offsetMillis = new AtomicLong();

	BybitHttp(URI baseUri, VenueCredentials credentials, Clock clock, BybitLimits limits, HttpClient http) {
		this.root = baseUri.toString().replaceAll("/+$", "");
		this.credentials = credentials;
		this.clock = clock;
		this.limits = limits;
		this.http = http;
		this.budget = new RequestBudget(limits.requestsPerWindow());
	}

	/**
	 * Sends one request to {@code endpoint} with {@code params}, in this order: as the
	 * query string of a GET, as the JSON object of a POST's body.
	 */
	VenueReply send(BybitEndpoint endpoint, Map<String, String> params) {
		Instant now = this.clock.instant();
		Optional<VenueFailure> refusal = this.budget.take(now);
		if (refusal.isPresent()) {
			log.debug("Not calling Bybit {}: {}", endpoint.describe(), refusal.get());
			return new VenueReply.Refused(refusal.get());
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request(endpoint, params, now), HttpResponse.BodyHandlers.ofString());
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
	 * Measures Bybit's clock against ours again ({@code GET /v5/market/time}), halfway
	 * through the round trip.
	 * @return whether it was measured
	 */
	boolean syncClock() {
		long before = this.clock.millis();
		VenueReply reply = send(BybitEndpoint.SERVER_TIME, Map.of());
		long after = this.clock.millis();
		if (!(reply instanceof VenueReply.Ok ok)) {
			log.warn("Could not read Bybit's clock: {}", reply);
			return false;
		}
		try {
			long server = BybitOrderMapping.serverTime(ok.body()).toEpochMilli();
			long offset = server - (before + (after - before) / 2);
			this.offsetMillis.set(offset);
			log.info("Bybit's clock is {} ms ahead of ours", offset);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not read Bybit's clock: {}", ex.getMessage());
			return false;
		}
	}

	/** Now on Bybit's clock, as far as it was measured. */
	Instant venueNow() {
		return this.clock.instant().plusMillis(this.offsetMillis.get());
	}

	/** The query string of a GET, or the JSON body of a POST: what is signed. */
	static String payload(BybitEndpoint endpoint, Map<String, String> params) {
		if (endpoint.hasBody()) {
			return JSON.writeValueAsString(params);
		}
		StringJoiner query = new StringJoiner("&");
		// Bybit hands out its page cursors URL-encoded already ("132766%3A2") and wants
		// them back as given: encoding them again would ask for another page
		params.forEach((name, value) -> query.add(encode(name) + "=" + (CURSOR.equals(name) ? value : encode(value))));
		return query.toString();
	}

	/**
	 * Bybit's v5 signature: hex HMAC-SHA256, with the secret, of
	 * {@code timestamp + apiKey + recvWindow + payload}.
	 */
	static String signature(long timestamp, String apiKey, long recvWindowMillis, String payload, String secret) {
		String signed = timestamp + apiKey + recvWindowMillis + payload;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// every JDK has HmacSHA256, and any byte string is a key for it
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest request(BybitEndpoint endpoint, Map<String, String> params, Instant now) {
		String payload = payload(endpoint, params);
		String query = (endpoint.hasBody() || payload.isEmpty()) ? "" : "?" + payload;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.root + endpoint.path() + query))
			.timeout(this.limits.requestTimeout());
		if (endpoint.hasBody()) {
			request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
		}
		else {
			request.GET();
		}
		if (endpoint.signed()) {
			long timestamp = now.toEpochMilli() + this.offsetMillis.get();
			long recvWindow = this.limits.recvWindow().toMillis();
			request.header(API_KEY_HEADER, this.credentials.apiKey())
				.header(TIMESTAMP_HEADER, String.valueOf(timestamp))
				.header(RECV_WINDOW_HEADER, String.valueOf(recvWindow))
				.header(SIGN_HEADER, signature(timestamp, this.credentials.apiKey(), recvWindow, payload,
						this.credentials.secret()));
		}
		return request.build();
	}

	private VenueReply reply(BybitEndpoint endpoint, HttpResponse<String> response) {
		Instant now = this.clock.instant();
		int status = response.statusCode();
		String body = response.body();
		if (status >= 200 && status < 300) {
			Optional<BybitErrors.Coded> coded = BybitErrors.coded(body);
			if (coded.isEmpty() || coded.get().code() == 0) {
				// an unreadable 2xx is the mapping's to judge: Bybit may have acted
				return new VenueReply.Ok(body);
			}
		}
		VenueFailure failure = BybitErrors.failure(status, body, resetAt(response), now, this.limits.banLength());
		Instant until = failure.until();
		switch (failure.kind()) {
			case BANNED -> {
				if (until != null) {
					this.budget.banUntil(until);
				}
				log.error("Bybit banned this IP until {}: trading on Bybit halts until then ({})", until,
						failure.message());
			}
			case RATE_LIMITED -> {
				if (until != null) {
					this.budget.blockUntil(until);
				}
				log.warn("Bybit rate limit hit on {}; no requests until {} ({})", endpoint.describe(), until,
						failure.message());
			}
			default -> {
			}
		}
		if (failure.kind() == Kind.UNAVAILABLE) {
			return new VenueReply.Unknown(failure);
		}
		return new VenueReply.Refused(failure);
	}

	/** {@code X-Bapi-Limit-Reset-Timestamp}, taken from Bybit's clock to ours. */
	private @Nullable Instant resetAt(HttpResponse<String> response) {
		Optional<String> header = response.headers().firstValue(RESET_HEADER);
		if (header.isEmpty()) {
			return null;
		}
		try {
			return Instant.ofEpochMilli(Long.parseLong(header.get().strip()) - this.offsetMillis.get());
		}
		catch (NumberFormatException ex) {
			log.debug("Ignoring an unreadable {} header: {}", RESET_HEADER, header.get());
			return null;
		}
	}

	private static VenueReply unknown(BybitEndpoint endpoint, String cause) {
		return new VenueReply.Unknown(VenueFailure.of(Kind.UNAVAILABLE, endpoint.describe() + ": " + cause, null));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
