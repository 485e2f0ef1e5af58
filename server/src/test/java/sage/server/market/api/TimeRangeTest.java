package sage.server.market.api;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import sage.server.market.MarketProblems;
import sage.server.platform.PlatformProblems;
import sage.server.platform.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimeRangeTest {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Test
	void readsDatesAsWholeDaysInTheInstrumentsZone() {
		TimeRange range = TimeRange.parse("2018-01-02", "2018-01-05", SEOUL);
		assertThat(range.from()).isEqualTo(Instant.parse("2018-01-01T15:00:00Z"));
		assertThat(range.to()).isEqualTo(Instant.parse("2018-01-05T14:59:59.999999999Z"));
	}

	@Test
	void readsInstantsAndOffsetsAsThemselves() {
		TimeRange range = TimeRange.parse("2020-03-31T14:30:00Z", "2020-04-01T09:00:00+09:00", SEOUL);
		assertThat(range.from()).isEqualTo(Instant.parse("2020-03-31T14:30:00Z"));
		assertThat(range.to()).isEqualTo(Instant.parse("2020-04-01T00:00:00Z"));
	}

	@Test
	void leavesMissingEndsOpen() {
		TimeRange range = TimeRange.parse(null, " ", SEOUL);
		assertThat(range.from()).isEqualTo(TimeRange.EARLIEST);
		assertThat(range.to()).isEqualTo(TimeRange.LATEST);
	}

	@Test
	void refusesAReversedRange() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> TimeRange.parse("2020-05-01", "2020-01-01", SEOUL))
			.satisfies((ex) -> assertThat(ex.problemType()).isEqualTo(MarketProblems.INVALID_RANGE));
	}

	@Test
	void refusesAbsurdYears() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> TimeRange.parse("1066-10-14", null, SEOUL))
			.satisfies((ex) -> assertThat(ex.problemType()).isEqualTo(MarketProblems.INVALID_RANGE));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> TimeRange.parse(null, "9999-12-31", SEOUL));
	}

	@Test
	void namesTheFieldThatIsNotADate() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> TimeRange.parse("yesterday", null, SEOUL))
			.satisfies((ex) -> {
				assertThat(ex.problemType()).isEqualTo(PlatformProblems.INVALID_REQUEST);
				assertThat(ex.fieldProblems()).singleElement()
					.satisfies((f) -> assertThat(f.field()).isEqualTo("from"));
			});
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> TimeRange.parse(null, "2020-13-01", SEOUL))
			.satisfies((ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("to"));
	}

}
