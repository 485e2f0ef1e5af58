package sage.server.trading.backtest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import sage.server.trading.BacktestRun;
import sage.server.trading.BacktestSummary;

/**
 * Kept backtests in {@code trading_backtest}: headline columns for listings and the whole
 * result as the JSON the API answered with.
 */
@Repository
public class BacktestStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BacktestStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Keeps a backtest. */
	@Transactional
	public void save(BacktestRun run) {
		this.jdbc.sql("""
				insert into trading_backtest (id, strategy, symbol, timeframe, first_bar, last_bar, bar_count,
				  initial_cash, final_equity, total_return, trade_count, created_at, result_json)
				values (:id, :strategy, :symbol, :timeframe, :firstBar, :lastBar, :bars, :cash, :finalEquity,
				  :totalReturn, :tradeCount, :createdAt, :json)""")
			.param("id", run.id())
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
			.param("json", this.json.writeValueAsString(run))
			.update();
	}

	/** The kept backtest with this id. */
	@Transactional(readOnly = true)
	public Optional<BacktestRun> find(String id) {
		return this.jdbc.sql("select result_json from trading_backtest where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map((text) -> this.json.readValue(text, BacktestRun.class));
	}

	/** The newest kept backtests, newest first. */
	@Transactional(readOnly = true)
	public List<BacktestSummary> recent(int limit) {
		return this.jdbc.sql("""
				select id, strategy, symbol, timeframe, first_bar, last_bar, bar_count, initial_cash, final_equity,
				  total_return, trade_count, created_at
				from trading_backtest order by created_at desc, id limit :limit""")
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

	/** Deletes a kept backtest; false when there was none. */
	@Transactional
	public boolean delete(String id) {
		return this.jdbc.sql("delete from trading_backtest where id = :id").param("id", id).update() > 0;
	}

}
