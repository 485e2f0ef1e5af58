package sage.server.market.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;

/**
 * Bars in {@code market_bar}, keyed by (instrument, timeframe, open time). Writes go in
 * JDBC batches; reads come back as a columnar {@link BarSeries}, oldest first.
 */
@Repository
public class BarStore {

	private static final int BATCH = 1000;

	private static final String COLUMNS = "open_time, open_price, high_price, low_price, close_price, volume";

	private final JdbcTemplate jdbc;

	public BarStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many bars are stored for the series. */
	public int count(long instrumentId, Timeframe timeframe) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from market_bar where instrument_id = ? and timeframe = ?", Integer.class,
				instrumentId, timeframe.code());
		return (count != null) ? count : 0;
	}

	/**
	 * Inserts the bars whose open time is not stored yet; stored bars are left as they
	 * are.
	 */
	public void insertMissing(long instrumentId, Timeframe timeframe, BarSeries bars) {
		batch("insert into market_bar (instrument_id, timeframe, " + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", instrumentId, timeframe, bars, false);
	}

	/** Overwrites stored bars that share an open time with one of {@code bars}. */
	public void update(long instrumentId, Timeframe timeframe, BarSeries bars) {
		batch("""
				update market_bar set open_price = ?, high_price = ?, low_price = ?, close_price = ?, volume = ?
				where instrument_id = ? and timeframe = ? and open_time = ?""", instrumentId, timeframe, bars, true);
	}

	private void batch(String sql, long instrumentId, Timeframe timeframe, BarSeries bars, boolean keyLast) {
		for (int start = 0; start < bars.size(); start += BATCH) {
			int from = start;
			int size = Math.min(BATCH, bars.size() - start);
			this.jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int j) throws SQLException {
					int i = from + j;
					int p = 1;
					if (!keyLast) {
						ps.setLong(p++, instrumentId);
						ps.setString(p++, timeframe.code());
						ps.setObject(p++, utc(bars.time(i)));
					}
					ps.setDouble(p++, bars.open(i));
					ps.setDouble(p++, bars.high(i));
					ps.setDouble(p++, bars.low(i));
					ps.setDouble(p++, bars.close(i));
					ps.setDouble(p++, bars.volume(i));
					if (keyLast) {
						ps.setLong(p++, instrumentId);
						ps.setString(p++, timeframe.code());
						ps.setObject(p, utc(bars.time(i)));
					}
				}

				@Override
				public int getBatchSize() {
					return size;
				}

			});
		}
	}

	/**
	 * The newest {@code limit} bars whose open time lies in {@code [from, to]}, oldest
	 * first.
	 * @return the bars, and whether older bars in the range were left out
	 */
	public Window load(long instrumentId, Timeframe timeframe, Instant from, Instant to, int limit) {
		List<double[]> rows = new ArrayList<>();
		List<Long> times = new ArrayList<>();
		this.jdbc.query((connection) -> {
			PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + """
					 from market_bar where instrument_id = ? and timeframe = ? and open_time >= ? and open_time <= ?
					order by open_time desc limit ?""");
			ps.setLong(1, instrumentId);
			ps.setString(2, timeframe.code());
			ps.setObject(3, utc(from));
			ps.setObject(4, utc(to));
			ps.setInt(5, limit + 1);
			ps.setFetchSize(Math.min(limit + 1, 10_000));
			return ps;
		}, (ResultSet rs) -> {
			times.add(rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli());
			rows.add(new double[] { rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
					rs.getDouble(6) });
		});
		boolean truncated = rows.size() > limit;
		int n = Math.min(limit, rows.size());
		BarSeries.Builder builder = BarSeries.builder(timeframe, n);
		for (int i = n - 1; i >= 0; i--) {
			double[] r = rows.get(i);
			builder.add(times.get(i), r[0], r[1], r[2], r[3], r[4]);
		}
		return new Window(builder.build(), truncated);
	}

	/** Bars read for a range, and whether the limit cut older ones off. */
	public record Window(BarSeries bars, boolean truncated) {
	}

	/**
	 * Stored bars with open times in {@code [from, to]}, by open time (epoch ms): o, h,
	 * l, c, v.
	 */
	public Map<Long, double[]> existing(long instrumentId, Timeframe timeframe, Instant from, Instant to) {
		Map<Long, double[]> stored = new HashMap<>();
		this.jdbc.query("select " + COLUMNS
				+ " from market_bar where instrument_id = ? and timeframe = ? and open_time >= ? and open_time <= ?",
				(ResultSet rs) -> {
					stored.put(rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli(), new double[] {
							rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6) });
				}, instrumentId, timeframe.code(), utc(from), utc(to));
		return stored;
	}

	private static OffsetDateTime utc(long epochMillis) {
		return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
