package sage.server.advisor.shadow;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.advisor.Stance;

/** The shadow portfolios' calls, in {@code advisor_shadow_call}. */
@Repository
public class ShadowCallStore {

	private final JdbcClient jdbc;

	ShadowCallStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a call.
	 * @throws org.springframework.dao.DataIntegrityViolationException when the owner
	 * added the answer's call on the symbol already
	 */
	public void insert(ShadowCall call) {
		this.jdbc.sql("""
				insert into advisor_shadow_call (id, owner_id, message_id, symbol, stance, entry_price, currency,
				    priced_at, horizon_days, confidence, added_at)
				values (:id, :owner, :message, :symbol, :stance, :price, :currency, :pricedAt, :days, :confidence,
				    :addedAt)""")
			.param("id", call.id())
			.param("owner", call.owner().toString())
			.param("message", call.messageId())
			.param("symbol", call.symbol())
			.param("stance", call.stance().name())
			.param("price", call.entryPrice())
			.param("currency", call.currency())
			.param("pricedAt", utc(call.pricedAt()))
			.param("days", call.horizonDays())
			.param("confidence", call.confidence())
			.param("addedAt", utc(call.addedAt()))
			.update();
	}

	/** The owner's call on {@code symbol} from the answer {@code messageId}. */
	public Optional<ShadowCall> find(UUID owner, String messageId, String symbol) {
		return this.jdbc.sql(
				"select * from advisor_shadow_call where owner_id = :owner and message_id = :message and symbol = :symbol")
			.param("owner", owner.toString())
			.param("message", messageId)
			.param("symbol", symbol)
			.query(ShadowCallStore::call)
			.optional();
	}

	/** The owner's calls, the first added first. */
	public List<ShadowCall> list(UUID owner) {
		return this.jdbc.sql("select * from advisor_shadow_call where owner_id = :owner order by added_at, id")
			.param("owner", owner.toString())
			.query(ShadowCallStore::call)
			.list();
	}

	/** How many calls the owner tracks. */
	public int count(UUID owner) {
		return this.jdbc.sql("select count(*) from advisor_shadow_call where owner_id = :owner")
			.param("owner", owner.toString())
			.query(Integer.class)
			.single();
	}

	/** Removes the owner's call; false when they have no call of that id. */
	public boolean delete(UUID owner, String id) {
		return this.jdbc.sql("delete from advisor_shadow_call where owner_id = :owner and id = :id")
			.param("owner", owner.toString())
			.param("id", id)
			.update() > 0;
	}

	private static ShadowCall call(ResultSet rs, int row) throws SQLException {
		return new ShadowCall(rs.getString("id"), UUID.fromString(rs.getString("owner_id")), rs.getString("message_id"),
				rs.getString("symbol"), Stance.valueOf(rs.getString("stance")), plain(rs.getBigDecimal("entry_price")),
				rs.getString("currency"), instant(rs, "priced_at"), rs.getInt("horizon_days"),
				plain(rs.getBigDecimal("confidence")), instant(rs, "added_at"));
	}

	/** The value without the column's trailing zeros, never in exponent form. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
