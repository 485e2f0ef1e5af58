package sage.server.trading.venue.bybit;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.engine.sim.Side;
import sage.server.trading.venue.ExchangeVenue;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueCalls;
import sage.server.trading.venue.VenueCredentials;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueInstrument;
import sage.server.trading.venue.VenueKeyPermissions;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderRequest;
import sage.server.trading.venue.VenueReply;
import sage.server.trading.venue.bybit.BybitOrderMapping.Page;

/**
 * A Bybit spot account (unified trading account): orders placed, looked up and cancelled
 * by client order id ({@code orderLinkId}), open orders, trades and balances, over
 * Bybit's signed REST API v5 with {@code category=spot}.
 *
 * <p>
 * A new order is sent once. When Bybit fails (HTTP 5xx, or a server error code such as
 * {@code 10016}), does not answer in time, the connection breaks or its answer cannot be
 * read, the order's status is unknown, so the answer is
 * {@link SubmitResult.OutcomeUnknown} and the caller looks the order up; the only time it
 * is sent again is after Bybit refused it for a timestamp outside {@code recv_window}
 * ({@code 10002}), which it never acts on: the clock offset is measured again and the
 * same order, under the same {@code orderLinkId}, goes once more. Reads are retried with
 * exponential backoff on failures and timeouts. Rate limits and bans are kept locally
 * (see {@link RequestBudget}): while one holds, calls fail at once without reaching
 * Bybit.
 *
 * <p>
 * Safe for use from several threads.
 */
public final class BybitSpotVenue implements ExchangeVenue {

	private static final Logger log = LoggerFactory.getLogger(BybitSpotVenue.class);

	/** Bybit's public REST root. */
	public static final URI API = URI.create("https://api.bybit.com");

	/** The most orders and executions Bybit answers in one page. */
	static final int ORDERS_PER_PAGE = 50;

	static final int EXECUTIONS_PER_PAGE = 100;

	/** The longest range Bybit answers executions for in one query. */
	static final Duration EXECUTION_WINDOW = Duration.ofDays(7);

	/** How far back {@link #fills} reads: a few seven-day ranges, as with Binance. */
	public static final Duration FILL_HISTORY = Duration.ofDays(30);

	/** Pages followed in one listing at most: a cursor that never ends is Bybit's bug. */
	static final int MAX_PAGES = 100;

	/** Bybit's rule for {@code orderLinkId}. */
	private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,36}");

	private static final String SPOT = "spot";

	private final BybitHttp http;

	private final BybitLimits limits;

	/**
	 * A venue for the account {@code credentials} belong to.
	 * @param baseUri Bybit's REST root ({@link #API}, the testnet's, or a test's
	 * stand-in)
	 * @param clock the local clock: request timestamps (plus the measured offset to
	 * Bybit's), rate-limit waits and bans are read from it
	 * @param http the client to send with; its connect timeout applies, each request has
	 * {@link BybitLimits#requestTimeout()}
	 */
	public BybitSpotVenue(URI baseUri, VenueCredentials credentials, Clock clock, BybitLimits limits, HttpClient http) {
		this.http = new BybitHttp(baseUri, credentials, clock, limits, http);
		this.limits = limits;
	}

	@Override
	public String name() {
		return "bybit";
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Market, limit and post-only limit orders; Bybit's create answer carries only the
	 * order's ids, so an accepted order is reported NEW and unfilled, and what it filled
	 * is read with {@link #fills} or {@link #findByClientOrderId}.
	 */
	@Override
	public SubmitResult submit(VenueOrderRequest request) {
		String clientOrderId = request.clientOrderId();
		if (!CLIENT_ORDER_ID.matcher(clientOrderId).matches()) {
			return new SubmitResult.Rejected(clientOrderId, VenueFailure.of(Kind.FILTER_FAILURE,
					"Bybit takes orderLinkIds of 1 to 36 letters, digits, '-' and '_', got '" + clientOrderId + "'",
					null));
		}
		Map<String, String> params;
		try {
			params = orderParams(request);
		}
		catch (IllegalArgumentException ex) {
			return new SubmitResult.Rejected(clientOrderId, VenueFailure.of(Kind.OTHER, ex.getMessage(), null));
		}
		VenueReply reply = sendSyncingClock(BybitEndpoint.CREATE_ORDER, params);
		return switch (reply) {
			case VenueReply.Ok ok -> {
				try {
					yield BybitOrderMapping.accepted(ok.body(), request);
				}
				catch (VenueException ex) {
					// retCode 0 or an unreadable 2xx: Bybit may well have taken the order
					yield unknown(clientOrderId, "Bybit answered the order but its answer could not be read ("
							+ ex.failure().message() + ")");
				}
			}
			case VenueReply.Refused refused -> new SubmitResult.Rejected(clientOrderId, refused.failure());
			case VenueReply.Unknown unknown -> unknown(clientOrderId, unknown.failure().message());
		};
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Asks {@code /v5/order/realtime} (working and recently closed orders), then
	 * {@code /v5/order/history} (closed ones).
	 */
	@Override
	public Optional<VenueOrder> findByClientOrderId(String symbol, String clientOrderId) {
		for (int attempt = 1;; attempt++) {
			Optional<VenueOrder> order = lookUp(symbol, "orderLinkId", clientOrderId);
			if (order.isPresent() || attempt >= this.limits.lookupAttempts()) {
				return order;
			}
			// Bybit may not show an order for a moment after creating it
			VenueCalls.pause(this.limits.retryDelay(attempt));
		}
	}

	@Override
	public Optional<VenueOrder> findByVenueOrderId(String symbol, String venueOrderId) {
		// asked about a trade's order: Bybit made the trade, so it knows the order
		return lookUp(symbol, "orderId", venueOrderId);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Bybit's cancel answer carries only the order's ids, so the order is read back; it
	 * is asked again a few times while it still shows as working (Bybit cancels
	 * asynchronously), and returned as last seen.
	 */
	@Override
	public VenueOrder cancel(String symbol, String clientOrderId) {
		VenueReply reply = sendSyncingClock(BybitEndpoint.CANCEL_ORDER,
				VenueCalls.params("category", SPOT, "symbol", symbol, "orderLinkId", clientOrderId));
		switch (reply) {
			case VenueReply.Ok ok -> {
				// the answer carries only the ids: the order itself is read back below
			}
			case VenueReply.Refused refused -> throw new VenueException(refused.failure());
			// not sent again: a second cancel of a cancelled order answers "order does
			// not
			// exist", which would hide what happened; the caller looks the order up
			// instead
			case VenueReply.Unknown unknown -> throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
					"cancel of " + clientOrderId + " may or may not have happened: " + unknown.failure().message(),
					unknown.failure().venueCode()));
		}
		for (int attempt = 1;; attempt++) {
			Optional<VenueOrder> order = lookUp(symbol, "orderLinkId", clientOrderId);
			if (order.isPresent() && (order.get().status().isDone() || attempt >= this.limits.lookupAttempts())) {
				return order.get();
			}
			if (attempt >= this.limits.lookupAttempts()) {
				throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
						"Bybit took the cancel of " + clientOrderId + " but does not show the order yet", null));
			}
			VenueCalls.pause(this.limits.retryDelay(attempt));
		}
	}

	@Override
	public List<VenueOrder> openOrders(String symbol) {
		return pages(BybitEndpoint.REALTIME_ORDERS, VenueCalls.params("category", SPOT, "symbol", symbol, "openOnly",
				"0", "limit", String.valueOf(ORDERS_PER_PAGE)), BybitOrderMapping::orders);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Bybit answers executions for ranges of up to seven days, newest first, a cursor at
	 * a time: the ranges since {@code since} are read one after another up to now, every
	 * page of each, and the trades returned oldest first. Without {@code since}, Bybit's
	 * default range: the last seven days.
	 * @throws IllegalArgumentException when {@code since} is more than
	 * {@link #FILL_HISTORY} back
	 */
	@Override
	public List<VenueFill> fills(String symbol, @Nullable Instant since) {
		List<VenueFill> fills = new ArrayList<>();
		if (since == null) {
			fills.addAll(executions(symbol, null, null));
		}
		else {
			Instant now = this.http.venueNow();
			if (since.isBefore(now.minus(FILL_HISTORY))) {
				throw new IllegalArgumentException(
						"fills are read at most " + FILL_HISTORY.toDays() + " days back, asked since " + since);
			}
			Instant from = since;
			while (true) {
				Instant to = from.plus(EXECUTION_WINDOW).minusMillis(1);
				to = to.isAfter(now) ? (now.isBefore(from) ? from : now) : to;
				fills.addAll(executions(symbol, from, to));
				if (!to.isBefore(now)) {
					break;
				}
				from = to.plusMillis(1);
			}
		}
		// a stable sort: trades of the same millisecond stay as Bybit listed them,
		// reversed
		fills.sort(Comparator.comparing(VenueFill::at));
		return fills;
	}

	@Override
	public Map<String, BigDecimal> balances() {
		return read(BybitEndpoint.WALLET_BALANCE, VenueCalls.params("accountType", "UNIFIED"),
				BybitOrderMapping::balances);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * From {@code GET /v5/user/query-api}, which any valid key may call; Bybit refuses an
	 * invalid or expired one ({@code 10003}, {@code 33004}).
	 */
	@Override
	public VenueKeyPermissions keyPermissions() {
		return read(BybitEndpoint.API_KEY, VenueCalls.params(), BybitOrderMapping::keyPermissions);
	}

	@Override
	public VenueInstrument instrument(String symbol) {
		return read(BybitEndpoint.INSTRUMENTS, VenueCalls.params("category", SPOT, "symbol", symbol),
				(body) -> BybitOrderMapping.instrument(body, symbol));
	}

	/** The order under {@code idField = id}: working or recent first, then closed. */
	private Optional<VenueOrder> lookUp(String symbol, String idField, String id) {
		for (BybitEndpoint endpoint : List.of(BybitEndpoint.REALTIME_ORDERS, BybitEndpoint.ORDER_HISTORY)) {
			try {
				List<VenueOrder> found = read(endpoint,
						VenueCalls.params("category", SPOT, "symbol", symbol, idField, id), BybitOrderMapping::orders)
					.items();
				Optional<VenueOrder> order = found.stream()
					.filter((candidate) -> id
						.equals("orderId".equals(idField) ? candidate.venueOrderId() : candidate.clientOrderId()))
					.findFirst();
				if (order.isPresent()) {
					return order;
				}
			}
			catch (VenueException ex) {
				if (ex.kind() != Kind.UNKNOWN_ORDER) {
					throw ex;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The executions in {@code [from, to]} (Bybit's default range when null), every page.
	 */
	private List<VenueFill> executions(String symbol, @Nullable Instant from, @Nullable Instant to) {
		Map<String, String> params = VenueCalls.params("category", SPOT, "symbol", symbol, "limit",
				String.valueOf(EXECUTIONS_PER_PAGE));
		if (from != null && to != null) {
			params.put("startTime", String.valueOf(from.toEpochMilli()));
			params.put("endTime", String.valueOf(to.toEpochMilli()));
		}
		List<VenueFill> fills = pages(BybitEndpoint.EXECUTIONS, params, BybitOrderMapping::executions);
		// Bybit lists newest first
		Collections.reverse(fills);
		return fills;
	}

	/** Every page of a listing, following {@code nextPageCursor}. */
	private <T> List<T> pages(BybitEndpoint endpoint, Map<String, String> params, Function<String, Page<T>> mapping) {
		List<T> items = new ArrayList<>();
		Map<String, String> pageParams = new LinkedHashMap<>(params);
		for (int page = 1;; page++) {
			Page<T> read = read(endpoint, pageParams, mapping);
			items.addAll(read.items());
			String next = read.nextCursor();
			if (next == null || read.items().isEmpty() || Objects.equals(next, pageParams.get(BybitHttp.CURSOR))) {
				return items;
			}
			if (page >= MAX_PAGES) {
				log.warn("Stopped reading Bybit {} after {} pages", endpoint.describe(), page);
				return items;
			}
			pageParams.put(BybitHttp.CURSOR, next);
		}
	}

	private VenueReply sendSyncingClock(BybitEndpoint endpoint, Map<String, String> params) {
		return VenueCalls.syncingClock(() -> this.http.send(endpoint, params), this.http::syncClock, "Bybit",
				endpoint.describe());
	}

	/**
	 * A read, tried up to {@link BybitLimits#readAttempts()} times while Bybit fails or
	 * does not answer, with exponential backoff between attempts.
	 */
	private <T> T read(BybitEndpoint endpoint, Map<String, String> params, Function<String, T> mapping) {
		return VenueCalls.read(() -> sendSyncingClock(endpoint, params), this.limits.readAttempts(),
				this.limits::retryDelay, mapping);
	}

	private static SubmitResult unknown(String clientOrderId, String cause) {
		log.warn("Outcome of Bybit order {} unknown ({}); it is to be looked up, not sent again", clientOrderId, cause);
		return new SubmitResult.OutcomeUnknown(clientOrderId, cause);
	}

	/**
	 * Bybit's body for a new spot order; decimals exactly as given. Market orders say
	 * {@code marketUnit=baseCoin}: Bybit reads a market buy's {@code qty} in the quote
	 * coin otherwise, and Sage's quantities are in the base asset.
	 * @throws IllegalArgumentException for an order type Bybit spot is not sent here
	 */
	static Map<String, String> orderParams(VenueOrderRequest request) {
		String orderType = switch (request.type()) {
			case MARKET -> "Market";
			case LIMIT, LIMIT_MAKER -> "Limit";
			default -> throw new IllegalArgumentException(
					"Bybit spot orders of type " + request.type() + " are not supported by this venue");
		};
		Map<String, String> params = VenueCalls.params("category", SPOT, "symbol", request.symbol(), "side",
				(request.side() == Side.BUY) ? "Buy" : "Sell", "orderType", orderType, "qty",
				request.quantity().toPlainString());
		if (request.price() != null) {
			params.put("price", request.price().toPlainString());
		}
		switch (request.type()) {
			case LIMIT -> params.put("timeInForce", request.timeInForce().name());
			case LIMIT_MAKER -> params.put("timeInForce", "PostOnly");
			default -> params.put("marketUnit", "baseCoin");
		}
		params.put("orderLinkId", request.clientOrderId());
		return params;
	}

}
