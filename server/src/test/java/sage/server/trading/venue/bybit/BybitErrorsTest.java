package sage.server.trading.venue.bybit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static sage.server.trading.venue.bybit.StandIn.START;
import static sage.server.trading.venue.bybit.StandIn.error;

/** Bybit's retCodes and HTTP statuses, read once, in one table. */
class BybitErrorsTest {

	private static final Duration BAN = Duration.ofMinutes(10);

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "170131, INSUFFICIENT_BALANCE", "170033, INSUFFICIENT_BALANCE", "170136, FILTER_FAILURE",
			"170137, FILTER_FAILURE", "170140, FILTER_FAILURE", "170124, FILTER_FAILURE", "170134, FILTER_FAILURE",
			"10001, FILTER_FAILURE", "170141, DUPLICATE_ORDER", "10014, DUPLICATE_ORDER", "170213, UNKNOWN_ORDER",
			"110001, UNKNOWN_ORDER", "10006, RATE_LIMITED", "10002, CLOCK_SKEW", "10003, AUTH", "10004, AUTH",
			"10005, AUTH", "33004, AUTH", "10016, UNAVAILABLE", "10009, BANNED", "170218, OTHER", "99999, OTHER" })
	void readsEachRetCodeOnce(int retCode, Kind kind) {
		assertThat(BybitErrors.kindOf(retCode)).isEqualTo(kind);
	}

	@Test
	void a403IsAnIpBanForTheConfiguredLength() {
		VenueFailure failure = BybitErrors.failure(403, "", null, START, BAN);
		assertThat(failure.kind()).isEqualTo(Kind.BANNED);
		assertThat(failure.until()).isEqualTo(START.plus(BAN));
		assertThat(failure.message()).isEqualTo("HTTP 403:");
	}

	@Test
	void a429WaitsForTheResetTimeOrTheNextSecond() {
		Instant reset = START.plusMillis(300);
		assertThat(BybitErrors.failure(429, "", reset, START, BAN)).satisfies((failure) -> {
			assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
			assertThat(failure.until()).isEqualTo(reset);
		});
		// Bybit sends the current time in the header when no limit was hit
		assertThat(BybitErrors.failure(429, "", START, START, BAN).until()).isEqualTo(START.plusSeconds(1));
	}

	@Test
	void aServerErrorPageIsUnavailableWhateverItSays() {
		VenueFailure failure = BybitErrors.failure(502, "<html><body>Bad   Gateway</body></html>", null, START, BAN);
		assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
		assertThat(failure.venueCode()).isNull();
		assertThat(failure.message()).isEqualTo("HTTP 502: <html><body>Bad Gateway</body></html>");
	}

	@Test
	void a401WithoutABodyIsAuth() {
		assertThat(BybitErrors.failure(401, "", null, START, BAN).kind()).isEqualTo(Kind.AUTH);
	}

	@Test
	void aRefusalKeepsBybitsCodeAndWords() {
		VenueFailure failure = BybitErrors.failure(200, error(170131, "Insufficient balance."), null, START, BAN);
		assertThat(failure).isEqualTo(VenueFailure.of(Kind.INSUFFICIENT_BALANCE, "Insufficient balance.", "170131"));
	}

}
