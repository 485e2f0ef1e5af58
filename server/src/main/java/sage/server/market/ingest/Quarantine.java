package sage.server.market.ingest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import sage.engine.series.Timeframe;

/**
 * Refused rows in {@code market_ingestion_quarantine}, with their values as received and
 * the reason. The same row refused again for the same reason is kept once.
 */
@Repository
class Quarantine {

	private final JdbcTemplate jdbc;

	Quarantine(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps {@code rows}, refused by {@code job} for {@code symbol} at {@code at}. */
	void keep(String job, String symbol, Timeframe interval, List<RejectedBar> rows, Instant at) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				insert into market_ingestion_quarantine (job, symbol, timeframe, open_time, open_price, high_price,
				  low_price, close_price, volume, reason, quarantined_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				RejectedBar row = rows.get(i);
				ps.setString(1, job);
				ps.setString(2, symbol);
				ps.setString(3, interval.code());
				ps.setObject(4, utc(row.bar().openTime()));
				ps.setDouble(5, row.bar().open());
				ps.setDouble(6, row.bar().high());
				ps.setDouble(7, row.bar().low());
				ps.setDouble(8, row.bar().close());
				ps.setDouble(9, row.bar().volume());
				ps.setString(10, clip(row.reason()));
				ps.setObject(11, utc(at));
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		});
	}

	/** The latest {@code limit} rows {@code job} refused, newest first. */
	List<QuarantinedBar> recent(String job, int limit) {
		return this.jdbc.query("""
				select job, symbol, timeframe, open_time, open_price, high_price, low_price, close_price, volume,
				  reason, quarantined_at
				from market_ingestion_quarantine where job = ?
				order by quarantined_at desc, symbol, open_time desc, id desc limit ?""", (ResultSet rs, int n) -> {
			return new QuarantinedBar(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
					rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9),
					rs.getString(10), instant(rs, 11));
		}, job, limit);
	}

	private static String clip(String reason) {
		return (reason.length() <= 300) ? reason : reason.substring(0, 300);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
