package sage.server.advisor.shadow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The shadow portfolio's record, over its closed calls only (an open call is not scored
 * yet): the hit rate and average return by horizon against buy-and-hold, a calibration
 * table (stated confidence against the realised hit rate) and the performance curve.
 * Averages are of the returns the calls show, percent, 2 decimals; rates are percent, 2
 * decimals.
 *
 * @param calls every call
 * @param open how many are still open
 * @param closed how many are scored
 * @param hitRate the share of closed calls that were right, percent; null with none
 * @param averageReturn the closed calls' average return, percent; null with none
 * @param averageBuyAndHold the average buy-and-hold return over the same assets and days,
 * percent; null with none
 * @param byHorizon the same by horizon, shortest first
 * @param calibration closed calls by stated confidence, in bands of 10 points
 * @param curve the closed calls' returns summed in the order they closed, beside
 * buy-and-hold's
 */
@Schema(description = "The shadow portfolio's record over its closed calls")
public record Scorecard(int calls, int open, int closed, @Schema(example = "66.67") @Nullable BigDecimal hitRate,
		@Schema(example = "4.12") @Nullable BigDecimal averageReturn,
		@Schema(example = "2.30") @Nullable BigDecimal averageBuyAndHold, List<HorizonRecord> byHorizon,
		List<CalibrationBand> calibration, List<CurvePoint> curve) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The bands of stated confidence the calibration table counts in, percent. */
	static final int[] BANDS = { 0, 50, 60, 70, 80, 90 };

	public Scorecard {
		byHorizon = List.copyOf(byHorizon);
		calibration = List.copyOf(calibration);
		curve = List.copyOf(curve);
	}

	/** The record of {@code outcomes}. */
	public static Scorecard of(List<CallOutcome> outcomes) {
		List<CallOutcome> closed = outcomes.stream().filter((o) -> o.status() == CallOutcome.Status.CLOSED).toList();
		Map<Integer, List<CallOutcome>> byDays = new TreeMap<>();
		for (CallOutcome outcome : closed) {
			byDays.computeIfAbsent(outcome.horizonDays(), (days) -> new ArrayList<>()).add(outcome);
		}
		List<HorizonRecord> horizons = byDays.entrySet()
			.stream()
			.map((entry) -> new HorizonRecord(entry.getKey(), entry.getValue().size(), hits(entry.getValue()),
					rate(entry.getValue()), average(entry.getValue(), CallOutcome::callReturn),
					average(entry.getValue(), CallOutcome::buyAndHoldReturn)))
			.toList();
		return new Scorecard(outcomes.size(), outcomes.size() - closed.size(), closed.size(), rate(closed),
				average(closed, CallOutcome::callReturn), average(closed, CallOutcome::buyAndHoldReturn), horizons,
				calibration(closed), curve(closed));
	}

	private static List<CalibrationBand> calibration(List<CallOutcome> closed) {
		List<CalibrationBand> bands = new ArrayList<>();
		for (int b = 0; b < BANDS.length; b++) {
			int from = BANDS[b];
			int to = (b + 1 < BANDS.length) ? BANDS[b + 1] : 100;
			boolean last = b + 1 == BANDS.length;
			List<CallOutcome> in = closed.stream().filter((o) -> {
				BigDecimal stated = o.confidence().multiply(HUNDRED);
				return stated.compareTo(BigDecimal.valueOf(from)) >= 0
						&& (last ? stated.compareTo(HUNDRED) <= 0 : stated.compareTo(BigDecimal.valueOf(to)) < 0);
			}).toList();
			BigDecimal stated = in.isEmpty() ? null
					: CallOutcome.percent(in.stream()
						.map((o) -> o.confidence().multiply(HUNDRED))
						.reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(in.size()), 10, RoundingMode.HALF_EVEN));
			bands.add(new CalibrationBand(from, to, in.size(), stated, rate(in)));
		}
		return bands;
	}

	private static List<CurvePoint> curve(List<CallOutcome> closed) {
		List<CallOutcome> inOrder = closed.stream()
			.sorted(Comparator.comparing(CallOutcome::exitAt).thenComparing(CallOutcome::id))
			.toList();
		List<CurvePoint> points = new ArrayList<>();
		BigDecimal calls = BigDecimal.ZERO;
		BigDecimal held = BigDecimal.ZERO;
		for (CallOutcome outcome : inOrder) {
			calls = calls.add(outcome.callReturn());
			held = held.add(outcome.buyAndHoldReturn());
			points.add(new CurvePoint(outcome.exitAt(), outcome.id(), outcome.symbol(), calls, held));
		}
		return points;
	}

	private static int hits(List<CallOutcome> outcomes) {
		return (int) outcomes.stream().filter((o) -> Boolean.TRUE.equals(o.hit())).count();
	}

	private static @Nullable BigDecimal rate(List<CallOutcome> outcomes) {
		if (outcomes.isEmpty()) {
			return null;
		}
		return CallOutcome.percent(BigDecimal.valueOf(hits(outcomes))
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(outcomes.size()), 10, RoundingMode.HALF_EVEN));
	}

	private static @Nullable BigDecimal average(List<CallOutcome> outcomes, Function<CallOutcome, BigDecimal> value) {
		if (outcomes.isEmpty()) {
			return null;
		}
		return CallOutcome.percent(outcomes.stream()
			.map(value)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(outcomes.size()), 10, RoundingMode.HALF_EVEN));
	}

	/**
	 * The closed calls of one horizon.
	 *
	 * @param horizonDays the horizon, calendar days
	 * @param calls how many closed
	 * @param hits how many were right
	 * @param hitRate their share, percent
	 * @param averageReturn the calls' average return, percent
	 * @param averageBuyAndHold buy-and-hold's over the same assets and days, percent
	 */
	@Schema(description = "The closed calls of one horizon")
	public record HorizonRecord(@Schema(example = "30") int horizonDays, int calls, int hits,
			@Schema(example = "66.67") @Nullable BigDecimal hitRate,
			@Schema(example = "4.12") @Nullable BigDecimal averageReturn,
			@Schema(example = "2.30") @Nullable BigDecimal averageBuyAndHold) {
	}

	/**
	 * The closed calls whose stated confidence is in {@code [from, to)} percent (the last
	 * band includes 100).
	 *
	 * @param from the band's lowest confidence, percent
	 * @param to its end, percent
	 * @param calls how many closed calls stated a confidence in it
	 * @param statedConfidence their average stated confidence, percent; null with none
	 * @param hitRate the share of them that were right, percent; null with none
	 */
	@Schema(description = "Closed calls of one band of stated confidence, and how often they were right")
	public record CalibrationBand(@Schema(example = "60") int from, @Schema(example = "70") int to, int calls,
			@Schema(example = "60.00") @Nullable BigDecimal statedConfidence,
			@Schema(example = "50.00") @Nullable BigDecimal hitRate) {
	}

	/**
	 * The curve after one more call closed.
	 *
	 * @param at when it closed (its exit close's daily bar)
	 * @param callId the call
	 * @param symbol its instrument
	 * @param calls the closed calls' returns summed so far, percentage points
	 * @param buyAndHold buy-and-hold's returns over the same calls summed, percentage
	 * points
	 */
	@Schema(description = "The performance curve after one more call closed")
	public record CurvePoint(Instant at, String callId, @Schema(example = "BTC-USD") String symbol,
			@Schema(example = "12.40") BigDecimal calls, @Schema(example = "8.75") BigDecimal buyAndHold) {
	}

}
