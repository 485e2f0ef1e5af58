package sage.server.trading.venue.okx;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** OKX's codes and statuses, classified in one table. */
class OkxErrorsTest {

	private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

	private static final Duration PAUSE = Duration.ofSeconds(2);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "51008, INSUFFICIENT_BALANCE", "51131, INSUFFICIENT_BALANCE", "51000, FILTER_FAILURE",
			"51001, FILTER_FAILURE", "51020, FILTER_FAILURE", "51016, DUPLICATE_ORDER", "51603, UNKNOWN_ORDER",
			"51400, UNKNOWN_ORDER", "51402, UNKNOWN_ORDER", "50011, RATE_LIMITED", "50061, RATE_LIMITED",
			"50102, CLOCK_SKEW", "50111, AUTH", "50113, AUTH", "50114, AUTH", "50105, AUTH", "50001, UNAVAILABLE",
			"50013, UNAVAILABLE", "50004, UNAVAILABLE", "99999, OTHER", "1, OTHER" })
	void classifiesOkxCodes(String code, Kind kind) {
		assertThat(OkxErrors.kindOf(code)).isEqualTo(kind);
	}

	@Test
	void aSuccessIsNoFailure() {
		assertThat(OkxErrors.failure(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"sCode\":\"0\",\"sMsg\":\"\"}]}",
				null, NOW, PAUSE))
			.isEmpty();
		// not OKX's JSON at all: left to the reader, which calls it malformed
		assertThat(OkxErrors.failure(200, "<html>", null, NOW, PAUSE)).isEmpty();
	}

	@Test
	void theOrdersCodeWinsOverTheEnvelopes() {
		assertThat(OkxErrors.failure(200,
				"{\"code\":\"1\",\"msg\":\"All operations failed\",\"data\":[{\"sCode\":\"51008\",\"sMsg\":\"Insufficient balance\"}]}",
				null, NOW, PAUSE))
			.contains(VenueFailure.of(Kind.INSUFFICIENT_BALANCE, "Insufficient balance", "51008"));
	}

	@Test
	void statusesDecideWithoutAnOkxBody() {
		assertThat(OkxErrors.failure(502, "<html>Bad Gateway</html>", null, NOW, PAUSE))
			.hasValueSatisfying((failure) -> assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE));
		assertThat(OkxErrors.failure(403, "", null, NOW, PAUSE))
			.hasValueSatisfying((failure) -> assertThat(failure.kind()).isEqualTo(Kind.AUTH));
		assertThat(OkxErrors.failure(429, "", "7", NOW, PAUSE)).hasValueSatisfying((failure) -> {
			assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
			assertThat(failure.until()).isEqualTo(NOW.plusSeconds(7));
		});
		assertThat(OkxErrors.failure(429, "", "soon", NOW, PAUSE))
			.hasValueSatisfying((failure) -> assertThat(failure.until()).isEqualTo(NOW.plus(PAUSE)));
	}

}
