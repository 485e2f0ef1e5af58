package sage.server.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.server.identity.IdentityProblems;
import sage.server.identity.SecretKind;
import sage.server.identity.SecretVault;
import sage.server.identity.SignedInUser;
import sage.server.platform.ProblemException;
import sage.server.trading.account.TradingAccountStore;
import sage.server.trading.account.TradingAccountStore.LiveKey;
import sage.server.trading.account.TradingAccountStore.ReportedBalances;
import sage.server.trading.account.TradingAccountStore.StoredAccount;
import sage.server.trading.venue.ExchangeVenue;
import sage.server.trading.venue.ExchangeVenues;
import sage.server.trading.venue.VenueCredentials;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueKeyPermissions;

/**
 * Trading accounts: a user opens paper accounts with virtual money per currency, and
 * reads their balances (deposits plus what the fills moved, less what running bots were
 * given). Another user's account id finds nothing.
 */
@Service
public class TradingAccounts {

	private static final Logger log = LoggerFactory.getLogger(TradingAccounts.class);

	/** Most accounts one user keeps. */
	static final int MAX_ACCOUNTS = 20;

	static final BigDecimal MAX_DEPOSIT = new BigDecimal("1000000000000");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z0-9]{2,12}");

	private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9_-]{2,32}");

	private final TradingAccountStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final SecretVault vault;

	private final ExchangeVenues venues;

	TradingAccounts(TradingAccountStore store, ApplicationEventPublisher events, TransactionTemplate transaction,
			Clock clock, SecretVault vault, ExchangeVenues venues) {
		this.store = store;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.vault = vault;
		this.venues = venues;
	}

	/**
	 * Connects a live exchange account. The key is asked what it may do before anything
	 * is stored: it must read and trade spot, and must not withdraw. Key, secret and
	 * passphrase go into the vault; the account keeps their ids and the key's first and
	 * last four characters. Needs a session that proved a second factor. Audited, without
	 * the key.
	 * @throws ProblemException {@code second-factor-required}, {@code invalid-request},
	 * {@code name-taken}, {@code exchange-key-rejected}, {@code exchange-key-permissions}
	 * or {@code venue-unavailable}
	 */
	public TradingAccount connectLive(SignedInUser user, String name, String venue, String apiKey, String secret,
			@Nullable String passphrase) {
		requireSecondFactor(user);
		String trimmed = checkName(name);
		if (venue == null || !this.venues.supports(venue)) {
			throw ProblemException.invalidField("venue",
					"must be paper or one of " + String.join(", ", ExchangeVenues.SUPPORTED));
		}
		String key = (apiKey != null) ? apiKey.strip() : "";
		String signing = (secret != null) ? secret.strip() : "";
		if (key.length() < SecretVault.MIN_LENGTH || key.length() > 256) {
			throw ProblemException.invalidField("apiKey", "must be the exchange's API key (8 to 256 characters)");
		}
		if (signing.length() < SecretVault.MIN_LENGTH || signing.length() > 256) {
			throw ProblemException.invalidField("apiSecret", "must be the exchange's API secret (8 to 256 characters)");
		}
		String phrase = (passphrase != null && !passphrase.isBlank()) ? passphrase.strip() : null;
		if (ExchangeVenues.WITH_PASSPHRASE.contains(venue)
				&& (phrase == null || phrase.length() < SecretVault.MIN_LENGTH || phrase.length() > 256)) {
			throw ProblemException.invalidField("passphrase",
					venue + " keys come with a passphrase (8 to 256 characters): give the key's");
		}
		if (!ExchangeVenues.WITH_PASSPHRASE.contains(venue)) {
			phrase = null;
		}
		if (this.store.nameTaken(user.id(), trimmed)) {
			throw nameTaken(trimmed);
		}
		String givenPhrase = phrase;
		ExchangeVenue trial = this.venues.trial(venue, new VenueCredentials(key, signing, givenPhrase));
		VenueKeyPermissions permissions;
		Map<String, BigDecimal> balances;
		try {
			permissions = trial.keyPermissions();
			if (!permissions.canRead() || !permissions.canTrade()) {
				throw new ProblemException(TradingProblems.EXCHANGE_KEY_PERMISSIONS,
						"The key cannot " + (permissions.canRead() ? "trade spot" : "read the account") + " on " + venue
								+ ". Make a key with reading and spot trading enabled.");
			}
			if (permissions.canWithdraw()) {
				throw new ProblemException(TradingProblems.EXCHANGE_KEY_PERMISSIONS, "The key can withdraw funds on "
						+ venue + ". Sage never withdraws: make a key with withdrawals disabled.");
			}
			balances = trial.balances();
		}
		catch (VenueException ex) {
			throw venueProblem(venue, ex);
		}
		Instant now = this.clock.instant();
		String id = UUID.randomUUID().toString();
		String hint = hint(key);
		StoredAccount[] connected = new StoredAccount[1];
		this.transaction.executeWithoutResult((status) -> {
			if (this.store.nameTaken(user.id(), trimmed)) {
				throw nameTaken(trimmed);
			}
			if (this.store.list(user.id()).size() >= MAX_ACCOUNTS) {
				throw ProblemException.invalidField("name", "you keep " + MAX_ACCOUNTS + " accounts already");
			}
			UUID keyId = this.vault.store(user.id(), SecretKind.EXCHANGE_API_KEY, label(trimmed, "API key"), key).id();
			UUID secretId = this.vault
				.store(user.id(), SecretKind.EXCHANGE_API_SECRET, label(trimmed, "API secret"), signing)
				.id();
			UUID phraseId = (givenPhrase != null) ? this.vault
				.store(user.id(), SecretKind.EXCHANGE_PASSPHRASE, label(trimmed, "passphrase"), givenPhrase)
				.id() : null;
			StoredAccount account = new StoredAccount(id, user.id(), trimmed, venue, Map.of(), now,
					new LiveKey(keyId, secretId, phraseId, hint), null, null);
			this.store.insertLive(account);
			this.store.saveBalances(id, balances, now);
			this.events.publishEvent(new TradingEvent.AccountConnected(user.id(), id, trimmed, venue, hint,
					permissions.ipRestricted(), now));
			connected[0] = account;
		});
		return view(connected[0]);
	}

	/**
	 * Replaces a live account's pre-trade limits, audited with the old and the new.
	 * Loosening them adds risk, so it needs a session that proved a second factor.
	 * @throws ProblemException {@code trading-account-not-found},
	 * {@code account-not-live}, {@code second-factor-required}, {@code invalid-request}
	 */
	public TradingAccount setLimits(SignedInUser user, String id, AccountLimits limits) {
		StoredAccount account = this.store.find(user.id(), id).orElseThrow(() -> notFound(id));
		if (!account.live()) {
			throw new ProblemException(TradingProblems.ACCOUNT_NOT_LIVE,
					"'" + account.name() + "' is a paper account: its bots carry their own limits.");
		}
		requireSecondFactor(user);
		try {
			limits.riskLimits();
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField("limits", ex.getMessage());
		}
		for (String symbol : limits.allowedSymbols()) {
			if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
				throw ProblemException.invalidField("allowedSymbols",
						"'" + symbol + "' is not an exchange symbol (2 to 32 letters, digits, - or _)");
			}
		}
		this.transaction.executeWithoutResult((status) -> {
			AccountLimits before = this.store.limits(id);
			this.store.saveLimits(id, limits);
			this.events
				.publishEvent(new TradingEvent.AccountLimitsSet(user.id(), id, before, limits, this.clock.instant()));
		});
		return view(this.store.find(user.id(), id).orElseThrow());
	}

	/**
	 * The client of a live account, made from its vault credentials on first use.
	 * @throws ProblemException {@code account-not-live} for a paper account,
	 * {@code secret-not-found} when its owner deleted a credential from the vault
	 */
	ExchangeVenue venueOf(StoredAccount account) {
		LiveKey key = account.key();
		if (key == null) {
			throw new ProblemException(TradingProblems.ACCOUNT_NOT_LIVE,
					"The account '" + account.name() + "' is a paper account; paper accounts trade through bots.");
		}
		return this.venues.of(account.id(), account.venue(), () -> {
			String apiKey = this.vault.reveal(account.owner(), key.apiKeyId()).value();
			String secret = this.vault.reveal(account.owner(), key.secretId()).value();
			String passphrase = (key.passphraseId() != null)
					? this.vault.reveal(account.owner(), key.passphraseId()).value() : null;
			return new VenueCredentials(apiKey, secret, passphrase);
		});
	}

	/** The problem for a venue failure met while serving a request. */
	static ProblemException venueProblem(String venue, VenueException ex) {
		VenueFailure failure = ex.failure();
		return switch (failure.kind()) {
			case AUTH -> new ProblemException(TradingProblems.EXCHANGE_KEY_REJECTED,
					venue + " refused the key: " + failure.message());
			case RATE_LIMITED, BANNED -> {
				long seconds = (failure.until() != null)
						? Math.max(1, java.time.Duration.between(Instant.now(), failure.until()).toSeconds() + 1) : 60;
				yield new ProblemException(TradingProblems.VENUE_HALTED,
						venue + " is " + ((failure.kind() == VenueFailure.Kind.BANNED) ? "banning" : "rate limiting")
								+ " this client; nothing is sent before " + failure.until() + ".",
						List.of(), Map.of(ProblemException.RETRY_AFTER_SECONDS, seconds));
			}
			case FILTER_FAILURE -> ProblemException.invalidField("symbol", failure.message());
			default -> new ProblemException(TradingProblems.VENUE_UNAVAILABLE,
					venue + " could not be asked: " + failure.message());
		};
	}

	static void requireSecondFactor(SignedInUser user) {
		if (!user.secondFactorVerified()) {
			throw new ProblemException(IdentityProblems.SECOND_FACTOR_REQUIRED,
					"Live trading needs a session that proved a second factor: enable two-factor sign-in and sign "
							+ "in again. API keys cannot trade on live accounts.");
		}
	}

	private static String hint(String key) {
		return (key.length() >= 12) ? key.substring(0, 4) + "…" + key.substring(key.length() - 4) : "…";
	}

	private static String label(String account, String what) {
		String label = "Trading account " + account + ": " + what;
		return (label.length() > 100) ? label.substring(0, 100) : label;
	}

	private static ProblemException nameTaken(String name) {
		return new ProblemException(TradingProblems.NAME_TAKEN, "You already have an account named '" + name + "'.");
	}

	private static String checkName(@Nullable String name) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > 60) {
			throw ProblemException.invalidField("name", "must be 1 to 60 characters");
		}
		return trimmed;
	}

	/**
	 * Opens a paper account with virtual deposits, audited.
	 * @throws ProblemException for a blank or long name, a name taken, no deposit, a
	 * malformed currency or an amount out of range
	 */
	public TradingAccount openPaper(UUID owner, String name, Map<String, BigDecimal> deposits) {
		String trimmed = checkName(name);
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
				throw nameTaken(trimmed);
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

	/**
	 * The owner's account with this id, a live one with its balances asked of the
	 * exchange (the last reported ones, with their time, when it cannot be asked).
	 */
	public Optional<TradingAccount> findFresh(UUID owner, String id) {
		Optional<StoredAccount> found = this.store.find(owner, id);
		found.filter(StoredAccount::live).ifPresent(this::refreshBalances);
		return found.map(this::view);
	}

	/**
	 * Asks the exchange for the account's balances and keeps them; false if it could not.
	 */
	boolean refreshBalances(StoredAccount account) {
		try {
			Map<String, BigDecimal> balances = venueOf(account).balances();
			this.transaction.executeWithoutResult(
					(status) -> this.store.saveBalances(account.id(), balances, this.clock.instant()));
			return true;
		}
		catch (VenueException | ProblemException ex) {
			log.info("Balances of account {} not refreshed: {}", account.id(), ex.getMessage());
			return false;
		}
	}

	private TradingAccount view(StoredAccount account) {
		if (account.live()) {
			Optional<ReportedBalances> reported = this.store.balances(account.id());
			List<TradingAccount.Balance> balances = new ArrayList<>();
			reported.ifPresent((r) -> new java.util.TreeMap<>(r.amounts()).forEach((currency, amount) -> balances
				.add(new TradingAccount.Balance(currency, null, plain(amount), BigDecimal.ZERO, plain(amount)))));
			LiveKey key = account.key();
			return new TradingAccount(account.id(), account.name(), account.venue(), balances, account.createdAt(),
					true, (key != null) ? key.hint() : null, reported.map(ReportedBalances::asOf).orElse(null),
					haltedNow(account), this.store.limits(account.id()));
		}
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
		return new TradingAccount(account.id(), account.name(), account.venue(), balances, account.createdAt(), false,
				null, null, null, null);
	}

	private @Nullable Instant haltedNow(StoredAccount account) {
		Instant until = account.haltedUntil();
		return (until != null && until.isAfter(this.clock.instant())) ? until : null;
	}

	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
