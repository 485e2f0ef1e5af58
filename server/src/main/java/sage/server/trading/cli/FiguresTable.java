package sage.server.trading.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import sage.server.trading.BacktestRun;

/** A backtest's figures as a table for a terminal: the strategy beside buy-and-hold. */
final class FiguresTable {

	private FiguresTable() {
	}

	static String of(BacktestRun run) {
		StringBuilder text = new StringBuilder();
		String currency = run.currency().isEmpty() ? "" : " " + run.currency();
		text.append(String.format(Locale.ROOT, "Backtest    %s (%s) on %s %s%n", run.strategy(), params(run.params()),
				run.symbol(), run.interval()));
		text.append(String.format(Locale.ROOT, "Bars        %,d from %s to %s%n", run.bars(),
				run.firstBar().atOffset(ZoneOffset.UTC).toLocalDate(),
				run.lastBar().atOffset(ZoneOffset.UTC).toLocalDate()));
		text.append(String.format(Locale.ROOT, "Equity      %s%s -> %s%s (commission %s%%, %d fills, %d ms)%n%n",
				money(run.cash()), currency, money(run.finalEquity()), currency,
				run.commission().movePointRight(2).stripTrailingZeros().toPlainString(), run.fills().size(),
				run.tookMillis()));
		text.append(String.format(Locale.ROOT, "%-20s %14s %14s%n", "", "Strategy", "Buy & hold"));
		BacktestRun.Figures s = run.performance();
		BacktestRun.Figures b = run.buyAndHold();
		row(text, "Total return", s, b, (f) -> percent(f.totalReturn()));
		row(text, "CAGR", s, b, (f) -> percent(f.cagr()));
		row(text, "Volatility", s, b, (f) -> share(f.volatility()));
		row(text, "Sharpe", s, b, (f) -> ratio(f.sharpe()));
		row(text, "Sortino", s, b, (f) -> ratio(f.sortino()));
		row(text, "Max drawdown", s, b, (f) -> percent(-f.maxDrawdown()));
		row(text, "Longest drawdown", s, b, (f) -> String.format(Locale.ROOT, "%,.0f days", f.maxDrawdownDays()));
		row(text, "Calmar", s, b, (f) -> ratio(f.calmar()));
		row(text, "Exposure", s, b, (f) -> share(f.exposure()));
		text.append(String.format(Locale.ROOT, "%n%-20s %14d%n", "Round trips", s.tradeCount()));
		text.append(String.format(Locale.ROOT, "%-20s %14s%n", "Win rate", share(s.winRate())));
		text.append(String.format(Locale.ROOT, "%-20s %14s%n", "Profit factor", ratio(s.profitFactor())));
		text.append(String.format(Locale.ROOT, "%-20s %14s%n", "Average win", number(s.averageWin())));
		text.append(String.format(Locale.ROOT, "%-20s %14s%n", "Average loss", number(s.averageLoss())));
		monteCarlo(text, run.monteCarlo());
		if (!run.rejections().isEmpty()) {
			text.append(String.format(Locale.ROOT, "%n%d orders refused, e.g. %s%n", run.rejections().size(),
					run.rejections().get(0)));
		}
		return text.toString();
	}

	/**
	 * The Monte Carlo block: drawdown and final-equity percentiles beside the trades in
	 * their historical order.
	 */
	private static void monteCarlo(StringBuilder text, BacktestRun.@Nullable MonteCarloFigures mc) {
		if (mc == null) {
			return;
		}
		BacktestRun.Percentiles drawdown = mc.maxDrawdown();
		BacktestRun.Percentiles equity = mc.finalEquity();
		if (!mc.status().equals("DONE") || drawdown == null || equity == null || mc.historicalMaxDrawdown() == null
				|| mc.historicalFinalEquity() == null || mc.probabilityOfDrawdownBeyond() == null) {
			text.append(String.format(Locale.ROOT, "%n%-20s %s%n", "Monte Carlo", mc.detail()));
			return;
		}
		text.append(String.format(Locale.ROOT, "%n%-20s %s%n", "Monte Carlo", mc.detail()));
		text.append(String.format(Locale.ROOT, "%-20s %12s %12s %12s %12s %12s%n", "", "In order", "p5", "p50", "p95",
				"Worst"));
		text.append(String.format(Locale.ROOT, "%-20s %12s %12s %12s %12s %12s%n", "Max drawdown",
				fall(mc.historicalMaxDrawdown()), fall(drawdown.p5()), fall(drawdown.p50()), fall(drawdown.p95()),
				fall(drawdown.worst())));
		text.append(String.format(Locale.ROOT, "%-20s %12s %12s %12s %12s %12s%n", "Final equity",
				number(mc.historicalFinalEquity()), number(equity.p5()), number(equity.p50()), number(equity.p95()),
				number(equity.worst())));
		text.append(String.format(Locale.ROOT, "%-20s %12s  of runs drew down more than %s x in order (%s)%n",
				"Deeper drawdown", share(mc.probabilityOfDrawdownBeyond()),
				BigDecimal.valueOf(mc.drawdownMultiple()).stripTrailingZeros().toPlainString(),
				fall(mc.drawdownMultiple() * mc.historicalMaxDrawdown())));
		text.append(
				"Drawdowns here run trade to trade over closed trades; the table above measures them bar by bar.\n");
	}

	/** A drawdown as a fall: -8.34%, and 0.00% (not +0.00% or -0.00%) for none. */
	private static String fall(double drawdown) {
		return String.format(Locale.ROOT, "%.2f%%", (0.0 - drawdown) * 100);
	}

	private static void row(StringBuilder text, String name, BacktestRun.Figures strategy, BacktestRun.Figures hold,
			Function<BacktestRun.Figures, String> format) {
		text.append(String.format(Locale.ROOT, "%-20s %14s %14s%n", name, format.apply(strategy), format.apply(hold)));
	}

	private static String params(Map<String, BigDecimal> params) {
		return params.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(", "));
	}

	private static String money(BigDecimal value) {
		return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
	}

	private static String percent(@Nullable Double value) {
		return (value == null) ? "-" : String.format(Locale.ROOT, "%+.2f%%", value * 100);
	}

	private static String share(@Nullable Double value) {
		return (value == null) ? "-" : String.format(Locale.ROOT, "%.2f%%", value * 100);
	}

	private static String ratio(@Nullable Double value) {
		return (value == null) ? "-" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String number(@Nullable Double value) {
		return (value == null) ? "-" : String.format(Locale.ROOT, "%,.2f", value);
	}

}
