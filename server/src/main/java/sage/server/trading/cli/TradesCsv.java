package sage.server.trading.cli;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import sage.server.trading.BacktestRun;

/**
 * The fills of a backtest in backtrader's trade-list layout
 * ({@code date,side,size,price,commission}, sells with a negative size), so a run can be
 * compared row by row with a backtrader reference file.
 */
final class TradesCsv {

	private TradesCsv() {
	}

	static String of(BacktestRun run) {
		StringBuilder csv = new StringBuilder();
		csv.append("# sage backtest: ")
			.append(run.strategy())
			.append(' ')
			.append(params(run.params()))
			.append(" on ")
			.append(run.symbol())
			.append(' ')
			.append(run.interval())
			.append("; cash ")
			.append(run.cash().toPlainString())
			.append(", commission ")
			.append(run.commission().toPlainString())
			.append("; final_value=")
			.append(run.finalEquity().toPlainString())
			.append('\n');
		csv.append("date,side,size,price,commission\n");
		for (BacktestRun.FillRow fill : run.fills()) {
			BigDecimal size = fill.side().equals("SELL") ? fill.quantity().negate() : fill.quantity();
			csv.append(fill.time().atOffset(ZoneOffset.UTC).toLocalDate())
				.append(',')
				.append(fill.side())
				.append(',')
				.append(size.stripTrailingZeros().toPlainString())
				.append(',')
				.append(fill.price().stripTrailingZeros().toPlainString())
				.append(',')
				.append(fill.fee().stripTrailingZeros().toPlainString())
				.append('\n');
		}
		return csv.toString();
	}

	private static String params(Map<String, BigDecimal> params) {
		return params.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(" "));
	}

}
