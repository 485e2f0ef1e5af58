package sage.server.market.venue.kis;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamHttp;
import sage.server.market.venue.Venue;

/**
 * KIS access tokens ({@code POST /oauth2/tokenP} with the app key and secret): one token
 * is kept until shortly before it expires, then replaced. Callers that need a token at
 * the same time share one issue request (KIS issues one token a minute and sends a text
 * message to the account holder for each), and a token KIS has declared expired is
 * dropped once, however many callers saw it fail.
 */
final class KisTokens {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter KIS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final UpstreamHttp http;

	private final URI tokenUri;

	private final String appKey;

	private final String appSecret;

	private final Duration refreshBefore;

	private final Clock clock;

	private final KisErrors errors = KisErrors.forToken();

	private final ReentrantLock issuing = new ReentrantLock();

	private volatile @Nullable KisToken current;

	KisTokens(UpstreamHttp http, URI tokenUri, String appKey, String appSecret, Duration refreshBefore, Clock clock) {
		this.http = http;
		this.tokenUri = tokenUri;
		this.appKey = appKey;
		this.appSecret = appSecret;
		this.refreshBefore = refreshBefore;
		this.clock = clock;
	}

	/**
	 * A token good for at least {@code refreshBefore}, issued now if the kept one is
	 * missing or about to expire.
	 * @throws UpstreamException when KIS does not issue one
	 */
	String current() {
		KisToken token = this.current;
		if (token != null && token.freshAt(this.clock.instant(), this.refreshBefore)) {
			return token.value();
		}
		this.issuing.lock();
		try {
			// another caller may have issued one while this one waited
			token = this.current;
			if (token == null || !token.freshAt(this.clock.instant(), this.refreshBefore)) {
				token = issue();
				this.current = token;
			}
			return token.value();
		}
		finally {
			this.issuing.unlock();
		}
	}

	/**
	 * Forgets {@code rejected} if it is still the kept token, so that the next
	 * {@link #current()} issues a new one; a token already replaced is left alone.
	 */
	void reject(String rejected) {
		this.issuing.lock();
		try {
			KisToken token = this.current;
			if (token != null && token.value().equals(rejected)) {
				this.current = null;
			}
		}
		finally {
			this.issuing.unlock();
		}
	}

	private KisToken issue() {
		Map<String, String> body = Map.of("grant_type", "client_credentials", "appkey", this.appKey, "appsecret",
				this.appSecret);
		JsonNode answer = this.http.postChecked("access token", this.tokenUri, Map.of(), body, this.errors);
		String value = answer.path("access_token").asString("");
		if (value.isBlank()) {
			throw new UpstreamException(Venue.KIS.providerName(), UpstreamException.Kind.MALFORMED,
					"access token: no access_token in the answer");
		}
		return new KisToken(value, expiry(answer));
	}

	private Instant expiry(JsonNode answer) {
		Instant now = this.clock.instant();
		long seconds = answer.path("expires_in").asLong(0);
		if (seconds > 0) {
			return now.plusSeconds(seconds);
		}
		// KIS also states the expiry as Seoul local time
		try {
			return LocalDateTime.parse(answer.path("access_token_token_expired").asString(""), KIS_TIME)
				.atZone(SEOUL)
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new UpstreamException(Venue.KIS.providerName(), UpstreamException.Kind.MALFORMED,
					"access token: the answer says neither expires_in nor access_token_token_expired");
		}
	}

}
