package sage.server.trading;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.engine.pretrade.Exposure;
import sage.engine.pretrade.MaxOrderNotional;
import sage.engine.pretrade.PreTradeCheck;
import sage.engine.pretrade.RiskBreach;
import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;
import sage.server.identity.SignedInUser;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;
import sage.server.trading.account.TradingAccountStore;
import sage.server.trading.account.TradingAccountStore.StoredAccount;
import sage.server.trading.order.OrderIntent;
import sage.server.trading.order.OrderReport;
import sage.server.trading.order.OrderStore;
import sage.server.trading.order.OrderStore.PlacedRequest;
import sage.server.trading.order.OrderStore.StoredOrder;
import sage.server.trading.order.StoredFill;
import sage.server.trading.order.TrackedOrder;
import sage.server.trading.venue.ExchangeVenue;
import sage.server.trading.venue.OrderType;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueInstrument;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderRequest;

/**
 * Orders placed by hand on live exchange accounts, and keeping every live order in step
 * with its exchange.
 *
 * <p>
 * An order's intent is committed, under a new client order id, before the exchange hears
 * of it; then it is sent once. An answer that never came makes it {@code UNKNOWN}, and it
 * is resolved by looking the client order id up at the exchange, never by sending it
 * again. Everything the exchange reports (answers, lookups, open orders, trades) is
 * folded into the order by {@link TrackedOrder}, whatever order it comes in and however
 * often: fills are kept once per trade id, and states never go back. Orders the exchange
 * has that Sage did not place are imported and flagged.
 *
 * <p>
 * Live trading needs a session that proved a second factor; API keys cannot trade live.
 */
@Service
public class LiveOrders {

	private static final Logger log = LoggerFactory.getLogger(LiveOrders.class);

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9_-]{2,32}");

	/** How long an instrument's rules are kept before they are asked again. */
	private static final Duration INSTRUMENT_TTL = Duration.ofHours(1);

	/** Binance reads trades at most 30 days back; ask for a little less. */
	private static final Duration FILL_LOOKBACK = Duration.ofDays(29);

	private final TradingAccounts accounts;

	private final TradingAccountStore accountStore;

	private final OrderStore orders;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Map<String, Cached> instruments = new ConcurrentHashMap<>();

	/** Per account and symbol, up to when this node has read the venue's trades. */
	private final Map<String, Instant> fillsReadUpTo = new ConcurrentHashMap<>();

	private final Duration staleIntent;

	private final CrashPoint crashPoint;

	/**
	 * @param staleIntent how old a NEW order must be before the poller looks it up: older
	 * than any request still sending it, so the node that committed it stopped before it
	 * could tell the outcome
	 * @param crashPoint where to hold for a kill -9 test
	 * ({@code sage.trading.live.crash-point}; empty in use)
	 */
	LiveOrders(TradingAccounts accounts, TradingAccountStore accountStore, OrderStore orders,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
			@Value("${sage.trading.live.stale-intent:60s}") Duration staleIntent,
			@Value("${sage.trading.live.crash-point:}") String crashPoint) {
		this.accounts = accounts;
		this.accountStore = accountStore;
		this.orders = orders;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.staleIntent = staleIntent;
		this.crashPoint = CrashPoint.named(crashPoint);
	}

	/**
	 * Places an order by hand. With an Idempotency-Key, the same key again (even at the
	 * same moment) places nothing more and answers with the order the first request
	 * placed, as it stands now.
	 * @return the order, and whether it was placed by an earlier request
	 * @throws ProblemException {@code invalid-request},
	 * {@code trading-account-not-found}, {@code account-not-live},
	 * {@code second-factor-required}, {@code idempotency-key-reused},
	 * {@code venue-halted}, {@code venue-unavailable}
	 */
	public PlacedOrder place(SignedInUser user, OrderTicket ticket, @Nullable String idempotencyKey) {
		Checked checked = check(ticket);
		if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
			throw ProblemException.invalidField("Idempotency-Key",
					"must be 1 to 100 letters, digits or _ . : - (a UUID is a good key)");
		}
		String hash = hash(checked);
		if (idempotencyKey != null) {
			Optional<PlacedOrder> earlier = replay(user.id(), idempotencyKey, hash);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		StoredAccount account = this.accountStore.find(user.id(), checked.accountId())
			.orElseThrow(() -> TradingAccounts.notFound(checked.accountId()));
		if (!account.live()) {
			throw new ProblemException(TradingProblems.ACCOUNT_NOT_LIVE,
					"'" + account.name() + "' is a paper account: paper accounts trade through bots.");
		}
		TradingAccounts.requireSecondFactor(user);
		requireNotHalted(account);
		ExchangeVenue venue = this.accounts.venueOf(account);
		VenueInstrument instrument = instrument(venue, checked.symbol());
		VenueOrderRequest request = rounded(checked, instrument, newClientOrderId());

		Instant now = this.clock.instant();
		String orderId = UUID.randomUUID().toString();
		Optional<RiskBreach> breach = preTradeCheck(account, request);
		String refusal = breach.map((b) -> b.rule() + ": " + b.reason()).orElse(null);
		OrderIntent intent = new OrderIntent(orderId, user.id(), account.id(), null, request.clientOrderId(),
				request.symbol(), request.side().name(), request.type().name(), request.quantity(), request.price(),
				null, request.timeInForce().name(), false, breach.isPresent() ? OrderState.REJECTED : OrderState.NEW,
				refusal, null, now);
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.orders.insert(intent);
				if (idempotencyKey != null) {
					this.orders.insertRequest(user.id(), idempotencyKey, hash, orderId, now);
				}
				if (refusal != null) {
					this.events.publishEvent(new TradingEvent.OrderEnded(user.id(), orderId, request.clientOrderId(),
							null, OrderState.REJECTED, refusal, now));
				}
				else {
					this.events.publishEvent(new TradingEvent.OrderPlaced(user.id(), orderId, request.clientOrderId(),
							account.id(), null, request.symbol(), request.side().name(), request.type().name(),
							request.quantity(), request.price(), now));
				}
			});
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
			// another request under the same key committed first: answer with its order
			if (idempotencyKey != null) {
				Optional<PlacedOrder> earlier = replay(user.id(), idempotencyKey, hash);
				if (earlier.isPresent()) {
					return earlier.get();
				}
			}
			throw ex;
		}

		if (refusal != null) {
			// refused by the account's limits: kept, audited, never sent
			return new PlacedOrder(view(user.id(), orderId), false);
		}
		this.crashPoint.reached(CrashPoint.AFTER_INTENT_COMMIT);
		SubmitResult result = venue.submit(request);
		this.crashPoint.reached(CrashPoint.AFTER_ACK);
		applySubmit(account, orderId, result);
		if (result instanceof SubmitResult.OutcomeUnknown) {
			resolve(account, venue, orderId);
		}
		return new PlacedOrder(view(user.id(), orderId), false);
	}

	/**
	 * Cancels a working order by hand. An order the exchange no longer has working is
	 * looked up instead: it may have filled meanwhile.
	 * @throws ProblemException {@code order-not-found}, {@code order-not-cancelable},
	 * {@code second-factor-required}, {@code venue-halted}, {@code venue-unavailable}
	 */
	public TradingOrder cancel(SignedInUser user, String orderId) {
		StoredOrder stored = this.orders.find(user.id(), orderId).orElseThrow(() -> notFound(orderId));
		TradingOrder order = stored.order();
		if (order.botId() != null) {
			throw new ProblemException(TradingProblems.ORDER_NOT_CANCELABLE,
					"The order is bot " + order.botId() + "'s: stop or pause the bot instead.");
		}
		if (order.imported()) {
			// the exchange knows it by a client order id Sage did not give it
			throw new ProblemException(TradingProblems.ORDER_NOT_CANCELABLE,
					"The order was placed outside Sage; cancel it where it was placed.");
		}
		if (!order.state().isOpen()) {
			throw new ProblemException(TradingProblems.ORDER_NOT_CANCELABLE,
					"The order is " + order.state()
							+ ((order.state() == OrderState.UNKNOWN || order.state() == OrderState.NEW)
									? ": its outcome at the exchange is being looked up; cancel it once it is known."
									: "."));
		}
		StoredAccount account = this.accountStore.find(user.id(), order.accountId())
			.orElseThrow(() -> notFound(orderId));
		TradingAccounts.requireSecondFactor(user);
		requireNotHalted(account);
		ExchangeVenue venue = this.accounts.venueOf(account);
		try {
			cancelAtVenue(account, venue, order);
		}
		catch (VenueException ex) {
			haltOn(account, ex.failure());
			throw TradingAccounts.venueProblem(account.venue(), ex);
		}
		return view(user.id(), orderId);
	}

	/**
	 * The kill switch's part: asks the exchanges to cancel every working order placed by
	 * hand, of {@code owner} (of everyone for null). No second factor is asked:
	 * cancelling only takes risk off. An order the exchange no longer has working is
	 * looked up instead; one whose exchange fails is left working and counted.
	 * @return how many were cancelled (or found done), and how many are left working
	 */
	public Cancelled cancelAllWorking(@Nullable UUID owner) {
		int canceled = 0;
		int left = 0;
		for (String accountId : this.accountStore.liveWithWorkingOrders(owner)) {
			StoredAccount account = this.accountStore.findLive(accountId).orElseThrow();
			for (StoredOrder stored : this.orders.workingOnAccount(accountId)) {
				TradingOrder order = stored.order();
				if (!order.state().isOpen() || order.imported()) {
					left += order.state().isFinal() ? 0 : 1;
					continue;
				}
				try {
					cancelAtVenue(account, this.accounts.venueOf(account), order);
					canceled++;
				}
				catch (VenueException | ProblemException ex) {
					log.warn("Kill switch: order {} of account {} not cancelled: {}", order.clientOrderId(), accountId,
							ex.getMessage());
					left++;
				}
			}
		}
		return new Cancelled(canceled, left);
	}

	/**
	 * Asks the venue to cancel a working order and applies what it answers; an order the
	 * venue no longer has working is looked up instead (it may have filled).
	 * @throws VenueException when the venue could not be asked, or refused for another
	 * reason
	 */
	private void cancelAtVenue(StoredAccount account, ExchangeVenue venue, TradingOrder order) {
		try {
			VenueOrder canceled = venue.cancel(order.symbol(), order.clientOrderId());
			apply(account, order.id(), List.of(new OrderReport.Status(canceled)));
		}
		catch (VenueException ex) {
			if (ex.kind() != VenueFailure.Kind.UNKNOWN_ORDER) {
				throw ex;
			}
			resolve(account, venue, order.id());
		}
	}

	/**
	 * Sends a live bot's order by the same path as an order placed by hand: rounded to
	 * the exchange's lot and tick, checked against its minimums and the account's limits,
	 * its intent committed under the bot's client order id, then sent once; no answer
	 * makes it {@code UNKNOWN}, looked up, never sent again. Every refusal is kept
	 * {@code REJECTED} with its reason, so that each of the bot's submission numbers has
	 * its row.
	 * @param breach what the bot's own pre-trade check found, if anything
	 * @param guard runs inside the intent's transaction, after the bot's row is locked;
	 * throws when the bot no longer runs on this node, and then nothing is kept
	 * @return {@code null} when the order went out (taken, or its answer being looked
	 * up), or why it was refused
	 */
	public @Nullable String placeForBot(BotOrder order, @Nullable RiskBreach breach, Runnable guard) {
		String refusal = (breach != null) ? breach.rule() + ": " + breach.reason() : null;
		StoredAccount account = this.accountStore.findLive(order.accountId()).orElse(null);
		ExchangeVenue venue = null;
		VenueOrderRequest request = null;
		if (refusal == null) {
			try {
				if (account == null) {
					throw new ProblemException(TradingProblems.ACCOUNT_NOT_LIVE, "the account is no longer live");
				}
				requireNotHalted(account);
				venue = this.accounts.venueOf(account);
				request = rounded(checked(order), instrument(venue, order.symbol()), order.clientOrderId());
				refusal = preTradeCheck(account, request).map((b) -> b.rule() + ": " + b.reason()).orElse(null);
			}
			catch (ProblemException ex) {
				refusal = ex.getMessage();
			}
		}
		Instant now = this.clock.instant();
		String orderId = UUID.randomUUID().toString();
		String kept = refusal;
		BigDecimal quantity = (request != null) ? request.quantity() : order.quantity();
		BigDecimal price = (request != null) ? request.price() : order.limitPrice();
		OrderIntent intent = new OrderIntent(orderId, order.owner(), order.accountId(), order.botId(),
				order.clientOrderId(), order.symbol(), order.side().name(), order.type(), quantity, price,
				order.stopPrice(), order.timeInForce().name(), order.reduceOnly(),
				(kept != null) ? OrderState.REJECTED : OrderState.NEW, kept, order.decidedBar(), now);
		this.transaction.executeWithoutResult((status) -> {
			guard.run();
			this.orders.insert(intent);
			if (breach != null) {
				this.events.publishEvent(new TradingEvent.RiskLimitHit(order.owner(), order.botId(), breach.rule(),
						breach.reason(), breach.stopsTrading(), now));
			}
			if (kept != null) {
				this.events.publishEvent(new TradingEvent.OrderEnded(order.owner(), orderId, order.clientOrderId(),
						order.botId(), OrderState.REJECTED, kept, now));
			}
			else {
				this.events.publishEvent(new TradingEvent.OrderPlaced(order.owner(), orderId, order.clientOrderId(),
						order.accountId(), order.botId(), order.symbol(), order.side().name(), order.type(), quantity,
						price, now));
			}
		});
		if (kept != null || account == null || venue == null || request == null) {
			return kept;
		}
		this.crashPoint.reached(CrashPoint.AFTER_INTENT_COMMIT);
		SubmitResult result = venue.submit(request);
		this.crashPoint.reached(CrashPoint.AFTER_ACK);
		applySubmit(account, orderId, result);
		if (result instanceof SubmitResult.OutcomeUnknown) {
			resolve(account, venue, orderId);
		}
		TradingOrder after = this.orders.findByClientOrderId(order.clientOrderId()).orElseThrow().order();
		return (after.state() == OrderState.REJECTED) ? after.reason() : null;
	}

	/**
	 * Asks the exchange to cancel a live bot's working order.
	 * @return whether it was cancelled, or found ended already
	 */
	public boolean cancelForBot(String accountId, String clientOrderId) {
		Optional<StoredAccount> account = this.accountStore.findLive(accountId);
		Optional<StoredOrder> stored = this.orders.findByClientOrderId(clientOrderId);
		if (account.isEmpty() || stored.isEmpty() || !stored.get().order().accountId().equals(accountId)) {
			return false;
		}
		try {
			cancelAtVenue(account.get(), this.accounts.venueOf(account.get()), stored.get().order());
			return true;
		}
		catch (VenueException | ProblemException ex) {
			log.warn("Order {} of account {} not cancelled: {}", clientOrderId, accountId, ex.getMessage());
			return false;
		}
	}

	/**
	 * Cancels every working order of a live bot at its exchange: when it stops, and
	 * before it starts again.
	 * @return how many were cancelled (or found ended), and how many are left working
	 */
	public Cancelled cancelWorkingOfBot(String accountId, String botId) {
		int canceled = 0;
		int left = 0;
		for (StoredOrder stored : this.orders.workingOnAccount(accountId)) {
			TradingOrder order = stored.order();
			if (!botId.equals(order.botId())) {
				continue;
			}
			if (!order.state().isOpen() && order.state() != OrderState.NEW && order.state() != OrderState.UNKNOWN) {
				continue;
			}
			if (order.state() == OrderState.NEW
					&& order.createdAt().isAfter(this.clock.instant().minus(this.staleIntent))) {
				// may be on its way to the exchange this moment: asking to cancel it now
				// could find nothing, end it "never arrived", and miss it arriving
				left++;
				continue;
			}
			if (cancelForBot(accountId, order.clientOrderId())) {
				canceled++;
			}
			else {
				left++;
			}
		}
		return new Cancelled(canceled, left);
	}

	/**
	 * When the bot's newest unsent intent becomes stale: until then it may still be on
	 * its way to the exchange from a node that stopped running the bot, and is neither
	 * looked up nor cancelled. Now when there is none.
	 */
	public Instant intentsSettleAt(String accountId, String botId) {
		Instant settled = this.clock.instant();
		for (StoredOrder stored : this.orders.workingOnAccount(accountId)) {
			TradingOrder order = stored.order();
			if (botId.equals(order.botId()) && order.state() == OrderState.NEW) {
				Instant stale = order.createdAt().plus(this.staleIntent);
				settled = stale.isAfter(settled) ? stale : settled;
			}
		}
		return settled;
	}

	/**
	 * The exchange's tick, lot and minimums for a live account's symbol, as the bot's
	 * strategy rounds by them.
	 * @throws ProblemException when the exchange cannot be asked or does not list it
	 */
	public VenueInstrument instrumentOf(String accountId, String symbol) {
		StoredAccount account = this.accountStore.findLive(accountId)
			.orElseThrow(() -> new ProblemException(TradingProblems.ACCOUNT_NOT_LIVE, "the account is not live"));
		return instrument(this.accounts.venueOf(account), symbol);
	}

	/**
	 * A live bot's order, as its strategy submitted it.
	 *
	 * @param symbol the exchange's spelling
	 * @param type {@code MARKET} or {@code LIMIT}; a stop order is refused
	 * @param decidedBar the bar (counted from the bot's start) it was decided at
	 */
	public record BotOrder(UUID owner, String botId, String accountId, String clientOrderId, String symbol, Side side,
			String type, BigDecimal quantity, @Nullable BigDecimal limitPrice, @Nullable BigDecimal stopPrice,
			TimeInForce timeInForce, boolean reduceOnly, int decidedBar) {
	}

	private static Checked checked(BotOrder order) {
		OrderType type = switch (order.type()) {
			case "MARKET" -> OrderType.MARKET;
			case "LIMIT" -> OrderType.LIMIT;
			default -> throw ProblemException.invalidField("type",
					"a " + order.type() + " order is not sent to exchanges by bots: only MARKET and LIMIT are");
		};
		return new Checked(order.accountId(), order.symbol(), order.side(), type, order.quantity(),
				(type == OrderType.LIMIT) ? order.limitPrice() : null, order.timeInForce());
	}

	/** The owner's order with this id. */
	public TradingOrder get(UUID owner, String orderId) {
		return view(owner, orderId);
	}

	/**
	 * Brings every live account's working orders in step with its exchange: one round of
	 * the poller. An account whose exchange fails is skipped until the next round.
	 */
	public void syncAll() {
		for (String accountId : this.accountStore.liveWithWorkingOrders()) {
			try {
				sync(accountId);
			}
			catch (RuntimeException ex) {
				log.warn("Live orders of account {} not brought in step this round: {}", accountId, ex.getMessage());
			}
		}
	}

	/**
	 * Brings one live account's working orders in step with its exchange.
	 * @throws VenueException when the exchange could not be asked
	 */
	public void sync(String accountId) {
		this.accountStore.findLive(accountId).ifPresent((account) -> syncAccount(account, null));
	}

	/**
	 * Brings one live account in step with its exchange, and reads its open orders and
	 * recent trades on {@code symbol} even when Sage knows no working order there: what a
	 * bot does before it trades the symbol, so that orders placed elsewhere are imported
	 * and fills made while it was down are read.
	 * @throws VenueException when the exchange could not be asked
	 */
	public void sync(String accountId, String symbol) {
		this.accountStore.findLive(accountId).ifPresent((account) -> syncAccount(account, symbol));
	}

	/**
	 * One account's round: every working order is looked at, the exchange's open orders
	 * and its recent trades are read, and what Sage did not know is imported.
	 */
	private void syncAccount(StoredAccount account, @Nullable String alsoSymbol) {
		Instant now = this.clock.instant();
		if (account.haltedUntil() != null && account.haltedUntil().isAfter(now)) {
			return;
		}
		ExchangeVenue venue = this.accounts.venueOf(account);
		List<StoredOrder> working = this.orders.workingOnAccount(account.id());
		Set<String> symbols = new java.util.TreeSet<>();
		working.forEach((order) -> symbols.add(order.order().symbol()));
		if (alsoSymbol != null) {
			symbols.add(alsoSymbol);
		}
		try {
			for (String symbol : symbols) {
				syncSymbol(account, venue, symbol,
						working.stream().filter((order) -> order.order().symbol().equals(symbol)).toList(), now);
			}
		}
		catch (VenueException ex) {
			haltOn(account, ex.failure());
			throw ex;
		}
	}

	private void syncSymbol(StoredAccount account, ExchangeVenue venue, String symbol, List<StoredOrder> working,
			Instant now) {
		Set<String> open = new java.util.HashSet<>();
		for (VenueOrder order : venue.openOrders(symbol)) {
			open.add(order.clientOrderId());
			open.add("venue:" + order.venueOrderId());
			Optional<StoredOrder> known = known(account, order);
			if (known.isPresent()) {
				apply(account, known.get().order().id(), List.of(new OrderReport.Status(order)));
			}
			else {
				importOrder(account, order);
			}
		}
		for (StoredOrder order : working) {
			boolean unsent = order.order().state() == OrderState.NEW;
			if (open.contains(order.order().clientOrderId()) || open.contains("venue:" + order.order().venueOrderId())
					|| (unsent && order.order().createdAt().isAfter(now.minus(this.staleIntent)))) {
				continue;
			}
			resolve(account, venue, order.order().id());
		}
		// from the oldest working order on the first round (fills made while the server
		// was down), then from the last round: reading far back every round would spend
		// the venue's request weight
		String readKey = account.id() + ":" + symbol;
		Instant since = working.stream()
			.map((order) -> order.order().createdAt())
			.min(Instant::compareTo)
			.orElse(now)
			.minus(Duration.ofMinutes(1));
		Instant lastRead = this.fillsReadUpTo.get(readKey);
		if (lastRead != null && lastRead.minus(Duration.ofMinutes(1)).isAfter(since)) {
			since = lastRead.minus(Duration.ofMinutes(1));
		}
		since = since.isBefore(now.minus(FILL_LOOKBACK)) ? now.minus(FILL_LOOKBACK) : since;
		// an order's trades are kept together, in one transaction per order
		Map<String, List<OrderReport>> trades = new java.util.LinkedHashMap<>();
		for (VenueFill fill : venue.fills(symbol, since)) {
			Optional<StoredOrder> owner = this.orders.findByVenueOrderId(account.id(), fill.venueOrderId());
			if (owner.isEmpty()) {
				// a trade of an order Sage does not know (yet): find its order and import
				// it
				Optional<VenueOrder> order = venue.findByVenueOrderId(symbol, fill.venueOrderId());
				if (order.isEmpty()) {
					log.error("Trade {} on account {} names order {}, which {} does not know; not kept",
							fill.venueTradeId(), account.id(), fill.venueOrderId(), account.venue());
					continue;
				}
				owner = known(account, order.get()).or(() -> importOrder(account, order.get()));
			}
			owner.ifPresent((stored) -> trades.computeIfAbsent(stored.order().id(), (id) -> new java.util.ArrayList<>())
				.add(new OrderReport.Trade(fill)));
		}
		trades.forEach((orderId, reports) -> apply(account, orderId, reports));
		this.fillsReadUpTo.put(readKey, now);
	}

	/**
	 * Looks an order up by its client order id and applies what the exchange says. An
	 * order the exchange never received (its intent committed, its sending cut short, or
	 * its answer lost before it arrived) ends REJECTED: it was never placed, and is not
	 * sent again.
	 */
	private void resolve(StoredAccount account, ExchangeVenue venue, String orderId) {
		StoredOrder stored = this.transaction.execute((status) -> this.orders.lock(orderId).orElseThrow());
		TradingOrder order = stored.order();
		Optional<VenueOrder> found;
		try {
			found = order.imported()
					? venue.findByVenueOrderId(order.symbol(), java.util.Objects.requireNonNull(order.venueOrderId()))
					: venue.findByClientOrderId(order.symbol(), order.clientOrderId());
		}
		catch (VenueException ex) {
			// still unknown: the next round asks again
			log.info("Order {} not looked up: {}", order.clientOrderId(), ex.failure());
			haltOn(account, ex.failure());
			return;
		}
		if (found.isPresent()) {
			apply(account, orderId, List.of(new OrderReport.Status(found.get())));
			return;
		}
		if (order.state() == OrderState.NEW || order.state() == OrderState.UNKNOWN) {
			this.transaction.executeWithoutResult((status) -> {
				StoredOrder locked = this.orders.lock(orderId).orElseThrow();
				if (locked.order().state() == OrderState.NEW || locked.order().state() == OrderState.UNKNOWN) {
					Instant now = this.clock.instant();
					String reason = account.venue() + " has no order " + order.clientOrderId()
							+ ": it never arrived, and is not sent again";
					this.orders.transition(orderId, List.of(OrderState.NEW, OrderState.UNKNOWN), OrderState.REJECTED,
							reason, null, now);
					this.events.publishEvent(new TradingEvent.OrderEnded(locked.owner(), orderId, order.clientOrderId(),
							order.botId(), OrderState.REJECTED, reason, now));
				}
			});
		}
		else {
			log.warn("{} no longer shows working order {} of account {}; asked again next round", account.venue(),
					order.clientOrderId(), account.id());
		}
	}

	private void applySubmit(StoredAccount account, String orderId, SubmitResult result) {
		switch (result) {
			case SubmitResult.Accepted accepted -> {
				List<OrderReport> reports = new java.util.ArrayList<>();
				reports.add(new OrderReport.Status(accepted.order()));
				accepted.fills().forEach((fill) -> reports.add(new OrderReport.Trade(fill)));
				apply(account, orderId, reports);
			}
			case SubmitResult.Rejected rejected -> {
				haltOn(account, rejected.failure());
				end(orderId, OrderState.REJECTED,
						account.venue() + " refused it: " + rejected.failure().kind().name().toLowerCase(Locale.ROOT)
								+ ": " + rejected.failure().message());
			}
			case SubmitResult.OutcomeUnknown unknown -> this.transaction.executeWithoutResult((status) -> {
				this.orders.lock(orderId).orElseThrow();
				this.orders
					.transition(
							orderId, List.of(OrderState.NEW), OrderState.UNKNOWN, "no answer from " + account.venue()
									+ " (" + unknown.cause() + "); being looked up, not sent again",
							null, this.clock.instant());
			});
		}
	}

	private void end(String orderId, OrderState state, String reason) {
		this.transaction.executeWithoutResult((status) -> {
			StoredOrder locked = this.orders.lock(orderId).orElseThrow();
			Instant now = this.clock.instant();
			if (this.orders.transition(orderId, OrderState.WORKING, state, reason, null, now)) {
				this.events.publishEvent(new TradingEvent.OrderEnded(locked.owner(), orderId,
						locked.order().clientOrderId(), locked.order().botId(), state, reason, now));
			}
		});
	}

	/**
	 * Folds reports into the order, in one transaction holding its row: new fills kept
	 * and audited, its state, venue id and the venue's filled quantity written, its end
	 * audited. A report that contradicts what is kept (more filled than ordered, a trade
	 * of another order) changes nothing and is logged: the order is left for a person to
	 * look at rather than guessed at.
	 */
	private void apply(StoredAccount account, String orderId, List<OrderReport> reports) {
		this.transaction.executeWithoutResult((status) -> {
			StoredOrder locked = this.orders.lock(orderId).orElseThrow();
			TradingOrder order = locked.order();
			TrackedOrder before = tracked(locked);
			TrackedOrder after = before;
			try {
				for (OrderReport report : reports) {
					after = after.apply(order.imported() ? asKept(report, order) : report);
				}
			}
			catch (IllegalArgumentException ex) {
				log.error("Order {} of account {}: {} reported what contradicts the order kept ({}); not applied",
						order.clientOrderId(), account.id(), account.venue(), ex.getMessage());
				return;
			}
			Instant now = this.clock.instant();
			int kept = 0;
			for (VenueFill fill : after.newFills(before)) {
				if (kept++ == 1) {
					this.crashPoint.reached(CrashPoint.MID_FILLS);
				}
				StoredFill stored = new StoredFill(orderId, order.botId(), fill.venueTradeId(), order.symbol(),
						fill.side().name(), fill.price(), fill.quantity(), fill.fee(), fill.feeCurrency(), null, null,
						fill.at());
				if (this.orders.insertFill(stored, account.id(), order.quantity())) {
					this.events.publishEvent(new TradingEvent.OrderFilled(locked.owner(), orderId,
							order.clientOrderId(), order.botId(), fill.venueTradeId(), fill.side().name(), fill.price(),
							fill.quantity(), fill.fee(), now));
				}
			}
			// a new state brings its own reason (none for a working order: "being looked
			// up" is over); an imported order keeps where it came from
			boolean moved = after.state() != order.state();
			this.orders.track(orderId, after.state(), after.venueOrderId(), after.venueFilledQuantity(),
					moved ? after.reason() : null, moved && !order.imported(), now);
			if (!order.state().isFinal()
					&& (after.state() == OrderState.CANCELED || after.state() == OrderState.REJECTED)) {
				this.events.publishEvent(new TradingEvent.OrderEnded(locked.owner(), orderId, order.clientOrderId(),
						order.botId(), after.state(), after.reason(), now));
			}
		});
	}

	/**
	 * The order as {@link TrackedOrder} folds reports into it, rebuilt from what is kept.
	 */
	private TrackedOrder tracked(StoredOrder stored) {
		TradingOrder order = stored.order();
		List<VenueFill> fills = this.orders.fillsOf(order.id())
			.stream()
			.map((fill) -> new VenueFill(fill.venueTradeId(),
					(order.venueOrderId() != null) ? order.venueOrderId() : "", order.symbol(),
					Side.valueOf(fill.side()), fill.price(), fill.quantity(), fill.fee(), fill.feeCurrency(),
					fill.filledAt()))
			.toList();
		BigDecimal venueFilled = (stored.venueFilledQuantity() != null) ? stored.venueFilledQuantity()
				: BigDecimal.ZERO;
		return TrackedOrder.of(order.clientOrderId(), order.venueOrderId(), order.state(), order.quantity(),
				venueFilled, fills);
	}

	/**
	 * Imports an order found at the exchange that Sage did not place, flagged. Its client
	 * order id is made Sage's own (the exchange's may clash with another account's); the
	 * exchange's is kept in the reason.
	 */
	private Optional<StoredOrder> importOrder(StoredAccount account, VenueOrder order) {
		String id = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		String clientOrderId = importedId(account, order.venueOrderId());
		OrderIntent intent = new OrderIntent(id, account.owner(), account.id(), null, clientOrderId, order.symbol(),
				order.side().name(), (order.price() != null) ? "LIMIT" : "MARKET", order.quantity(), order.price(),
				null, "GTC", false, OrderState.UNKNOWN,
				"imported: placed outside Sage as " + order.clientOrderId() + " on " + account.venue(), null, now);
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.orders.insert(intent);
				this.orders.markImported(id);
				this.orders.track(id, OrderState.UNKNOWN, order.venueOrderId(), BigDecimal.ZERO, null, false, now);
				this.events
					.publishEvent(new TradingEvent.OrderPlaced(account.owner(), id, clientOrderId, account.id(), null,
							order.symbol(), order.side().name(), intent.type(), order.quantity(), order.price(), now));
			});
		}
		catch (DataIntegrityViolationException ex) {
			// imported a moment ago by another node
			return this.orders.findByClientOrderId(clientOrderId);
		}
		log.warn("Imported order {} of account {}: {} has it, Sage did not place it", order.venueOrderId(),
				account.id(), account.venue());
		apply(account, id, List.of(new OrderReport.Status(order)));
		return this.orders.findByClientOrderId(clientOrderId);
	}

	private Optional<StoredOrder> known(StoredAccount account, VenueOrder order) {
		return this.orders.findByClientOrderId(order.clientOrderId())
			.filter((stored) -> stored.order().accountId().equals(account.id()))
			.or(() -> this.orders.findByVenueOrderId(account.id(), order.venueOrderId()));
	}

	/**
	 * A status of an imported order under the client order id Sage keeps it by (the
	 * exchange's own is in the order's reason).
	 */
	private static OrderReport asKept(OrderReport report, TradingOrder order) {
		if (report instanceof OrderReport.Status(VenueOrder reported)) {
			return new OrderReport.Status(new VenueOrder(order.clientOrderId(), reported.venueOrderId(),
					reported.symbol(), reported.side(), reported.status(), reported.quantity(),
					reported.filledQuantity(), reported.price(), reported.updatedAt()));
		}
		return report;
	}

	private static String importedId(StoredAccount account, String venueOrderId) {
		String id = "x" + account.id().replace("-", "").substring(0, 12) + "-" + venueOrderId;
		return (id.length() > 64) ? id.substring(0, 64) : id;
	}

	private Optional<PlacedOrder> replay(UUID owner, String key, String hash) {
		Optional<PlacedRequest> earlier = this.orders.findRequest(owner, key);
		if (earlier.isEmpty()) {
			return Optional.empty();
		}
		if (!earlier.get().requestHash().equals(hash)) {
			throw new ProblemException(TradingProblems.IDEMPOTENCY_KEY_REUSED,
					"The Idempotency-Key '" + key + "' placed a different order already (" + earlier.get().orderId()
							+ "). Use a new key for a new order.");
		}
		return Optional.of(new PlacedOrder(view(owner, earlier.get().orderId()), true));
	}

	private TradingOrder view(UUID owner, String orderId) {
		return this.orders.find(owner, orderId).map(StoredOrder::order).orElseThrow(() -> notFound(orderId));
	}

	private void requireNotHalted(StoredAccount account) {
		Instant until = account.haltedUntil();
		Instant now = this.clock.instant();
		if (until != null && until.isAfter(now)) {
			throw new ProblemException(TradingProblems.VENUE_HALTED,
					"Trading on " + account.venue() + " is halted until " + until + ": " + account.haltReason(),
					List.of(), Map.of(ProblemException.RETRY_AFTER_SECONDS,
							Math.max(1, Duration.between(now, until).toSeconds() + 1)));
		}
	}

	/**
	 * The account's limits against the order, by the engine's rules: the position is the
	 * sum of the fills Sage keeps for the account in the symbol, the open orders those
	 * placed by hand still working.
	 */
	private Optional<RiskBreach> preTradeCheck(StoredAccount account, VenueOrderRequest request) {
		AccountLimits limits = this.accountStore.limits(account.id());
		if (!limits.any()) {
			return Optional.empty();
		}
		BigDecimal price = request.price();
		if (price == null) {
			if (limits.maxOrderNotional() != null) {
				return Optional.of(new RiskBreach(MaxOrderNotional.CODE,
						"a market order has no price to check against the limit of "
								+ limits.maxOrderNotional().toPlainString() + "; place a limit order",
						false));
			}
			// no rule left to check reads the price of a market order
			price = BigDecimal.ONE;
		}
		int open = (int) this.orders.workingOnAccount(account.id())
			.stream()
			.filter((order) -> !order.order().state().isFinal())
			.count();
		Exposure exposure = new Exposure(this.orders.positionOf(account.id(), request.symbol()), open, BigDecimal.ONE,
				BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
		return new PreTradeCheck(limits.riskLimits()).check(new sage.engine.pretrade.OrderIntent(request.symbol(),
				request.side(), request.quantity(), price, false), exposure);
	}

	/** A ban halts the account's trading until it ends, across restarts. */
	private void haltOn(StoredAccount account, VenueFailure failure) {
		if (failure.kind() == VenueFailure.Kind.BANNED && failure.until() != null) {
			this.transaction.executeWithoutResult(
					(status) -> this.accountStore.halt(account.id(), failure.until(), failure.message()));
			log.warn("{} banned account {}'s client until {}: trading on it halts", account.venue(), account.id(),
					failure.until());
		}
	}

	private VenueInstrument instrument(ExchangeVenue venue, String symbol) {
		String key = venue.name() + ":" + symbol;
		Instant now = this.clock.instant();
		Cached cached = this.instruments.get(key);
		if (cached != null && cached.at().plus(INSTRUMENT_TTL).isAfter(now)) {
			return cached.instrument();
		}
		try {
			VenueInstrument instrument = venue.instrument(symbol);
			this.instruments.put(key, new Cached(instrument, now));
			return instrument;
		}
		catch (VenueException ex) {
			throw TradingAccounts.venueProblem(venue.name(), ex);
		}
	}

	/** Rounds the ticket to the instrument's lot and tick and checks its minimums. */
	private static VenueOrderRequest rounded(Checked ticket, VenueInstrument instrument, String clientOrderId) {
		if (!instrument.trading()) {
			throw ProblemException.invalidField("symbol", ticket.symbol() + " is not trading now");
		}
		BigDecimal quantity = instrument.spec().roundQty(ticket.quantity());
		if (quantity.signum() == 0 || quantity.compareTo(instrument.minQuantity()) < 0) {
			throw ProblemException.invalidField("quantity",
					"is " + quantity.toPlainString() + " after rounding down to the lot of "
							+ instrument.spec().lotSize().toPlainString() + "; the least " + ticket.symbol()
							+ " takes is " + instrument.minQuantity().max(instrument.spec().lotSize()).toPlainString());
		}
		if (ticket.type() == OrderType.MARKET) {
			return VenueOrderRequest.market(ticket.symbol(), ticket.side(), quantity, clientOrderId);
		}
		BigDecimal price = instrument.spec()
			.roundPrice(java.util.Objects.requireNonNull(ticket.limitPrice()), ticket.side());
		if (price.signum() <= 0) {
			throw ProblemException.invalidField("limitPrice",
					"is below the tick of " + instrument.spec().tickSize().toPlainString());
		}
		BigDecimal notional = price.multiply(quantity);
		if (notional.compareTo(instrument.spec().minNotional()) < 0) {
			throw ProblemException.invalidField("quantity",
					"order value " + notional.stripTrailingZeros().toPlainString() + " " + instrument.quoteAsset()
							+ " is below the least " + ticket.symbol() + " takes, "
							+ instrument.spec().minNotional().toPlainString());
		}
		return VenueOrderRequest.limit(ticket.symbol(), ticket.side(), quantity, price, ticket.timeInForce(),
				clientOrderId);
	}

	/** Checks every field of the ticket, and says all that are wrong at once. */
	private static Checked check(OrderTicket ticket) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		String accountId = ticket.accountId();
		if (accountId == null || !accountId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
			problems.add(new FieldProblem("accountId", "must be an account id (a UUID)"));
		}
		String symbol = (ticket.symbol() != null) ? ticket.symbol().strip() : "";
		if (!SYMBOL.matcher(symbol).matches()) {
			problems.add(new FieldProblem("symbol", "must be the exchange's symbol, e.g. BTCUSDT"));
		}
		Side side = switch ((ticket.side() != null) ? ticket.side() : "") {
			case "BUY" -> Side.BUY;
			case "SELL" -> Side.SELL;
			default -> {
				problems.add(new FieldProblem("side", "must be BUY or SELL"));
				yield null;
			}
		};
		OrderType type = switch ((ticket.type() != null) ? ticket.type() : "") {
			case "MARKET" -> OrderType.MARKET;
			case "LIMIT" -> OrderType.LIMIT;
			default -> {
				problems.add(new FieldProblem("type", "must be MARKET or LIMIT"));
				yield null;
			}
		};
		BigDecimal quantity = ticket.quantity();
		if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(new BigDecimal("1e12")) > 0) {
			problems.add(new FieldProblem("quantity", "must be more than 0 and at most 1000000000000"));
		}
		BigDecimal limit = ticket.limitPrice();
		if (type == OrderType.LIMIT && (limit == null || limit.signum() <= 0)) {
			problems.add(new FieldProblem("limitPrice", "a LIMIT order needs a positive limit price"));
		}
		if (type == OrderType.MARKET && limit != null) {
			problems.add(new FieldProblem("limitPrice", "a MARKET order takes no limit price"));
		}
		TimeInForce tif = switch ((ticket.timeInForce() != null) ? ticket.timeInForce() : "GTC") {
			case "GTC" -> TimeInForce.GTC;
			case "IOC" -> TimeInForce.IOC;
			default -> {
				problems.add(new FieldProblem("timeInForce", "must be GTC or IOC"));
				yield null;
			}
		};
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		return new Checked(accountId, symbol.toUpperCase(Locale.ROOT), side, type, quantity,
				(type == OrderType.LIMIT) ? limit : null, tif);
	}

	/**
	 * A new client order id: {@code m} and 31 hex digits, which every supported exchange
	 * takes (OKX takes letters and digits only, at most 32).
	 */
	private static String newClientOrderId() {
		return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 31);
	}

	/** What tells two order requests apart: every field, normalised. */
	private static String hash(Checked ticket) {
		String canonical = String.join("|", ticket.accountId(), ticket.symbol(), ticket.side().name(),
				ticket.type().name(), ticket.quantity().stripTrailingZeros().toPlainString(),
				(ticket.limitPrice() != null) ? ticket.limitPrice().stripTrailingZeros().toPlainString() : "",
				ticket.timeInForce().name());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ProblemException notFound(String orderId) {
		return new ProblemException(TradingProblems.ORDER_NOT_FOUND, "No order of yours has the id '" + orderId + "'.");
	}

	/**
	 * An order placed, or found placed by an earlier request under the same
	 * Idempotency-Key.
	 *
	 * @param order the order as it stands
	 * @param replayed whether an earlier request placed it
	 */
	public record PlacedOrder(TradingOrder order, boolean replayed) {
	}

	/**
	 * What the kill switch did to orders placed by hand.
	 *
	 * @param canceled cancelled, or found filled or cancelled already
	 * @param left still working: the exchange could not be asked, or the order was placed
	 * outside Sage
	 */
	public record Cancelled(int canceled, int left) {
	}

	private record Checked(String accountId, String symbol, Side side, OrderType type, BigDecimal quantity,
			@Nullable BigDecimal limitPrice, TimeInForce timeInForce) {
	}

	private record Cached(VenueInstrument instrument, Instant at) {
	}

}
