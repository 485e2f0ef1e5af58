package sage.server.trading.venue.binance;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** Binance's error codes and statuses, each to one failure kind. */
class BinanceOrderErrorsTest {

	private static final Instant NOW = Instant.parse("2026-12-05T12:00:30Z");

	private static final Duration BAN = Duration.ofMinutes(2);

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			-2010 | Account has insufficient balance for requested action. | INSUFFICIENT_BALANCE
			-2010 | Duplicate order sent.                                  | DUPLICATE_ORDER
			-2010 | Market is closed.                                      | OTHER
			-1013 | Filter failure: PRICE_FILTER                           | FILTER_FAILURE
			-1111 | Precision is over the maximum defined for this asset.  | FILTER_FAILURE
			-1102 | Mandatory parameter 'quantity' was not sent.           | FILTER_FAILURE
			-1121 | Invalid symbol.                                        | FILTER_FAILURE
			-2011 | Unknown order sent.                                    | UNKNOWN_ORDER
			-2013 | Order does not exist.                                  | UNKNOWN_ORDER
			-2014 | API-key format invalid.                                | AUTH
			-2015 | Invalid API-key, IP, or permissions for action.        | AUTH
			-1022 | Signature for this request is not valid.               | AUTH
			-1021 | Timestamp for this request is outside of the recvWindow. | CLOCK_SKEW
			-1003 | Too many requests queued.                              | RATE_LIMITED
			-1015 | Too many new orders.                                   | RATE_LIMITED
			-1007 | Timeout waiting for response from backend server.      | UNAVAILABLE
			-9999 | Something Binance added later.                         | OTHER
			""")
	void mapsEachCodeOnce(int code, String message, Kind kind) {
		assertThat(BinanceOrderErrors.kindOf(code, message)).isEqualTo(kind);
	}

	@Test
	void aServerErrorIsUnavailableWhateverItsCode() {
		VenueFailure failure = BinanceOrderErrors.failure(500,
				"{\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}", null, NOW, BAN);
		assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
		assertThat(failure.venueCode()).isEqualTo("-2010");
	}

	@Test
	void aStatusWithoutBinancesBodyIsClassifiedByTheStatus() {
		assertThat(BinanceOrderErrors.failure(401, "", null, NOW, BAN).kind()).isEqualTo(Kind.AUTH);
		assertThat(BinanceOrderErrors.failure(403, "<html>WAF</html>", null, NOW, BAN)).satisfies((failure) -> {
			assertThat(failure.kind()).isEqualTo(Kind.OTHER);
			assertThat(failure.message()).contains("HTTP 403").contains("WAF");
			assertThat(failure.venueCode()).isNull();
		});
		assertThat(BinanceOrderErrors.failure(504, "<html>gateway</html>", null, NOW, BAN).kind())
			.isEqualTo(Kind.UNAVAILABLE);
	}

	@Test
	void a429WithoutRetryAfterWaitsForTheNextMinute() {
		assertThat(BinanceOrderErrors.failure(429, "", null, NOW, BAN).until())
			.isEqualTo(Instant.parse("2026-12-05T12:01:00Z"));
		assertThat(BinanceOrderErrors.failure(429, "", "7", NOW, BAN).until()).isEqualTo(NOW.plusSeconds(7));
	}

	@Test
	void a418IsABanUntilRetryAfterOrTheTimeInItsMessageOrTheShortestBan() {
		String body = "{\"code\":-1003,\"msg\":\"Way too much request weight used; IP banned until 1659146260000.\"}";
		assertThat(BinanceOrderErrors.failure(418, body, "60", NOW, BAN).until()).isEqualTo(NOW.plusSeconds(60));
		assertThat(BinanceOrderErrors.failure(418, body, null, NOW, BAN).until())
			.isEqualTo(Instant.ofEpochMilli(1659146260000L));
		assertThat(BinanceOrderErrors.failure(418, "", null, NOW, BAN)).satisfies((failure) -> {
			assertThat(failure.kind()).isEqualTo(Kind.BANNED);
			assertThat(failure.until()).isEqualTo(NOW.plus(BAN));
		});
	}

}
