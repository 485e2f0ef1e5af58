package sage.server.market.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.engine.series.BarDefect;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.MarketProblems;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

/** Bars to store for an instrument, in any order. All are stored, or none. */
@Schema(name = "StoreBarsRequest")
record StoreBarsRequest(
		@Schema(example = "1d", description = "Bar length: 1m, 5m, 15m, 30m, 1h, 4h, 1d or 1w",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String interval,
		@Schema(description = "1 to 10,000 bars",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable List<BarInput> bars) {

	static final int MAX_BARS = 10_000;

	private static final int MAX_REPORTED = 100;

	/** One bar to store. */
	@Schema(name = "BarInput")
	record BarInput(@Schema(example = "2020-08-31T13:30:00Z", description = "Open time, UTC") @Nullable Instant time,
			@Schema(example = "350.35") @Nullable Double open, @Schema(example = "351.3") @Nullable Double high,
			@Schema(example = "349.06") @Nullable Double low, @Schema(example = "349.31") @Nullable Double close,
			@Schema(example = "66099200") @Nullable Double volume) {
	}

	/**
	 * The bars as a series, after checking every one: present values, a sound bar, an
	 * open time in 1900..now and on the interval's grid, no open time twice.
	 * @throws ProblemException listing every invalid bar; nothing is stored then
	 */
	BarSeries toSeries(Clock clock) {
		Timeframe timeframe = timeframe();
		if (this.bars == null || this.bars.isEmpty() || this.bars.size() > MAX_BARS) {
			throw ProblemException.invalidField("bars", "must hold 1 to " + MAX_BARS + " bars");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Instant latest = clock.instant().plus(timeframe.duration());
		for (int i = 0; i < this.bars.size(); i++) {
			check(i, this.bars.get(i), timeframe, latest).ifPresent(problems::add);
		}
		List<Integer> order = IntStream.range(0, this.bars.size())
			.boxed()
			.filter((i) -> this.bars.get(i) != null && this.bars.get(i).time() != null)
			.sorted(Comparator.comparing((Integer i) -> this.bars.get(i).time()).thenComparing(i -> i))
			.toList();
		for (int k = 1; k < order.size(); k++) {
			if (this.bars.get(order.get(k)).time().equals(this.bars.get(order.get(k - 1)).time())) {
				problems.add(new FieldProblem("bars[" + order.get(k) + "].time",
						"repeats the open time of bars[" + order.get(k - 1) + "]"));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(FieldProblem::field, Comparator.comparingInt(StoreBarsRequest::index)));
			throw new ProblemException(MarketProblems.INVALID_BARS,
					problems.size() + " of " + this.bars.size() + " bars are invalid; nothing was stored.",
					problems.subList(0, Math.min(MAX_REPORTED, problems.size())), Map.of());
		}
		BarSeries.Builder series = BarSeries.builder(timeframe, this.bars.size());
		for (int i : order) {
			BarInput bar = this.bars.get(i);
			series.add(bar.time().toEpochMilli(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
		}
		return series.build();
	}

	Timeframe timeframe() {
		if (this.interval == null) {
			throw ProblemException.invalidField("interval", "is required");
		}
		return IntervalCodes.parse(this.interval);
	}

	private static Optional<FieldProblem> check(int i, @Nullable BarInput bar, Timeframe timeframe, Instant latest) {
		String at = "bars[" + i + "]";
		if (bar == null) {
			return Optional.of(new FieldProblem(at, "is required"));
		}
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		values.put("time", bar.time());
		values.put("open", bar.open());
		values.put("high", bar.high());
		values.put("low", bar.low());
		values.put("close", bar.close());
		values.put("volume", bar.volume());
		String missing = values.entrySet()
			.stream()
			.filter((e) -> e.getValue() == null)
			.map(Map.Entry::getKey)
			.collect(Collectors.joining(", "));
		if (!missing.isEmpty()) {
			return Optional.of(new FieldProblem(at, "missing " + missing));
		}
		Instant time = bar.time();
		if (time.isBefore(TimeRange.EARLIEST) || time.isAfter(latest)) {
			return Optional.of(new FieldProblem(at + ".time", "must lie between 1900-01-01 and now"));
		}
		if (timeframe.isIntraday() && time.toEpochMilli() % timeframe.duration().toMillis() != 0) {
			return Optional.of(new FieldProblem(at + ".time", "must be on the " + timeframe.code() + " grid (UTC)"));
		}
		return BarDefect.of(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume())
			.map((defect) -> new FieldProblem(at, defect.reason()));
	}

	private static int index(String field) {
		int open = field.indexOf('[');
		int close = field.indexOf(']');
		return (open >= 0 && close > open) ? Integer.parseInt(field.substring(open + 1, close)) : -1;
	}

}
