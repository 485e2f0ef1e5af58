package sage.server.trading.venue.binance;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.server.trading.venue.ExchangeVenue;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueCalls;
import sage.server.trading.venue.VenueCredentials;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueInstrument;
import sage.server.trading.venue.VenueKeyPermissions;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderRequest;
import sage.server.trading.venue.VenueReply;

/**
 * A Binance spot account: orders placed, looked up and cancelled by client order id, open
 * orders, trades and balances, over Binance's signed REST API.
 *
 * <p>
 * A new order is sent once. When Binance fails (HTTP 5xx), does not answer in time or the
 * connection breaks, Binance's own rule is that the order's status is unknown, so the
 * answer is {@link SubmitResult.OutcomeUnknown} and the caller looks the order up; the
 * only time it is sent again is after Binance refused it for a timestamp outside
 * {@code recvWindow} ({@code -1021}), which it never acts on: the clock offset is
 * measured again and the same order, under the same client order id, goes once more.
 * Reads are retried with exponential backoff on failures and timeouts. Rate limits and
 * bans are kept locally (see {@link RequestBudget}): while one holds, calls fail at once
 * without reaching Binance.
 *
 * <p>
 * Safe for use from several threads.
 */
public final class BinanceSpotVenue implements ExchangeVenue {

	private static final Logger log = LoggerFactory.getLogger(BinanceSpotVenue.class);

	/** Binance's public REST root. */
	public static final URI API = URI.create("https://api.binance.com");

	/** The most trades Binance answers in one page. */
	static final int TRADES_PER_PAGE = 1000;

	/** The longest time range Binance answers trades for. */
	static final Duration TRADE_WINDOW = Duration.ofDays(1);

	/**
	 * How far back {@link #fills} reads: 30 one-day ranges of weight 20 are a tenth of
	 * Binance's minute.
	 */
	public static final Duration FILL_HISTORY = Duration.ofDays(30);

	/** Binance's rule for client order ids. */
	private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[.A-Z:/a-z0-9_-]{1,36}");

	private final BinanceHttp http;

	private final BinanceLimits limits;

	/**
	 * A venue for the account {@code credentials} belong to.
	 * @param baseUri Binance's REST root ({@link #API}, the testnet's, or a test's
	 * stand-in)
	 * @param clock the local clock: request timestamps (plus the measured offset to
	 * Binance's), rate-limit waits and bans are read from it
	 * @param http the client to send with; its connect timeout applies, each request has
	 * {@link BinanceLimits#requestTimeout()}
	 */
	public BinanceSpotVenue(URI baseUri, VenueCredentials credentials, Clock clock, BinanceLimits limits,
			HttpClient http) {
		this.http = new BinanceHttp(baseUri, credentials, clock, limits, http);
		this.limits = limits;
	}

	@Override
	public String name() {
		return "binance";
	}

	@Override
	public SubmitResult submit(VenueOrderRequest request) {
		String clientOrderId = request.clientOrderId();
		if (!CLIENT_ORDER_ID.matcher(clientOrderId).matches()) {
			return new SubmitResult.Rejected(clientOrderId,
					VenueFailure.of(Kind.FILTER_FAILURE,
							"Binance takes client order ids of 1 to 36 characters from [.A-Z:/a-z0-9_-], got '"
									+ clientOrderId + "'",
							null));
		}
		VenueReply reply = sendSyncingClock(BinanceEndpoint.NEW_ORDER, orderParams(request));
		return switch (reply) {
			case VenueReply.Ok ok -> {
				try {
					yield BinanceOrderMapping.accepted(ok.body());
				}
				catch (VenueException ex) {
					// a 2xx means Binance took the order; what it did with it is unknown
					yield unknown(clientOrderId, "Binance accepted the order but its answer could not be read ("
							+ ex.failure().message() + ")");
				}
			}
			case VenueReply.Refused refused -> new SubmitResult.Rejected(clientOrderId, refused.failure());
			case VenueReply.Unknown unknown -> unknown(clientOrderId, unknown.failure().message());
		};
	}

	@Override
	public Optional<VenueOrder> findByClientOrderId(String symbol, String clientOrderId) {
		Map<String, String> params = VenueCalls.params("symbol", symbol, "origClientOrderId", clientOrderId);
		for (int attempt = 1;; attempt++) {
			try {
				return Optional.of(read(BinanceEndpoint.QUERY_ORDER, params, BinanceOrderMapping::order));
			}
			catch (VenueException ex) {
				if (ex.kind() != Kind.UNKNOWN_ORDER) {
					throw ex;
				}
				if (attempt >= this.limits.lookupAttempts()) {
					return Optional.empty();
				}
				// Binance may not show an order for a moment after creating it
				VenueCalls.pause(this.limits.retryDelay(attempt));
			}
		}
	}

	@Override
	public Optional<VenueOrder> findByVenueOrderId(String symbol, String venueOrderId) {
		try {
			return Optional.of(read(BinanceEndpoint.QUERY_ORDER,
					VenueCalls.params("symbol", symbol, "orderId", venueOrderId), BinanceOrderMapping::order));
		}
		catch (VenueException ex) {
			if (ex.kind() == Kind.UNKNOWN_ORDER) {
				// asked about a trade's order: Binance made the trade, so it knows the
				// order
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public VenueOrder cancel(String symbol, String clientOrderId) {
		VenueReply reply = sendSyncingClock(BinanceEndpoint.CANCEL_ORDER,
				VenueCalls.params("symbol", symbol, "origClientOrderId", clientOrderId));
		return switch (reply) {
			case VenueReply.Ok ok -> BinanceOrderMapping.canceled(ok.body());
			case VenueReply.Refused refused -> throw new VenueException(refused.failure());
			// not sent again: a second cancel of a cancelled order answers "unknown
			// order",
			// which would hide what happened; the caller looks the order up instead
			case VenueReply.Unknown unknown -> throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
					"cancel of " + clientOrderId + " may or may not have happened: " + unknown.failure().message(),
					unknown.failure().venueCode()));
		};
	}

	@Override
	public List<VenueOrder> openOrders(String symbol) {
		return read(BinanceEndpoint.OPEN_ORDERS, VenueCalls.params("symbol", symbol), BinanceOrderMapping::orders);
	}

	/**
	 * Binance answers trades only for ranges of up to a day, so the trades since
	 * {@code since} are read a day at a time up to now; when a day holds a full page, the
	 * rest are read by trade id, which has no such limit, up to the newest.
	 * @throws IllegalArgumentException when {@code since} is more than
	 * {@link #FILL_HISTORY} back: walking further would spend the minute's request weight
	 * that orders need
	 */
	@Override
	public List<VenueFill> fills(String symbol, @Nullable Instant since) {
		if (since == null) {
			return read(BinanceEndpoint.MY_TRADES,
					VenueCalls.params("symbol", symbol, "limit", String.valueOf(TRADES_PER_PAGE)),
					BinanceOrderMapping::trades);
		}
		Instant now = this.http.venueNow();
		if (since.isBefore(now.minus(FILL_HISTORY))) {
			throw new IllegalArgumentException(
					"fills are read at most " + FILL_HISTORY.toDays() + " days back, asked since " + since);
		}
		List<VenueFill> fills = new ArrayList<>();
		Instant from = since;
		while (true) {
			Instant to = from.plus(TRADE_WINDOW).minusMillis(1);
			to = to.isAfter(now) ? (now.isBefore(from) ? from : now) : to;
			List<VenueFill> page = read(BinanceEndpoint.MY_TRADES,
					VenueCalls.params("symbol", symbol, "limit", String.valueOf(TRADES_PER_PAGE), "startTime",
							String.valueOf(from.toEpochMilli()), "endTime", String.valueOf(to.toEpochMilli())),
					BinanceOrderMapping::trades);
			fills.addAll(page);
			if (page.size() >= TRADES_PER_PAGE) {
				fills.addAll(tradesAfter(symbol, page.get(page.size() - 1)));
				return fills;
			}
			if (!to.isBefore(now)) {
				return fills;
			}
			from = to.plusMillis(1);
		}
	}

	/** Every trade after {@code last}, by trade id, up to the newest. */
	private List<VenueFill> tradesAfter(String symbol, VenueFill last) {
		List<VenueFill> fills = new ArrayList<>();
		VenueFill newest = last;
		while (true) {
			long next;
			try {
				next = Long.parseLong(newest.venueTradeId()) + 1;
			}
			catch (NumberFormatException ex) {
				throw new VenueException(VenueFailure.of(Kind.MALFORMED,
						"trade id '" + newest.venueTradeId() + "' is not a number", null), ex);
			}
			// Binance takes a trade id or a time range, not both
			List<VenueFill> page = read(
					BinanceEndpoint.MY_TRADES, VenueCalls.params("symbol", symbol, "limit",
							String.valueOf(TRADES_PER_PAGE), "fromId", String.valueOf(next)),
					BinanceOrderMapping::trades);
			fills.addAll(page);
			if (page.size() < TRADES_PER_PAGE) {
				return fills;
			}
			newest = page.get(page.size() - 1);
		}
	}

	@Override
	public Map<String, BigDecimal> balances() {
		return read(BinanceEndpoint.ACCOUNT, VenueCalls.params("omitZeroBalances", "true"),
				BinanceOrderMapping::balances);
	}

	/**
	 * Trading comes from the account ({@code canTrade}, which Binance clears for a key
	 * without spot trading), withdrawals and IP restriction from the key's restrictions;
	 * a key that can read neither is refused by Binance with {@code -2015}.
	 */
	@Override
	public VenueKeyPermissions keyPermissions() {
		boolean accountTrades = read(BinanceEndpoint.ACCOUNT, VenueCalls.params("omitZeroBalances", "true"),
				BinanceOrderMapping::canTrade);
		return read(BinanceEndpoint.API_RESTRICTIONS, VenueCalls.params(),
				(body) -> BinanceOrderMapping.keyPermissions(body, accountTrades));
	}

	@Override
	public VenueInstrument instrument(String symbol) {
		return read(BinanceEndpoint.EXCHANGE_INFO, VenueCalls.params("symbol", symbol),
				(body) -> BinanceOrderMapping.instrument(body, symbol));
	}

	private VenueReply sendSyncingClock(BinanceEndpoint endpoint, Map<String, String> params) {
		return VenueCalls.syncingClock(() -> this.http.send(endpoint, params), this.http::syncClock, "Binance",
				endpoint.describe());
	}

	/**
	 * A read, tried up to {@link BinanceLimits#readAttempts()} times while Binance fails
	 * or does not answer, with exponential backoff between attempts.
	 */
	private <T> T read(BinanceEndpoint endpoint, Map<String, String> params, Function<String, T> mapping) {
		return VenueCalls.read(() -> sendSyncingClock(endpoint, params), this.limits.readAttempts(),
				this.limits::retryDelay, mapping);
	}

	private static SubmitResult unknown(String clientOrderId, String cause) {
		log.warn("Outcome of Binance order {} unknown ({}); it is to be looked up, not sent again", clientOrderId,
				cause);
		return new SubmitResult.OutcomeUnknown(clientOrderId, cause);
	}

	/** Binance's parameters for a new order; decimals exactly as given. */
	static Map<String, String> orderParams(VenueOrderRequest request) {
		Map<String, String> params = VenueCalls.params("symbol", request.symbol(), "side", request.side().name(),
				"type", request.type().name());
		if (request.type().takesTimeInForce()) {
			params.put("timeInForce", request.timeInForce().name());
		}
		params.put("quantity", request.quantity().toPlainString());
		if (request.price() != null) {
			params.put("price", request.price().toPlainString());
		}
		if (request.stopPrice() != null) {
			params.put("stopPrice", request.stopPrice().toPlainString());
		}
		params.put("newClientOrderId", request.clientOrderId());
		params.put("newOrderRespType", "FULL");
		return params;
	}

}
