package sage.server.trading.account;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Trading accounts and their deposits in {@code trading_account} and
 * {@code trading_account_deposit}. Reads name the owner: another user's account id finds
 * nothing.
 */
@Repository
public class TradingAccountStore {

	private final JdbcClient jdbc;

	TradingAccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a new account with its deposits. */
	public void insert(StoredAccount account) {
		this.jdbc.sql("""
				insert into trading_account (id, owner_id, name, venue, created_at)
				values (:id, :owner, :name, :venue, :at)""")
			.param("id", account.id())
			.param("owner", account.owner().toString())
			.param("name", account.name())
			.param("venue", account.venue())
			.param("at", OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC))
			.update();
		account.deposits()
			.forEach((currency, amount) -> this.jdbc.sql(
					"insert into trading_account_deposit (account_id, currency, amount) values (:id, :currency, :amount)")
				.param("id", account.id())
				.param("currency", currency)
				.param("amount", amount)
				.update());
	}

	/** Whether {@code owner} has an account named {@code name}. */
	public boolean nameTaken(UUID owner, String name) {
		return this.jdbc.sql("select count(*) from trading_account where owner_id = :owner and name = :name")
			.param("owner", owner.toString())
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	/** The owner's accounts, oldest first. */
	public List<StoredAccount> list(UUID owner) {
		List<StoredAccount> accounts = this.jdbc
			.sql("select * from trading_account where owner_id = :owner order by created_at, id")
			.param("owner", owner.toString())
			.query(TradingAccountStore::account)
			.list();
		return accounts.stream().map(this::withDeposits).toList();
	}

	/** The account with this id, if {@code owner} owns it. */
	public Optional<StoredAccount> find(UUID owner, String id) {
		return this.jdbc.sql("select * from trading_account where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.query(TradingAccountStore::account)
			.optional()
			.map(this::withDeposits);
	}

	/**
	 * What fills on the account moved, per currency or asset: the quote currency pays for
	 * buys and fees and gets sales; the instrument's asset comes and goes with the
	 * quantity.
	 * @param ofActiveBots the fills of bots that can still trade (their capital is
	 * committed as a whole), or the others
	 */
	public Map<String, BigDecimal> moved(String accountId, boolean ofActiveBots) {
		Map<String, BigDecimal> moved = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select f.symbol, f.side, f.price, f.quantity, f.fee, f.fee_currency
					from trading_fill f left join trading_bot b on b.id = f.bot_id
					where f.account_id = :id""" + (ofActiveBots ? " and " : " and not ")
					+ "(b.state is not null and b.state in ('NEW', 'RUNNING', 'PAUSED')) order by f.filled_at, f.id")
			.param("id", accountId)
			.query((rs) -> {
				BigDecimal quantity = rs.getBigDecimal("quantity");
				BigDecimal value = rs.getBigDecimal("price").multiply(quantity);
				boolean buy = rs.getString("side").equals("BUY");
				String quote = rs.getString("fee_currency");
				String asset = AccountAssets.assetOf(rs.getString("symbol"));
				moved.merge(quote, buy ? value.negate() : value, BigDecimal::add);
				moved.merge(quote, rs.getBigDecimal("fee").negate(), BigDecimal::add);
				moved.merge(asset, buy ? quantity : quantity.negate(), BigDecimal::add);
			});
		return moved;
	}

	/**
	 * The capital given to the account's bots that can still trade (new, running,
	 * paused), per currency.
	 */
	public Map<String, BigDecimal> committed(String accountId) {
		Map<String, BigDecimal> committed = new LinkedHashMap<>();
		this.jdbc.sql("""
				select currency, capital from trading_bot
				where account_id = :id and state in ('NEW', 'RUNNING', 'PAUSED')""")
			.param("id", accountId)
			.query((rs) -> {
				committed.merge(rs.getString("currency"), rs.getBigDecimal("capital"), BigDecimal::add);
			});
		return committed;
	}

	private StoredAccount withDeposits(StoredAccount account) {
		Map<String, BigDecimal> deposits = new LinkedHashMap<>();
		this.jdbc.sql("select currency, amount from trading_account_deposit where account_id = :id order by currency")
			.param("id", account.id())
			.query((rs) -> {
				deposits.put(rs.getString("currency"), rs.getBigDecimal("amount").stripTrailingZeros());
			});
		return new StoredAccount(account.id(), account.owner(), account.name(), account.venue(), deposits,
				account.createdAt());
	}

	private static StoredAccount account(ResultSet rs, int row) throws SQLException {
		return new StoredAccount(rs.getString("id"), UUID.fromString(rs.getString("owner_id")), rs.getString("name"),
				rs.getString("venue"), Map.of(), instant(rs, "created_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** An account row with its deposits. */
	public record StoredAccount(String id, UUID owner, String name, String venue, Map<String, BigDecimal> deposits,
			Instant createdAt) {

		/** Copies the deposits, keeping their order. */
		public StoredAccount {
			deposits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deposits));
		}

	}

}
