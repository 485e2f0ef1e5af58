package sage.server.market.history;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;

/**
 * Bars in {@code market_bar}, keyed by (instrument, timeframe, open time). Writes go in
 * JDBC batches, or on PostgreSQL, for large inserts, through {@code COPY} into a
 * temporary table; reads come back as a columnar {@link BarSeries}, oldest first.
 */
@Repository
public class BarStore {

	/**
	 * Inserts of at least this many bars go through {@code COPY} on PostgreSQL: below it
	 * the temporary table costs more than the batch it replaces.
	 */
	public static final int COPY_THRESHOLD = 500;

	private static final int BATCH = 1000;

	private static final String COLUMNS = "open_time, open_price, high_price, low_price, close_price, volume";

	private static final String LOAD_TABLE = """
			create temporary table if not exists market_bar_load (
			    instrument_id bigint, timeframe varchar(4), open_time timestamp with time zone,
			    open_price double precision, high_price double precision, low_price double precision,
			    close_price double precision, volume double precision)""";

	private final JdbcTemplate jdbc;

	private final int copyThreshold;

	private volatile @Nullable Boolean postgres;

	@Autowired
	public BarStore(JdbcTemplate jdbc) {
		this(jdbc, COPY_THRESHOLD);
	}

	/**
	 * @param copyThreshold the smallest insert that goes through {@code COPY} on
	 * PostgreSQL; {@link Integer#MAX_VALUE} keeps every insert in JDBC batches
	 */
	BarStore(JdbcTemplate jdbc, int copyThreshold) {
		this.jdbc = jdbc;
		this.copyThreshold = copyThreshold;
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
	 * are. On PostgreSQL an insert of {@link #COPY_THRESHOLD} bars or more is streamed
	 * with {@code COPY} into a session's temporary table and moved over with one
	 * {@code insert ... select ... on conflict do nothing}; elsewhere, and for smaller
	 * inserts, the bars go in JDBC batches.
	 */
	public void insertMissing(long instrumentId, Timeframe timeframe, BarSeries bars) {
		if (copies(bars.size())) {
			copyMissing(instrumentId, timeframe, bars);
			return;
		}
		batch("insert into market_bar (instrument_id, timeframe, " + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", instrumentId, timeframe, bars, false);
	}

	private void copyMissing(long instrumentId, Timeframe timeframe, BarSeries bars) {
		StringBuilder rows = new StringBuilder(bars.size() * 96);
		for (int i = 0; i < bars.size(); i++) {
			// text format; Double.toString round-trips exactly and PostgreSQL reads its
			// exponent form
			rows.append(instrumentId)
				.append('\t')
				.append(timeframe.code())
				.append('\t')
				.append(Instant.ofEpochMilli(bars.time(i)))
				.append('\t')
				.append(bars.open(i))
				.append('\t')
				.append(bars.high(i))
				.append('\t')
				.append(bars.low(i))
				.append('\t')
				.append(bars.close(i))
				.append('\t')
				.append(bars.volume(i))
				.append('\n');
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				// the table lives as long as the pooled connection; emptied before and
				// after
				// use, since a batch outside a transaction commits statement by statement
				statement.execute(LOAD_TABLE);
				statement.execute("truncate market_bar_load");
				copyIn(connection, rows.toString());
				statement.executeUpdate("insert into market_bar (instrument_id, timeframe, " + COLUMNS
						+ ") select instrument_id, timeframe, " + COLUMNS
						+ " from market_bar_load on conflict do nothing");
				statement.execute("truncate market_bar_load");
			}
			return null;
		});
	}

	private static void copyIn(Connection connection, String rows) throws SQLException {
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy market_bar_load from stdin", new StringReader(rows));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into market_bar_load failed", ex);
		}
	}

	/** Whether an insert of {@code bars} bars goes through {@code COPY} here. */
	boolean copies(int bars) {
		return bars >= this.copyThreshold && isPostgres();
	}

	private boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			known = this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> "PostgreSQL"
				.equals(connection.getMetaData().getDatabaseProductName()));
			this.postgres = known;
		}
		return Boolean.TRUE.equals(known);
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
			// one more than asked for tells whether older bars were left out; a long, so
			// that Integer.MAX_VALUE (every bar) does not wrap to a negative row count
			ps.setLong(5, limit + 1L);
			ps.setFetchSize((int) Math.min(limit + 1L, 10_000));
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
