package sage.server.trading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A parameter sweep: one strategy over one instrument's bars for every combination of the
 * swept parameters' values.
 *
 * @param strategy the strategy id
 * @param symbol the instrument
 * @param interval the bar length
 * @param from first day, inclusive, or null
 * @param to last day, inclusive, or null
 * @param ranges the swept parameters
 * @param fixed values for parameters that are not swept (others take their defaults)
 * @param cash starting cash of every backtest
 * @param commission fee as a fraction of traded value
 * @param metric what ranks the combinations: TOTAL_RETURN, CAGR, SHARPE, SORTINO,
 * MAX_DRAWDOWN, PROFIT_FACTOR or TRADE_COUNT
 * @param walkForward a walk-forward to run after the grid, or null for none
 */
public record SweepSpec(String strategy, String symbol, String interval, @Nullable LocalDate from,
		@Nullable LocalDate to, List<Range> ranges, Map<String, BigDecimal> fixed, BigDecimal cash,
		BigDecimal commission, String metric, @Nullable WalkForwardSpec walkForward) {

	public SweepSpec {
		ranges = List.copyOf(ranges);
		fixed = Map.copyOf(fixed);
	}

	/**
	 * The values of one swept parameter: {@code from}, {@code from + step}, ... up to
	 * {@code to} inclusive, or the listed {@code values}.
	 *
	 * @param name the parameter
	 * @param from first value of a range
	 * @param to last value of a range, inclusive
	 * @param step a range's step, positive
	 * @param values an explicit list instead of a range
	 */
	public record Range(String name, @Nullable BigDecimal from, @Nullable BigDecimal to, @Nullable BigDecimal step,
			@Nullable List<BigDecimal> values) {
	}

}
