package sage.server.trading.venue.binance;

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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.server.trading.venue.VenueCredentials;
import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueReply;
import sage.server.trading.venue.VenueFailure.Kind;

/**
 * One request to Binance at a time, as it goes on the wire: checked against the
 * {@link RequestBudget} first, signed (HMAC-SHA256 of the query string with the API
 * secret, {@code timestamp} on Binance's clock as last measured, {@code recvWindow}),
 * sent once, and its answer sorted into what the caller can rely on:
 * {@link VenueReply.Ok}, {@link VenueReply.Refused} (Binance did not act),
 * {@link VenueReply.Unknown} (it may have). No retries here: whether one is safe depends
 * on the call.
 *
 * <p>
 * The secret, the signature and the signed query never reach a log or a message; only the
 * endpoint does.
 */
final class BinanceHttp {

	private static final Logger log = LoggerFactory.getLogger(BinanceHttp.class);

	private static final String API_KEY_HEADER = "X-MBX-APIKEY";

	private static final String USED_WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";

	private final String root;

	private final VenueCredentials credentials;

	private final Clock clock;

	private final BinanceLimits limits;

	private final HttpClient http;

	private final RequestBudget budget;

	/** Binance's clock minus ours, in milliseconds, as last measured. */
	private final AtomicLong offsetMillis = new AtomicLong();

	BinanceHttp(URI baseUri, VenueCredentials credentials, Clock clock, BinanceLimits limits, HttpClient http) {
		this.root = baseUri.toString().replaceAll("/+$", "");
		this.credentials = credentials;
		this.clock = clock;
		this.limits = limits;
		this.http = http;
		this.budget = new RequestBudget(limits.weightPerMinute());
	}

	/**
	 * Sends one request to {@code endpoint} with {@code params} (in this order, before
	 * the signature's own).
	 */
	VenueReply send(BinanceEndpoint endpoint, Map<String, String> params) {
		Instant now = this.clock.instant();
		Optional<VenueFailure> refusal = this.budget.take(endpoint.weight(), now);
		if (refusal.isPresent()) {
			log.debug("Not calling Binance {}: {}", endpoint.describe(), refusal.get());
			return new VenueReply.Refused(refusal.get());
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
	 * Measures Binance's clock against ours again ({@code GET /api/v3/time}), halfway
	 * through the round trip.
	 * @return whether it was measured
	 */
	boolean syncClock() {
		long before = this.clock.millis();
		VenueReply reply = send(BinanceEndpoint.SERVER_TIME, Map.of());
		long after = this.clock.millis();
		if (!(reply instanceof VenueReply.Ok ok)) {
			log.warn("Could not read Binance's clock: {}", reply);
			return false;
		}
		try {
			long server = BinanceOrderMapping.serverTime(ok.body()).toEpochMilli();
			long offset = server - (before + (after - before) / 2);
			this.offsetMillis.set(offset);
			log.info("Binance's clock is {} ms ahead of ours", offset);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Could not read Binance's clock: {}", ex.getMessage());
			return false;
		}
	}

	/** Now on Binance's clock, as far as it was measured. */
	Instant venueNow() {
		return this.clock.instant().plusMillis(this.offsetMillis.get());
	}

	/** The query string, signed when the endpoint is: what goes on the wire. */
	String query(BinanceEndpoint endpoint, Map<String, String> params, Instant now) {
		StringJoiner query = new StringJoiner("&");
		params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
		if (!endpoint.signed()) {
			return query.toString();
		}
		query.add("recvWindow=" + this.limits.recvWindow().toMillis());
		query.add("timestamp=" + (now.toEpochMilli() + this.offsetMillis.get()));
		String signed = query.toString();
		return signed + "&signature=" + signature(signed, this.credentials.secret());
	}

	/** Binance's signature: HMAC-SHA256 of {@code payload} with the secret, hex. */
	static String signature(String payload, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// every JDK has HmacSHA256, and any byte string is a key for it
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest request(BinanceEndpoint endpoint, Map<String, String> params, Instant now) {
		String query = query(endpoint, params, now);
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.root + endpoint.path() + (query.isEmpty() ? "" : "?" + query)))
			.timeout(this.limits.requestTimeout())
			.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
		if (endpoint.signed()) {
			request.header(API_KEY_HEADER, this.credentials.apiKey());
		}
		return request.build();
	}

	private VenueReply reply(BinanceEndpoint endpoint, HttpResponse<String> response) {
		Instant now = this.clock.instant();
		response.headers().firstValue(USED_WEIGHT_HEADER).ifPresent((used) -> {
			try {
				this.budget.reported(Integer.parseInt(used.strip()), now);
			}
			catch (NumberFormatException ex) {
				log.debug("Ignoring an unreadable {} header: {}", USED_WEIGHT_HEADER, used);
			}
		});
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return new VenueReply.Ok(response.body());
		}
		VenueFailure failure = BinanceOrderErrors.failure(status, response.body(),
				response.headers().firstValue("Retry-After").orElse(null), now, this.limits.banWithoutRetryAfter());
		Instant until = failure.until();
		switch (failure.kind()) {
			case BANNED -> {
				if (until != null) {
					this.budget.banUntil(until);
				}
				log.error("Binance banned this client until {}: trading on Binance halts until then ({})",
						failure.until(), failure.message());
			}
			case RATE_LIMITED -> {
				if (status == 429 && until != null) {
					this.budget.blockUntil(until);
				}
				log.warn("Binance rate limit hit on {}; no requests until {} ({})", endpoint.describe(),
						failure.until(), failure.message());
			}
			default -> {
			}
		}
		if (failure.kind() == Kind.UNAVAILABLE) {
			return new VenueReply.Unknown(failure);
		}
		return new VenueReply.Refused(failure);
	}

	private static VenueReply unknown(BinanceEndpoint endpoint, String cause) {
		return new VenueReply.Unknown(VenueFailure.of(Kind.UNAVAILABLE, endpoint.describe() + ": " + cause, null));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
