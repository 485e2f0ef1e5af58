package sage.server.trading.bot;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import sage.server.trading.BotLimits;
import sage.server.trading.BotState;
import sage.server.trading.EquityPoint;

/**
 * Bots in {@code trading_bot}, their equity curves in {@code trading_bot_equity}, and the
 * leases that say which node runs a running bot. State changes name the states they move
 * from, so two nodes (or a node and a request) never both move a bot.
 */
@Repository
public class BotStore {

	private static final TypeReference<Map<String, BigDecimal>> PARAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BotStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Keeps a new bot. */
	public void insert(BotRow bot) {
		this.jdbc
			.sql("""
					insert into trading_bot (id, owner_id, account_id, name, strategy, params_json, symbol, timeframe,
					    replay_from, bars_per_second, capital, currency, commission, limits_json, state, bars_done, bars_total,
					    created_at, updated_at)
					values (:id, :owner, :account, :name, :strategy, :params, :symbol, :timeframe, :from, :pace,
					    :capital, :currency, :commission, :limits, :state, 0, :total, :at, :at)""")
			.param("id", bot.id())
			.param("owner", bot.owner().toString())
			.param("account", bot.accountId())
			.param("name", bot.name())
			.param("strategy", bot.strategy())
			.param("params", this.json.writeValueAsString(bot.params()))
			.param("symbol", bot.symbol())
			.param("timeframe", bot.timeframe())
			.param("from", utc(bot.replayFrom()))
			.param("pace", bot.barsPerSecond())
			.param("capital", bot.capital())
			.param("currency", bot.currency())
			.param("commission", bot.commission())
			.param("limits", this.json.writeValueAsString(bot.limits()))
			.param("state", bot.state().name())
			.param("total", bot.barsTotal())
			.param("at", utc(bot.createdAt()))
			.update();
	}

	/** Whether {@code owner} has a bot named {@code name}. */
	public boolean nameTaken(UUID owner, String name) {
		return this.jdbc.sql("select count(*) from trading_bot where owner_id = :owner and name = :name")
			.param("owner", owner.toString())
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	/** The bot with this id, whoever's it is. */
	public Optional<BotRow> find(String id) {
		return this.jdbc.sql("select * from trading_bot where id = :id").param("id", id).query(this::row).optional();
	}

	/** The bot with this id, if {@code owner} owns it. */
	public Optional<BotRow> find(UUID owner, String id) {
		return find(id).filter((bot) -> bot.owner().equals(owner));
	}

	/** The owner's bots, newest first. */
	public List<BotRow> list(UUID owner) {
		return this.jdbc.sql("select * from trading_bot where owner_id = :owner order by created_at desc, id")
			.param("owner", owner.toString())
			.query(this::row)
			.list();
	}

	/** The bots in one of {@code states}: the owner's, or everyone's when null. */
	public List<BotRow> inStates(@Nullable UUID owner, List<BotState> states) {
		String ofOwner = (owner != null) ? " and owner_id = :owner" : "";
		return this.jdbc
			.sql("select * from trading_bot where state in (:states)" + ofOwner + " order by created_at, id")
			.param("states", states.stream().map(BotState::name).toList())
			.param("owner", (owner != null) ? owner.toString() : "")
			.query(this::row)
			.list();
	}

	/**
	 * Moves a bot to {@code to} if it is in one of {@code from}; false when it was not
	 * (someone moved it first). Leaving RUNNING gives up the lease.
	 */
	public boolean transition(String id, List<BotState> from, BotState to, @Nullable String reason, Instant at) {
		String lease = (to == BotState.RUNNING) ? "" : ", lease_node = null, lease_until = null";
		return this.jdbc
			.sql("update trading_bot set state = :to, state_reason = :reason, updated_at = :at" + lease
					+ " where id = :id and state in (:from)")
			.param("id", id)
			.param("to", to.name())
			.param("reason", (reason == null || reason.length() <= 500) ? reason : reason.substring(0, 497) + "...")
			.param("at", utc(at))
			.param("from", from.stream().map(BotState::name).toList())
			.update() == 1;
	}

	/**
	 * Records a replayed bar: how many bars are done, the last one's time and close, and
	 * its equity point. Only while {@code node} holds the lease; false otherwise, and
	 * nothing is written.
	 */
	public boolean recordBar(String id, String node, int barsDone, Instant barTime, BigDecimal close,
			BigDecimal equity) {
		int updated = this.jdbc.sql("""
				update trading_bot set bars_done = :done, last_bar_at = :time, last_price = :close
				where id = :id and lease_node = :node and bars_done < :done""")
			.param("id", id)
			.param("node", node)
			.param("done", barsDone)
			.param("time", utc(barTime))
			.param("close", close)
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("insert into trading_bot_equity (bot_id, bar, at, equity) values (:id, :bar, :time, :equity)")
			.param("id", id)
			.param("bar", barsDone - 1)
			.param("time", utc(barTime))
			.param("equity", equity)
			.update();
		return true;
	}

	/**
	 * The bot's equity curve, oldest first; at most {@code limit} points, evenly spaced.
	 */
	public List<EquityPoint> equity(String id, int limit) {
		int count = this.jdbc.sql("select count(*) from trading_bot_equity where bot_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		int every = Math.max(1, (count + limit - 1) / limit);
		// thinned evenly, always keeping the last point (the equity now)
		return this.jdbc.sql("""
				select at, equity from trading_bot_equity
				where bot_id = :id and (mod(bar, :every) = 0 or bar = :last) order by bar""")
			.param("id", id)
			.param("every", every)
			.param("last", count - 1)
			.query((rs, row) -> new EquityPoint(instant(rs, "at"), rs.getBigDecimal("equity").stripTrailingZeros()))
			.list();
	}

	/**
	 * Takes the lease of a running bot that no live node holds (or that {@code node}
	 * holds already) until {@code until}.
	 * @return whether {@code node} holds it now
	 */
	public boolean claim(String id, String node, Instant now, Instant until) {
		return this.jdbc.sql("""
				update trading_bot set lease_node = :node, lease_until = :until
				where id = :id and state = 'RUNNING'
				    and (lease_node is null or lease_until < :now or lease_node = :node)""")
			.param("id", id)
			.param("node", node)
			.param("now", utc(now))
			.param("until", utc(until))
			.update() == 1;
	}

	/**
	 * Gives {@code node} the lease of a bot just started or resumed there, whoever held
	 * it before: a runner of its earlier run (paused) has stopped, or stops at its next
	 * bar, when its lease is gone.
	 */
	public void lease(String id, String node, Instant until) {
		this.jdbc.sql("update trading_bot set lease_node = :node, lease_until = :until where id = :id")
			.param("id", id)
			.param("node", node)
			.param("until", utc(until))
			.update();
	}

	/** The running bots whose lease {@code node} holds. */
	public List<String> leasedTo(String node, Instant now) {
		return this.jdbc.sql("""
				select id from trading_bot where state = 'RUNNING' and lease_node = :node and lease_until >= :now
				order by updated_at, id""").param("node", node).param("now", utc(now)).query(String.class).list();
	}

	/** The running bots whose lease nobody holds, or has let lapse. */
	public List<String> unclaimed(Instant now) {
		return this.jdbc.sql("""
				select id from trading_bot where state = 'RUNNING' and (lease_node is null or lease_until < :now)
				order by updated_at, id""").param("now", utc(now)).query(String.class).list();
	}

	/** Renews {@code node}'s lease of a running bot; false when it holds it no more. */
	public boolean renew(String id, String node, Instant until) {
		return this.jdbc.sql("""
				update trading_bot set lease_until = :until
				where id = :id and lease_node = :node and state = 'RUNNING'""")
			.param("id", id)
			.param("node", node)
			.param("until", utc(until))
			.update() == 1;
	}

	/**
	 * Locks the bot's row until the transaction ends: every transaction that writes a
	 * bot's orders takes it first, then the orders, then the audit log, so that none of
	 * them waits on another in a circle.
	 */
	public void lock(String id) {
		this.jdbc.sql("select id from trading_bot where id = :id for update")
			.param("id", id)
			.query(String.class)
			.list();
	}

	/**
	 * Whether the bot is running on {@code node}: its state RUNNING and its lease
	 * {@code node}'s. A stop or a pause clears the lease in the same transaction as the
	 * state.
	 */
	public boolean runsOn(String id, String node) {
		return this.jdbc
			.sql("select count(*) from trading_bot where id = :id and state = 'RUNNING' and lease_node = :node")
			.param("id", id)
			.param("node", node)
			.query(Integer.class)
			.single() > 0;
	}

	/** Gives up every lease {@code node} holds, as it shuts down. */
	public void releaseAll(String node, Instant now) {
		this.jdbc.sql("update trading_bot set lease_until = :now where lease_node = :node")
			.param("node", node)
			.param("now", utc(now))
			.update();
	}

	private BotRow row(ResultSet rs, int row) throws SQLException {
		BigDecimal lastPrice = rs.getBigDecimal("last_price");
		OffsetDateTime lastBar = rs.getObject("last_bar_at", OffsetDateTime.class);
		return new BotRow(rs.getString("id"), UUID.fromString(rs.getString("owner_id")), rs.getString("account_id"),
				rs.getString("name"), rs.getString("strategy"),
				this.json.readValue(rs.getString("params_json"), PARAMS), rs.getString("symbol"),
				rs.getString("timeframe"), instant(rs, "replay_from"), rs.getInt("bars_per_second"),
				rs.getBigDecimal("capital").stripTrailingZeros(), rs.getString("currency"),
				rs.getBigDecimal("commission").stripTrailingZeros(),
				this.json.readValue(rs.getString("limits_json"), BotLimits.class),
				BotState.valueOf(rs.getString("state")), rs.getString("state_reason"), rs.getInt("bars_done"),
				rs.getInt("bars_total"), (lastBar != null) ? lastBar.toInstant() : null,
				(lastPrice != null) ? lastPrice.stripTrailingZeros() : null, rs.getString("lease_node"),
				instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
