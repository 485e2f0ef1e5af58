package sage.server.trading.venue.bybit;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.VenueCredentials;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * What the Bybit venue tests share: a WireMock Bybit, quick limits, a still clock, and
 * the answers the shared recordings lack, written in the shape of Bybit's v5 docs.
 */
final class StandIn {

	/** A made-up key pair: no Bybit account holds it. */
	static final VenueCredentials CREDENTIALS = new VenueCredentials("sageTestKeyBybit01",
			"sageTestSecretBybit0123456789abcdefXYZ");

	static final Instant START = Instant.parse("2026-12-05T12:00:00Z");

	/**
	 * Bybit's limits with millisecond retries, a one-second timeout (long enough for a
	 * cold WireMock) and a ten-minute ban.
	 */
	static final BybitLimits QUICK = new BybitLimits(Duration.ofSeconds(5), Duration.ofSeconds(1), 600, 3,
			Duration.ofMillis(5), Duration.ofMillis(20), 3, Duration.ofMinutes(10));

	static final String CREATE = "/v5/order/create";

	static final String CANCEL = "/v5/order/cancel";

	static final String REALTIME = "/v5/order/realtime";

	static final String HISTORY = "/v5/order/history";

	static final String EXECUTIONS = "/v5/execution/list";

	static final String WALLET = "/v5/account/wallet-balance";

	static final String QUERY_API = "/v5/user/query-api";

	static final String INSTRUMENTS = "/v5/market/instruments-info";

	static final String TIME = "/v5/market/time";

	/**
	 * {@code GET /v5/market/time} as Bybit's docs show it (no recording in the shared
	 * data).
	 */
	static final String SERVER_TIME = """
			{"retCode":0,"retMsg":"OK","result":{"timeSecond":"1688639403","timeNano":"1688639403423213947"},\
			"retExtInfo":{},"time":1688639403423}""";

	/** Bybit's clock in {@link #SERVER_TIME}, in milliseconds. */
	static final long SERVER_MILLIS = 1688639403423L;

	/** An empty page of orders or executions, in Bybit's list shape. */
	static final String EMPTY_LIST = """
			{"retCode":0,"retMsg":"OK","result":{"list":[],"nextPageCursor":"","category":"spot"},\
			"retExtInfo":{},"time":1672211918471}""";

	private StandIn() {
	}

	static WireMockExtension bybit() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
	}

	static BybitSpotVenue venue(WireMockExtension bybit, ManualClock clock, BybitLimits limits) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		return new BybitSpotVenue(URI.create(bybit.baseUrl()), CREDENTIALS, clock, limits, http);
	}

	/**
	 * The answer to {@code POST /v5/order/create} or {@code /v5/order/cancel}, as Bybit's
	 * docs show it: the ids and nothing else (no recording in the shared data).
	 */
	static String ids(String orderId, String orderLinkId) {
		return "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"orderId\":\"" + orderId + "\",\"orderLinkId\":\""
				+ orderLinkId + "\"},\"retExtInfo\":{},\"time\":1672211918471}";
	}

	/**
	 * A Bybit refusal: HTTP 200 with a non-zero {@code retCode}, as its docs give them.
	 */
	static String error(int retCode, String retMsg) {
		return "{\"retCode\":" + retCode + ",\"retMsg\":\"" + retMsg
				+ "\",\"result\":{},\"retExtInfo\":{},\"time\":1672211918471}";
	}

	/**
	 * The signature a request should carry, computed here from its headers and payload,
	 * independently of the venue's code.
	 */
	static String expectedSignature(LoggedRequest request, String payload) {
		String signed = request.getHeader("X-BAPI-TIMESTAMP") + CREDENTIALS.apiKey()
				+ request.getHeader("X-BAPI-RECV-WINDOW") + payload;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(CREDENTIALS.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The raw query string of a logged GET, as it was signed. */
	static String query(LoggedRequest request) {
		String url = request.getUrl();
		int at = url.indexOf('?');
		return (at < 0) ? "" : url.substring(at + 1);
	}

}
