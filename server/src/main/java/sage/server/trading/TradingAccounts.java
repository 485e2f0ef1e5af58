package sage.server.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.server.platform.ProblemException;
import sage.server.trading.account.TradingAccountStore;
import sage.server.trading.account.TradingAccountStore.StoredAccount;

/**
 * Trading accounts: a user opens paper accounts with virtual money per currency, and
 * reads their balances (deposits plus what the fills moved, less what running bots were
 * given). Another user's account id finds nothing.
 */
@Service
public class TradingAccounts {

	/** Most accounts one user keeps. */
	static final int MAX_ACCOUNTS = 20;

	static final BigDecimal MAX_DEPOSIT = new BigDecimal("1000000000000");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,12}");

	private final TradingAccountStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	TradingAccounts(TradingAccountStore store, ApplicationEventPublisher events, TransactionTemplate transaction,
			Clock clock) {
		this.store = store;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Opens a paper account with virtual deposits, audited.
	 * @throws ProblemException for a blank or long name, a name taken, no deposit, a
	 * malformed currency or an amount out of range
	 */
	public TradingAccount openPaper(UUID owner, String name, Map<String, BigDecimal> deposits) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > 60) {
			throw ProblemException.invalidField("name", "must be 1 to 60 characters");
		}
		if (deposits == null || deposits.isEmpty() || deposits.size() > 10) {
			throw ProblemException.invalidField("balances", "must give 1 to 10 currencies, e.g. {\"USD\": 10000}");
		}
		Map<String, BigDecimal> checked = new LinkedHashMap<>();
		for (String currency : new TreeSet<>(deposits.keySet())) {
			BigDecimal amount = deposits.get(currency);
			if (currency == null || !CURRENCY.matcher(currency).matches()) {
				throw ProblemException.invalidField("balances",
						"'" + currency + "' is not a currency code (2 to 12 capital letters or digits)");
			}
			if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_DEPOSIT) > 0
					|| amount.stripTrailingZeros().scale() > 8) {
				throw ProblemException.invalidField("balances." + currency,
						"must be more than 0 and at most 1000000000000, with at most 8 decimals");
			}
			checked.put(currency, amount.stripTrailingZeros());
		}
		StoredAccount account = new StoredAccount(UUID.randomUUID().toString(), owner, trimmed, "paper", checked,
				this.clock.instant());
		this.transaction.executeWithoutResult((status) -> {
			if (this.store.nameTaken(owner, trimmed)) {
				throw new ProblemException(TradingProblems.NAME_TAKEN,
						"You already have an account named '" + trimmed + "'.");
			}
			if (this.store.list(owner).size() >= MAX_ACCOUNTS) {
				throw ProblemException.invalidField("name", "you keep " + MAX_ACCOUNTS + " accounts already");
			}
			this.store.insert(account);
			this.events.publishEvent(
					new TradingEvent.AccountOpened(owner, account.id(), trimmed, checked, account.createdAt()));
		});
		return view(account);
	}

	/** The owner's accounts with their balances, oldest first. */
	public List<TradingAccount> list(UUID owner) {
		return this.store.list(owner).stream().map(this::view).toList();
	}

	/** The owner's account with this id. */
	public Optional<TradingAccount> find(UUID owner, String id) {
		return this.store.find(owner, id).map(this::view);
	}

	/** The problem for an account id the caller does not have. */
	public static ProblemException notFound(String id) {
		return new ProblemException(TradingProblems.TRADING_ACCOUNT_NOT_FOUND,
				"No trading account of yours has the id '" + id + "'.");
	}

	private TradingAccount view(StoredAccount account) {
		Map<String, BigDecimal> settled = this.store.moved(account.id(), false);
		Map<String, BigDecimal> trading = this.store.moved(account.id(), true);
		Map<String, BigDecimal> committed = this.store.committed(account.id());
		TreeSet<String> currencies = new TreeSet<>(account.deposits().keySet());
		currencies.addAll(settled.keySet());
		currencies.addAll(trading.keySet());
		List<TradingAccount.Balance> balances = new ArrayList<>();
		for (String currency : currencies) {
			BigDecimal deposited = account.deposits().getOrDefault(currency, BigDecimal.ZERO);
			BigDecimal free = deposited.add(settled.getOrDefault(currency, BigDecimal.ZERO));
			BigDecimal total = free.add(trading.getOrDefault(currency, BigDecimal.ZERO));
			BigDecimal given = committed.getOrDefault(currency, BigDecimal.ZERO);
			// a bot that can still trade holds its whole capital, whatever its fills
			// moved
			// inside it
			balances.add(new TradingAccount.Balance(currency, plain(deposited), plain(total), plain(given),
					plain(free.subtract(given).max(BigDecimal.ZERO))));
		}
		return new TradingAccount(account.id(), account.name(), account.venue(), balances, account.createdAt());
	}

	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
