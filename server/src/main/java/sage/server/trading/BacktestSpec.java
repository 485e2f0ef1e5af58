package sage.server.trading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What to backtest: a strategy with parameters over one instrument's stored bars.
 *
 * @param strategy the strategy id, e.g. {@code rsi-threshold}
 * @param params parameter values by name; missing ones take their defaults
 * @param symbol the instrument (symbol or alias)
 * @param interval the bar length, e.g. {@code 1d}
 * @param from first day, inclusive, in the instrument's time zone; null for the first bar
 * @param to last day, inclusive; null for the last bar
 * @param cash the starting cash, in the instrument's currency
 * @param commission the fee as a fraction of traded value, e.g. {@code 0.001} for 0.1%
 * @param monteCarlo the Monte Carlo to run on the closed trades
 */
public record BacktestSpec(String strategy, Map<String, BigDecimal> params, String symbol, String interval,
		@Nullable LocalDate from, @Nullable LocalDate to, BigDecimal cash, BigDecimal commission,
		MonteCarloSpec monteCarlo) {

	public BacktestSpec {
		params = Map.copyOf(params);
	}

}
