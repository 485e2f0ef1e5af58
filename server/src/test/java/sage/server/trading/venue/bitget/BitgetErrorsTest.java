package sage.server.trading.venue.bitget;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** Bitget's codes and statuses, classified in one table. */
class BitgetErrorsTest {

	private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

	private static final Duration PAUSE = Duration.ofSeconds(1);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "43012, INSUFFICIENT_BALANCE", "40762, INSUFFICIENT_BALANCE", "40808, FILTER_FAILURE",
			"43011, FILTER_FAILURE", "45110, FILTER_FAILURE", "41103, FILTER_FAILURE", "40034, FILTER_FAILURE",
			"40786, DUPLICATE_ORDER", "43118, DUPLICATE_ORDER", "43001, UNKNOWN_ORDER", "40109, UNKNOWN_ORDER",
			"429, RATE_LIMITED", "40008, CLOCK_SKEW", "40004, CLOCK_SKEW", "40006, AUTH", "40009, AUTH", "40012, AUTH",
			"40014, AUTH", "40018, AUTH", "40037, AUTH", "40015, UNAVAILABLE", "40010, UNAVAILABLE", "99999, OTHER",
			"1, OTHER" })
	void classifiesBitgetCodes(String code, Kind kind) {
		assertThat(BitgetErrors.kindOf(code)).isEqualTo(kind);
	}

	@Test
	void aSuccessIsNoFailure() {
		assertThat(BitgetErrors.failure(200, "{\"code\":\"00000\",\"msg\":\"success\",\"data\":{}}", null, NOW, PAUSE))
			.isEmpty();
		// not Bitget's JSON at all: left to the reader, which calls it malformed
		assertThat(BitgetErrors.failure(200, "<html>", null, NOW, PAUSE)).isEmpty();
	}

	@Test
	void aRefusalReadsWithHttp400AndWithHttp200Alike() {
		String body = "{\"code\":\"43012\",\"msg\":\"Insufficient balance\",\"requestTime\":1711648951774,\"data\":null}";
		assertThat(BitgetErrors.failure(200, body, null, NOW, PAUSE))
			.contains(VenueFailure.of(Kind.INSUFFICIENT_BALANCE, "Insufficient balance", "43012"));
		assertThat(BitgetErrors.failure(400, body, null, NOW, PAUSE))
			.contains(VenueFailure.of(Kind.INSUFFICIENT_BALANCE, "HTTP 400: Insufficient balance", "43012"));
		// some answers name the message "message"
		assertThat(BitgetErrors.failure(400, "{\"code\":\"43001\",\"message\":\"The order does not exist\"}", null, NOW,
				PAUSE))
			.contains(VenueFailure.of(Kind.UNKNOWN_ORDER, "HTTP 400: The order does not exist", "43001"));
	}

	@Test
	void statusesDecideWithoutABitgetBody() {
		assertThat(BitgetErrors.failure(502, "<html>Bad Gateway</html>", null, NOW, PAUSE))
			.hasValueSatisfying((failure) -> assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE));
		assertThat(BitgetErrors.failure(403, "", null, NOW, PAUSE))
			.hasValueSatisfying((failure) -> assertThat(failure.kind()).isEqualTo(Kind.AUTH));
		assertThat(BitgetErrors.failure(429, "", "7", NOW, PAUSE)).hasValueSatisfying((failure) -> {
			assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
			assertThat(failure.until()).isEqualTo(NOW.plusSeconds(7));
		});
		assertThat(BitgetErrors.failure(429, "", "soon", NOW, PAUSE))
			.hasValueSatisfying((failure) -> assertThat(failure.until()).isEqualTo(NOW.plus(PAUSE)));
		// a failing server leaves the outcome unknown, whatever code it names
		assertThat(BitgetErrors.failure(503, "{\"code\":\"43012\",\"msg\":\"Insufficient balance\"}", null, NOW, PAUSE))
			.hasValueSatisfying((failure) -> assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE));
	}

}
