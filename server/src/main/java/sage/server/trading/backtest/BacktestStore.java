package sage.server.trading.backtest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import sage.server.trading.BacktestRun;
import sage.server.trading.BacktestSummary;

/**
 * Kept backtests in {@code trading_backtest}: headline columns for listings and the whole
 * result as the JSON the API answered with, but for its Monte Carlo, which has its own
 * columns in {@code trading_backtest_monte_carlo}. Each read and delete names the owner,
 * so another account's id finds nothing, and a backtest without an owner (kept by the
 * command line) is found by none.
 */
@Repository
public class BacktestStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BacktestStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Keeps a backtest for {@code owner}; {@code null} for the command line's, which no
	 * account owns.
	 */
	@Transactional
	public void save(BacktestRun run, @Nullable UUID owner) {
		this.jdbc.sql("""
				insert into trading_backtest (id, owner_id, strategy, symbol, timeframe, first_bar, last_bar, bar_count,
				  initial_cash, final_equity, total_return, trade_count, created_at, result_json)
				values (:id, :owner, :strategy, :symbol, :timeframe, :firstBar, :lastBar, :bars, :cash, :finalEquity,
				  :totalReturn, :tradeCount, :createdAt, :json)""")
			.param("id", run.id())
			.param("owner", (owner != null) ? owner.toString() : null, Types.VARCHAR)
			.param("strategy", run.strategy())
			.param("symbol", run.symbol())
			.param("timeframe", run.interval())
			.param("firstBar", utc(run.firstBar()))
			.param("lastBar", utc(run.lastBar()))
			.param("bars", run.bars())
			.param("cash", run.cash())
			.param("finalEquity", run.finalEquity())
			.param("totalReturn", run.performance().totalReturn())
			.param("tradeCount", run.performance().tradeCount())
			.param("createdAt", utc(run.createdAt()))
			.param("json", this.json.writeValueAsString(withMonteCarlo(run, null)))
			.update();
		if (run.monteCarlo() != null) {
			saveMonteCarlo(run.id(), run.monteCarlo());
		}
	}

	private void saveMonteCarlo(String id, BacktestRun.MonteCarloFigures mc) {
		BacktestRun.Percentiles drawdown = mc.maxDrawdown();
		BacktestRun.Percentiles equity = mc.finalEquity();
		this.jdbc.sql("""
				insert into trading_backtest_monte_carlo (backtest_id, status, detail, runs, resampling, seed,
				  trade_count, min_trades, drawdown_multiple, historical_max_drawdown, max_drawdown_p5,
				  max_drawdown_p25, max_drawdown_p50, max_drawdown_p75, max_drawdown_p95, max_drawdown_worst,
				  historical_final_equity, final_equity_p5, final_equity_p25, final_equity_p50, final_equity_p75,
				  final_equity_p95, final_equity_worst, probability_beyond)
				values (:id, :status, :detail, :runs, :resampling, :seed, :trades, :minTrades, :multiple,
				  :historicalDrawdown, :dd5, :dd25, :dd50, :dd75, :dd95, :ddWorst, :historicalEquity, :eq5, :eq25,
				  :eq50, :eq75, :eq95, :eqWorst, :beyond)""")
			.param("id", id)
			.param("status", mc.status())
			.param("detail", mc.detail())
			.param("runs", mc.runs())
			.param("resampling", mc.resampling())
			.param("seed", mc.seed())
			.param("trades", mc.trades())
			.param("minTrades", mc.minTrades())
			.param("multiple", mc.drawdownMultiple())
			.param("historicalDrawdown", mc.historicalMaxDrawdown(), Types.DOUBLE)
			.param("dd5", (drawdown != null) ? drawdown.p5() : null, Types.DOUBLE)
			.param("dd25", (drawdown != null) ? drawdown.p25() : null, Types.DOUBLE)
			.param("dd50", (drawdown != null) ? drawdown.p50() : null, Types.DOUBLE)
			.param("dd75", (drawdown != null) ? drawdown.p75() : null, Types.DOUBLE)
			.param("dd95", (drawdown != null) ? drawdown.p95() : null, Types.DOUBLE)
			.param("ddWorst", (drawdown != null) ? drawdown.worst() : null, Types.DOUBLE)
			.param("historicalEquity", mc.historicalFinalEquity(), Types.DOUBLE)
			.param("eq5", (equity != null) ? equity.p5() : null, Types.DOUBLE)
			.param("eq25", (equity != null) ? equity.p25() : null, Types.DOUBLE)
			.param("eq50", (equity != null) ? equity.p50() : null, Types.DOUBLE)
			.param("eq75", (equity != null) ? equity.p75() : null, Types.DOUBLE)
			.param("eq95", (equity != null) ? equity.p95() : null, Types.DOUBLE)
			.param("eqWorst", (equity != null) ? equity.worst() : null, Types.DOUBLE)
			.param("beyond", mc.probabilityOfDrawdownBeyond(), Types.DOUBLE)
			.update();
	}

	/** The kept backtest with this id, if {@code owner} owns it. */
	@Transactional(readOnly = true)
	public Optional<BacktestRun> find(UUID owner, String id) {
		return this.jdbc.sql("select result_json from trading_backtest where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.query(String.class)
			.optional()
			.map((text) -> withMonteCarlo(this.json.readValue(text, BacktestRun.class), findMonteCarlo(id)));
	}

	private BacktestRun.@Nullable MonteCarloFigures findMonteCarlo(String id) {
		return this.jdbc.sql("select * from trading_backtest_monte_carlo where backtest_id = :id")
			.param("id", id)
			.query((rs, row) -> new BacktestRun.MonteCarloFigures(rs.getString("status"), rs.getString("detail"),
					rs.getInt("runs"), rs.getString("resampling"), rs.getLong("seed"), rs.getInt("trade_count"),
					rs.getInt("min_trades"), number(rs, "historical_max_drawdown"), percentiles(rs, "max_drawdown_"),
					number(rs, "historical_final_equity"), percentiles(rs, "final_equity_"),
					rs.getDouble("drawdown_multiple"), number(rs, "probability_beyond")))
			.optional()
			.orElse(null);
	}

	private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static BacktestRun.@Nullable Percentiles percentiles(ResultSet rs, String prefix) throws SQLException {
		Double p5 = number(rs, prefix + "p5");
		if (p5 == null) {
			return null;
		}
		return new BacktestRun.Percentiles(p5, rs.getDouble(prefix + "p25"), rs.getDouble(prefix + "p50"),
				rs.getDouble(prefix + "p75"), rs.getDouble(prefix + "p95"), rs.getDouble(prefix + "worst"));
	}

	private static BacktestRun withMonteCarlo(BacktestRun run, BacktestRun.@Nullable MonteCarloFigures monteCarlo) {
		return new BacktestRun(run.id(), run.strategy(), run.params(), run.symbol(), run.interval(), run.currency(),
				run.firstBar(), run.lastBar(), run.bars(), run.cash(), run.commission(), run.finalEquity(),
				run.performance(), run.buyAndHold(), monteCarlo, run.fills(), run.trades(), run.curve(),
				run.rejections(), run.createdAt(), run.tookMillis());
	}

	/** The newest backtests {@code owner} keeps, newest first. */
	@Transactional(readOnly = true)
	public List<BacktestSummary> recent(UUID owner, int limit) {
		return this.jdbc.sql("""
				select id, strategy, symbol, timeframe, first_bar, last_bar, bar_count, initial_cash, final_equity,
				  total_return, trade_count, created_at
				from trading_backtest where owner_id = :owner order by created_at desc, id limit :limit""")
			.param("owner", owner.toString())
			.param("limit", limit)
			.query((rs, row) -> new BacktestSummary(rs.getString("id"), rs.getString("strategy"),
					rs.getString("symbol"), rs.getString("timeframe"),
					rs.getObject("first_bar", OffsetDateTime.class).toInstant(),
					rs.getObject("last_bar", OffsetDateTime.class).toInstant(), rs.getInt("bar_count"),
					rs.getBigDecimal("initial_cash").stripTrailingZeros(),
					rs.getBigDecimal("final_equity").stripTrailingZeros(), rs.getDouble("total_return"),
					rs.getInt("trade_count"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** Deletes a backtest {@code owner} keeps; false when they keep none with this id. */
	@Transactional
	public boolean delete(UUID owner, String id) {
		return this.jdbc.sql("delete from trading_backtest where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.update() > 0;
	}

}
