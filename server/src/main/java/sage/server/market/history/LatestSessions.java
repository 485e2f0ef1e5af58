package sage.server.market.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.engine.series.Timeframe;

/**
 * The newest stored bar of every instrument at one timeframe, read in one range scan of
 * the series table joined to the bar it names: what movers are ranked by.
 */
@Repository
public class LatestSessions {

	private final JdbcClient jdbc;

	public LatestSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest bar of every instrument that has {@code timeframe} bars, by symbol. */
	public List<Session> at(Timeframe timeframe) {
		return this.jdbc.sql("""
				select i.symbol, s.last_bar, b.close_price, s.previous_close, b.volume
				from market_series s
				join market_instrument i on i.id = s.instrument_id
				join market_bar b on b.instrument_id = s.instrument_id and b.timeframe = s.timeframe
				  and b.open_time = s.last_bar
				where s.timeframe = ?
				order by i.symbol""").param(timeframe.code()).query((rs, row) -> {
			double previous = rs.getDouble(4);
			boolean onlyBar = rs.wasNull();
			return new Session(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(),
					rs.getDouble(3), onlyBar ? Double.NaN : previous, rs.getDouble(5));
		}).list();
	}

	/**
	 * An instrument's newest bar.
	 *
	 * @param symbol canonical symbol
	 * @param openTime the bar's open time, epoch milliseconds
	 * @param close its close
	 * @param previousClose the close before it, NaN for a one-bar series
	 * @param volume its volume
	 */
	public record Session(String symbol, long openTime, double close, double previousClose, double volume) {
	}

}
