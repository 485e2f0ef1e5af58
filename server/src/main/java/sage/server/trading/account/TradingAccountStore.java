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

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.trading.AccountLimits;

/**
 * Trading accounts and their deposits in {@code trading_account} and
 * {@code trading_account_deposit}. Reads name the owner: another user's account id finds
 * nothing.
 */
@Repository
public class TradingAccountStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TradingAccountStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The account's pre-trade limits; none when never set. */
	public AccountLimits limits(String accountId) {
		String limits = this.jdbc.sql("select limits_json from trading_account where id = :id")
			.param("id", accountId)
			.query((rs, row) -> rs.getString("limits_json"))
			.optional()
			.orElse(null);
		return (limits != null) ? this.json.readValue(limits, AccountLimits.class) : AccountLimits.NONE;
	}

	/** Replaces the account's pre-trade limits. */
	public void saveLimits(String accountId, AccountLimits limits) {
		this.jdbc.sql("update trading_account set limits_json = :limits where id = :id")
			.param("id", accountId)
			.param("limits", limits.any() ? this.json.writeValueAsString(limits) : null)
			.update();
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

	/** Keeps a new live account; its credentials are in the vault already. */
	public void insertLive(StoredAccount account) {
		LiveKey key = java.util.Objects.requireNonNull(account.key(), "a live account has a key");
		this.jdbc.sql("""
				insert into trading_account (id, owner_id, name, venue, created_at, api_key_secret_id,
				    api_secret_secret_id, passphrase_secret_id, key_hint)
				values (:id, :owner, :name, :venue, :at, :apiKey, :secret, :passphrase, :hint)""")
			.param("id", account.id())
			.param("owner", account.owner().toString())
			.param("name", account.name())
			.param("venue", account.venue())
			.param("at", OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC))
			.param("apiKey", key.apiKeyId().toString())
			.param("secret", key.secretId().toString())
			.param("passphrase", (key.passphraseId() != null) ? key.passphraseId().toString() : null)
			.param("hint", key.hint())
			.update();
	}

	/** The ids of the owner's live accounts. */
	public java.util.Set<String> liveIdsOf(java.util.UUID owner) {
		return java.util.Set.copyOf(this.jdbc
			.sql("select id from trading_account where owner_id = :owner and api_key_secret_id is not null")
			.param("owner", owner.toString())
			.query(String.class)
			.list());
	}

	/** The live account with this id, whoever's it is (for the runtime). */
	public Optional<StoredAccount> findLive(String id) {
		return this.jdbc.sql("select * from trading_account where id = :id and api_key_secret_id is not null")
			.param("id", id)
			.query(TradingAccountStore::account)
			.optional();
	}

	/** Halts sending to the account's venue until {@code until}. */
	public void halt(String accountId, Instant until, String reason) {
		this.jdbc.sql("""
				update trading_account set halted_until = :until, halt_reason = :reason
				where id = :id and (halted_until is null or halted_until < :until)""")
			.param("id", accountId)
			.param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
			.param("reason", (reason.length() > 500) ? reason.substring(0, 500) : reason)
			.update();
	}

	/** Replaces the balances the venue last reported for the account. */
	public void saveBalances(String accountId, Map<String, BigDecimal> balances, Instant asOf) {
		this.jdbc.sql("delete from trading_account_balance where account_id = :id").param("id", accountId).update();
		balances.forEach((currency, amount) -> this.jdbc.sql("""
				insert into trading_account_balance (account_id, currency, amount, as_of)
				values (:id, :currency, :amount, :asOf)""")
			.param("id", accountId)
			.param("currency", currency)
			.param("amount", amount)
			.param("asOf", OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC))
			.update());
	}

	/** The balances the venue last reported, with when; empty when it never did. */
	public Optional<ReportedBalances> balances(String accountId) {
		Map<String, BigDecimal> amounts = new java.util.TreeMap<>();
		Instant[] asOf = new Instant[1];
		this.jdbc.sql("select currency, amount, as_of from trading_account_balance where account_id = :id")
			.param("id", accountId)
			.query((rs) -> {
				amounts.put(rs.getString("currency"), rs.getBigDecimal("amount"));
				asOf[0] = instant(rs, "as_of");
			});
		return (asOf[0] != null) ? Optional.of(new ReportedBalances(amounts, asOf[0])) : Optional.empty();
	}

	/**
	 * The ids of every live account that has orders still working at the venue, or ended
	 * with fills not read yet.
	 */
	public List<String> liveWithWorkingOrders() {
		return liveWithWorkingOrders(null);
	}

	/**
	 * The ids of {@code owner}'s live accounts (everyone's for null) with orders still
	 * working at the venue, or ended with fills not read yet.
	 */
	public List<String> liveWithWorkingOrders(@Nullable UUID owner) {
		if (owner != null) {
			return liveWithWorkingOrders(null).stream().filter((id) -> find(owner, id).isPresent()).toList();
		}
		return this.jdbc.sql("""
				select distinct a.id from trading_account a join trading_order o on o.account_id = a.id
				where a.api_key_secret_id is not null
				    and (o.state in ('NEW', 'SUBMITTED', 'PARTIALLY_FILLED', 'UNKNOWN')
				        or o.venue_filled_quantity > o.filled_quantity)""").query(String.class).list();
	}

	/**
	 * Balances as a venue reported them.
	 *
	 * @param amounts per asset, free plus locked
	 * @param asOf when the venue said so
	 */
	public record ReportedBalances(Map<String, BigDecimal> amounts, Instant asOf) {

		/** Copies the amounts. */
		public ReportedBalances {
			amounts = Map.copyOf(amounts);
		}

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
				account.createdAt(), account.key(), account.haltedUntil(), account.haltReason());
	}

	private static StoredAccount account(ResultSet rs, int row) throws SQLException {
		String apiKey = rs.getString("api_key_secret_id");
		String passphrase = rs.getString("passphrase_secret_id");
		LiveKey key = (apiKey != null)
				? new LiveKey(UUID.fromString(apiKey), UUID.fromString(rs.getString("api_secret_secret_id")),
						(passphrase != null) ? UUID.fromString(passphrase) : null, rs.getString("key_hint"))
				: null;
		OffsetDateTime halted = rs.getObject("halted_until", OffsetDateTime.class);
		return new StoredAccount(rs.getString("id"), UUID.fromString(rs.getString("owner_id")), rs.getString("name"),
				rs.getString("venue"), Map.of(), instant(rs, "created_at"), key,
				(halted != null) ? halted.toInstant() : null, rs.getString("halt_reason"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/**
	 * An account row with its deposits.
	 *
	 * @param key for a live account, where its credentials are in the vault; null for a
	 * paper account
	 * @param haltedUntil until when nothing may be sent to the venue (it banned this
	 * client); null when not halted
	 * @param haltReason why, as the venue said
	 */
	public record StoredAccount(String id, UUID owner, String name, String venue, Map<String, BigDecimal> deposits,
			Instant createdAt, @Nullable LiveKey key, @Nullable Instant haltedUntil, @Nullable String haltReason) {

		/** Copies the deposits, keeping their order. */
		public StoredAccount {
			deposits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deposits));
		}

		/** A paper account. */
		public StoredAccount(String id, UUID owner, String name, String venue, Map<String, BigDecimal> deposits,
				Instant createdAt) {
			this(id, owner, name, venue, deposits, createdAt, null, null, null);
		}

		/** Whether orders go to a real exchange. */
		public boolean live() {
			return this.key != null;
		}

	}

	/**
	 * Where a live account's credentials are kept: vault secret ids, never values.
	 *
	 * @param apiKeyId the vault id of the API key
	 * @param secretId the vault id of the API secret
	 * @param passphraseId the vault id of the passphrase, for venues that have one
	 * @param hint the key's first and last four characters, for its owner to recognise
	 */
	public record LiveKey(UUID apiKeyId, UUID secretId, @Nullable UUID passphraseId, String hint) {
	}

}
