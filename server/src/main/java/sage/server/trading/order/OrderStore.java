package sage.server.trading.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.trading.OrderState;
import sage.server.trading.TradingFill;
import sage.server.trading.TradingOrder;

/**
 * Orders in {@code trading_order} and fills in {@code trading_fill}. An order's intent is
 * inserted before any venue call, under a client order id the table keeps unique; a fill
 * is inserted once per account and venue trade id, so a fill seen again changes nothing.
 */
@Repository
public class OrderStore {

	private final JdbcClient jdbc;

	OrderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Commits an order's intent: state NEW, or REJECTED when a pre-trade check refused
	 * it.
	 */
	public void insert(OrderIntent intent) {
		this.jdbc.sql("""
				insert into trading_order (id, owner_id, account_id, bot_id, client_order_id, symbol, side,
				    order_type, quantity, limit_price, stop_price, time_in_force, reduce_only, state,
				    filled_quantity, reason, decided_bar, created_at, updated_at)
				values (:id, :owner, :account, :bot, :clientOrderId, :symbol, :side, :type, :quantity, :limitPrice,
				    :stopPrice, :tif, :reduceOnly, :state, 0, :reason, :bar, :at, :at)""")
			.param("id", intent.id())
			.param("owner", intent.owner().toString())
			.param("account", intent.accountId())
			.param("bot", intent.botId())
			.param("clientOrderId", intent.clientOrderId())
			.param("symbol", intent.symbol())
			.param("side", intent.side())
			.param("type", intent.type())
			.param("quantity", intent.quantity())
			.param("limitPrice", intent.limitPrice())
			.param("stopPrice", intent.stopPrice())
			.param("tif", intent.timeInForce())
			.param("reduceOnly", intent.reduceOnly())
			.param("state", intent.state().name())
			.param("reason", cut(intent.reason()))
			.param("bar", intent.decidedBar())
			.param("at", utc(intent.at()))
			.update();
	}

	/** The order with this client order id, whoever's it is. */
	public Optional<StoredOrder> findByClientOrderId(String clientOrderId) {
		return this.jdbc.sql("select * from trading_order where client_order_id = :id")
			.param("id", clientOrderId)
			.query(OrderStore::stored)
			.optional();
	}

	/**
	 * Moves an order to {@code state}, only from one of {@code from}; false when it was
	 * in none of them (someone else moved it first).
	 */
	public boolean transition(String orderId, List<OrderState> from, OrderState state, @Nullable String reason,
			@Nullable Integer canceledBar, Instant at) {
		return this.jdbc.sql("""
				update trading_order set state = :state, reason = coalesce(:reason, reason),
				    canceled_bar = coalesce(:bar, canceled_bar), updated_at = :at
				where id = :id and state in (:from)""")
			.param("id", orderId)
			.param("state", state.name())
			.param("reason", cut(reason))
			.param("bar", canceledBar)
			.param("at", utc(at))
			.param("from", from.stream().map(OrderState::name).toList())
			.update() == 1;
	}

	/**
	 * Keeps a fill unless the account has one with its venue trade id already, and adds
	 * it to its order's filled quantity (and state) in the same transaction.
	 * @return whether it was new
	 */
	public boolean insertFill(StoredFill fill, String accountId, BigDecimal orderQuantity) {
		int inserted;
		try {
			inserted = insertUnlessSeen(fill, accountId);
		}
		catch (DuplicateKeyException ex) {
			// the same trade kept at the same moment by another transaction
			return false;
		}
		if (inserted == 0) {
			return false;
		}
		this.jdbc.sql("""
				update trading_order set filled_quantity = filled_quantity + :quantity,
				    state = case when filled_quantity + :quantity >= :total then 'FILLED' else 'PARTIALLY_FILLED' end,
				    updated_at = :at
				where id = :order""")
			.param("quantity", fill.quantity())
			.param("total", orderQuantity)
			.param("order", fill.orderId())
			.param("at", utc(fill.at()))
			.update();
		return true;
	}

	private int insertUnlessSeen(StoredFill fill, String accountId) {
		return this.jdbc.sql("""
				insert into trading_fill (id, order_id, account_id, bot_id, venue_trade_id, symbol, side, price,
				    quantity, fee, fee_currency, bar, sequence, filled_at)
				select :id, :order, :account, :bot, :trade, :symbol, :side, :price, :quantity, :fee, :feeCurrency,
				    :bar, :sequence, :at
				from trading_order where id = :order and not exists (
				    select 1 from trading_fill where account_id = :account and venue_trade_id = :trade)""")
			.param("id", UUID.randomUUID().toString())
			.param("order", fill.orderId())
			.param("account", accountId)
			.param("bot", fill.botId())
			.param("trade", fill.venueTradeId())
			.param("symbol", fill.symbol())
			.param("side", fill.side())
			.param("price", fill.price())
			.param("quantity", fill.quantity())
			.param("fee", fill.fee())
			.param("feeCurrency", fill.feeCurrency())
			.param("bar", fill.bar())
			.param("sequence", fill.sequence())
			.param("at", utc(fill.at()))
			.update();
	}

	/**
	 * Keeps the Idempotency-Key a person's order was placed under, in the transaction of
	 * its intent.
	 * @throws DuplicateKeyException when the key was used already (perhaps a moment ago,
	 * by a request still in flight)
	 */
	public void insertRequest(UUID owner, String key, String requestHash, String orderId, Instant at) {
		this.jdbc.sql("""
				insert into trading_order_request (owner_id, idempotency_key, request_hash, order_id, created_at)
				values (:owner, :key, :hash, :order, :at)""")
			.param("owner", owner.toString())
			.param("key", key)
			.param("hash", requestHash)
			.param("order", orderId)
			.param("at", utc(at))
			.update();
	}

	/** The order placed under an Idempotency-Key, with the hash of its request. */
	public Optional<PlacedRequest> findRequest(UUID owner, String key) {
		return this.jdbc.sql(
				"select request_hash, order_id from trading_order_request where owner_id = :owner and idempotency_key = :key")
			.param("owner", owner.toString())
			.param("key", key)
			.query((rs, row) -> new PlacedRequest(rs.getString("request_hash"), rs.getString("order_id")))
			.optional();
	}

	/** The owner's order with this id. */
	public Optional<StoredOrder> find(UUID owner, String id) {
		return this.jdbc.sql("select * from trading_order where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.query(OrderStore::stored)
			.optional();
	}

	/**
	 * The order with this id, its row locked until the transaction ends: every change to
	 * a live order is made holding it, so that two nodes polling the same venue apply
	 * their reports one after the other.
	 */
	public Optional<StoredOrder> lock(String id) {
		return this.jdbc.sql("select * from trading_order where id = :id for update")
			.param("id", id)
			.query(OrderStore::stored)
			.optional();
	}

	/** The account's order the venue knows under {@code venueOrderId}. */
	public Optional<StoredOrder> findByVenueOrderId(String accountId, String venueOrderId) {
		return this.jdbc.sql("select * from trading_order where account_id = :account and venue_order_id = :venueId")
			.param("account", accountId)
			.param("venueId", venueOrderId)
			.query(OrderStore::stored)
			.optional();
	}

	/**
	 * The account's orders (by hand, by its bots, or imported) that may still change,
	 * oldest first.
	 */
	public List<StoredOrder> workingOnAccount(String accountId) {
		return this.jdbc.sql("""
				select * from trading_order where account_id = :account
				    and (state in ('NEW', 'SUBMITTED', 'PARTIALLY_FILLED', 'UNKNOWN')
				        or venue_filled_quantity > filled_quantity)
				order by created_at, id""").param("account", accountId).query(OrderStore::stored).list();
	}

	/**
	 * The account's position in {@code symbol}: its fills there, buys added and sells
	 * taken away.
	 */
	public BigDecimal positionOf(String accountId, String symbol) {
		return this.jdbc.sql("""
				select coalesce(sum(case when side = 'BUY' then quantity else -quantity end), 0)
				from trading_fill where account_id = :account and symbol = :symbol""")
			.param("account", accountId)
			.param("symbol", symbol)
			.query(BigDecimal.class)
			.single();
	}

	/** An order's fills, oldest first. */
	public List<TradingFill> fillsOf(String orderId) {
		return this.jdbc.sql("select * from trading_fill where order_id = :order order by filled_at, venue_trade_id")
			.param("order", orderId)
			.query(OrderStore::fill)
			.list();
	}

	/**
	 * Writes what the venue's reports made of a live order: its state, the venue's id and
	 * filled quantity, and the reason it ended.
	 * @param replaceReason whether {@code reason} replaces the one kept even when null
	 * (the order moved on, and the old reason no longer holds); otherwise a null reason
	 * keeps it
	 */
	public void track(String orderId, OrderState state, @Nullable String venueOrderId, BigDecimal venueFilledQuantity,
			@Nullable String reason, boolean replaceReason, Instant at) {
		this.jdbc.sql("""
				update trading_order set state = :state, venue_order_id = coalesce(:venueId, venue_order_id),
				    venue_filled_quantity = :venueFilled,
				    reason = case when :replace then :reason else coalesce(:reason, reason) end, updated_at = :at
				where id = :id""")
			.param("replace", replaceReason)
			.param("id", orderId)
			.param("state", state.name())
			.param("venueId", venueOrderId)
			.param("venueFilled", venueFilledQuantity)
			.param("reason", cut(reason))
			.param("at", utc(at))
			.update();
	}

	/** Marks an order as found at the venue rather than placed by Sage. */
	public void markImported(String orderId) {
		this.jdbc.sql("update trading_order set imported = true where id = :id").param("id", orderId).update();
	}

	/**
	 * An Idempotency-Key's request.
	 *
	 * @param requestHash the SHA-256 of the order it asked for
	 * @param orderId the order it placed
	 */
	public record PlacedRequest(String requestHash, String orderId) {
	}

	/** A bot's orders, newest first. */
	public List<TradingOrder> ofBot(String botId, int limit) {
		return this.jdbc
			.sql("select * from trading_order where bot_id = :bot order by created_at desc, id limit :limit")
			.param("bot", botId)
			.param("limit", limit)
			.query(OrderStore::order)
			.list();
	}

	/** The owner's orders, on one account or all, newest first. */
	public List<TradingOrder> ofOwner(UUID owner, @Nullable String accountId, int limit) {
		String onAccount = (accountId != null) ? " and account_id = :account" : "";
		return this.jdbc
			.sql("select * from trading_order where owner_id = :owner" + onAccount
					+ " order by created_at desc, id limit :limit")
			.param("owner", owner.toString())
			.param("account", (accountId != null) ? accountId : "")
			.param("limit", limit)
			.query(OrderStore::order)
			.list();
	}

	/** A bot's orders, oldest first, as a replay checks them. */
	public List<StoredOrder> allOfBot(String botId) {
		return this.jdbc.sql("select * from trading_order where bot_id = :bot order by decided_bar, created_at, id")
			.param("bot", botId)
			.query(OrderStore::stored)
			.list();
	}

	/** A bot's fills, oldest first. */
	public List<TradingFill> fillsOfBot(String botId) {
		return this.jdbc.sql("""
				select f.*, o.client_order_id from trading_fill f join trading_order o on o.id = f.order_id
				where f.bot_id = :bot order by f.filled_at, f.sequence, f.venue_trade_id""")
			.param("bot", botId)
			.query(OrderStore::fill)
			.list();
	}

	/** The owner's fills, on one account or all, newest first. */
	public List<TradingFill> fillsOfOwner(UUID owner, @Nullable String accountId, int limit) {
		String onAccount = (accountId != null) ? " and f.account_id = :account" : "";
		return this.jdbc.sql(
				"select f.* from trading_fill f join trading_account a on a.id = f.account_id where a.owner_id = :owner"
						+ onAccount + " order by f.filled_at desc, f.id limit :limit")
			.param("owner", owner.toString())
			.param("account", (accountId != null) ? accountId : "")
			.param("limit", limit)
			.query(OrderStore::fill)
			.list();
	}

	/** How many of a bot's orders are working. */
	/**
	 * The fills of every bot of {@code owner}, per bot, each bot's oldest first: one
	 * query for a list of bots rather than one per bot.
	 */
	public java.util.Map<String, List<TradingFill>> fillsOfBotsOf(UUID owner) {
		java.util.Map<String, List<TradingFill>> fills = new java.util.HashMap<>();
		this.jdbc.sql("""
				select f.*, o.client_order_id from trading_fill f join trading_order o on o.id = f.order_id
				where f.bot_id is not null and o.owner_id = :owner
				order by f.bot_id, f.filled_at, f.sequence, f.venue_trade_id""")
			.param("owner", owner.toString())
			.query(OrderStore::fill)
			.list()
			.forEach((fill) -> fills.computeIfAbsent(fill.botId(), (id) -> new java.util.ArrayList<>()).add(fill));
		return fills;
	}

	/** How many orders of each bot of {@code owner} are working, per bot. */
	public java.util.Map<String, Integer> openOfBotsOf(UUID owner) {
		java.util.Map<String, Integer> open = new java.util.HashMap<>();
		this.jdbc.sql("""
				select bot_id, count(*) as working from trading_order
				where owner_id = :owner and bot_id is not null and state in ('SUBMITTED', 'PARTIALLY_FILLED')
				group by bot_id""").param("owner", owner.toString()).query((rs) -> {
			open.put(rs.getString("bot_id"), rs.getInt("working"));
		});
		return open;
	}

	/**
	 * How many orders the bot has submitted, refused ones included: the highest
	 * submission number it has used.
	 */
	public int countOfBot(String botId) {
		return this.jdbc.sql("select count(*) from trading_order where bot_id = :bot")
			.param("bot", botId)
			.query(Integer.class)
			.single();
	}

	public int openOfBot(String botId) {
		return this.jdbc.sql(
				"select count(*) from trading_order where bot_id = :bot and state in ('SUBMITTED', 'PARTIALLY_FILLED')")
			.param("bot", botId)
			.query(Integer.class)
			.single();
	}

	private static TradingOrder order(ResultSet rs, int row) throws SQLException {
		return new TradingOrder(rs.getString("id"), rs.getString("client_order_id"), rs.getString("account_id"),
				rs.getString("bot_id"), rs.getString("symbol"), rs.getString("side"), rs.getString("order_type"),
				plain(rs.getBigDecimal("quantity")), plain(rs.getBigDecimal("limit_price")),
				plain(rs.getBigDecimal("stop_price")), rs.getString("time_in_force"), rs.getBoolean("reduce_only"),
				OrderState.valueOf(rs.getString("state")), plain(rs.getBigDecimal("filled_quantity")),
				rs.getString("reason"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getString("venue_order_id"), rs.getBoolean("imported"));
	}

	private static StoredOrder stored(ResultSet rs, int row) throws SQLException {
		Integer bar = rs.getObject("decided_bar", Integer.class);
		Integer canceledBar = rs.getObject("canceled_bar", Integer.class);
		return new StoredOrder(order(rs, row), UUID.fromString(rs.getString("owner_id")), bar, canceledBar,
				plain(rs.getBigDecimal("venue_filled_quantity")));
	}

	private static TradingFill fill(ResultSet rs, int row) throws SQLException {
		return new TradingFill(rs.getString("id"), rs.getString("order_id"), rs.getString("bot_id"),
				rs.getString("venue_trade_id"), rs.getString("symbol"), rs.getString("side"),
				plain(rs.getBigDecimal("price")), plain(rs.getBigDecimal("quantity")), plain(rs.getBigDecimal("fee")),
				rs.getString("fee_currency"), instant(rs, "filled_at"));
	}

	/** The value without the column's trailing zeros: 0.5, not 0.500000000000000000. */
	static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static @Nullable String cut(@Nullable String reason) {
		return (reason == null || reason.length() <= 500) ? reason : reason.substring(0, 497) + "...";
	}

	/** An order row with what only the runtime needs. */
	public record StoredOrder(TradingOrder order, UUID owner, @Nullable Integer decidedBar,
			@Nullable Integer canceledBar, @Nullable BigDecimal venueFilledQuantity) {
	}

}
