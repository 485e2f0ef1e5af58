package sage.server.market.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.MarketProblems;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class StoreBarsRequestTest {

	private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

	private static StoreBarsRequest.BarInput bar(String time, double open, double high, double low, double close) {
		return new StoreBarsRequest.BarInput((time != null) ? Instant.parse(time) : null, open, high, low, close, 10.0);
	}

	@Test
	void sortsSoundBarsIntoASeries() {
		BarSeries series = new StoreBarsRequest("1h",
				List.of(bar("2020-01-01T01:00:00Z", 2, 3, 1, 2), bar("2020-01-01T00:00:00Z", 1, 2, 1, 2)))
			.toSeries(NOW);
		assertThat(series.timeframe()).isEqualTo(Timeframe.H1);
		assertThat(series.times()).containsExactly(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(),
				Instant.parse("2020-01-01T01:00:00Z").toEpochMilli());
	}

	@Test
	void listsEveryInvalidBarAndStoresNone() {
		List<StoreBarsRequest.BarInput> bars = new ArrayList<>();
		bars.add(bar("2020-01-01T00:00:00Z", 1, 2, 1, 2));
		bars.add(bar("2020-01-01T00:30:00Z", 1, 2, 1, 2));
		bars.add(bar("2020-01-01T00:00:00Z", 1, 2, 1, 2));
		bars.add(bar("2030-01-01T00:00:00Z", 1, 2, 1, 2));
		bars.add(bar("2020-01-01T02:00:00Z", 1, 0.5, 1, 2));
		bars.add(new StoreBarsRequest.BarInput(Instant.parse("2020-01-01T03:00:00Z"), null, 2.0, 1.0, null, 1.0));
		bars.add(null);
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> new StoreBarsRequest("1h", bars).toSeries(NOW))
			.satisfies((ex) -> {
				assertThat(ex.problemType()).isEqualTo(MarketProblems.INVALID_BARS);
				assertThat(ex.getMessage()).isEqualTo("6 of 7 bars are invalid; nothing was stored.");
				assertThat(ex.fieldProblems()).extracting(FieldProblem::field, FieldProblem::message)
					.containsExactly(tuple("bars[1].time", "must be on the 1h grid (UTC)"),
							tuple("bars[2].time", "repeats the open time of bars[0]"),
							tuple("bars[3].time", "must lie between 1900-01-01 and now"),
							tuple("bars[4]", "high is below low"), tuple("bars[5]", "missing open, close"),
							tuple("bars[6]", "is required"));
			});
	}

	@Test
	void requiresAKnownIntervalAndOneToTenThousandBars() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(
					() -> new StoreBarsRequest("2d", List.of(bar("2020-01-01T00:00:00Z", 1, 1, 1, 1))).toSeries(NOW))
			.satisfies((ex) -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("interval"));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> new StoreBarsRequest(null, List.of()).toSeries(NOW))
			.withMessage("interval: is required");
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> new StoreBarsRequest("1d", List.of()).toSeries(NOW))
			.withMessage("bars: must hold 1 to 10000 bars");
		List<StoreBarsRequest.BarInput> tooMany = Collections.nCopies(10_001, bar("2020-01-01T00:00:00Z", 1, 1, 1, 1));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> new StoreBarsRequest("1d", tooMany).toSeries(NOW))
			.withMessage("bars: must hold 1 to 10000 bars");
	}

	@Test
	void acceptsDailyBarsAtASessionOpenOffTheUtcGrid() {
		BarSeries series = new StoreBarsRequest("1d",
				List.of(bar("2020-08-31T13:30:00Z", 350.35, 351.3, 349.06, 349.31)))
			.toSeries(NOW);
		assertThat(series.size()).isEqualTo(1);
	}

}
