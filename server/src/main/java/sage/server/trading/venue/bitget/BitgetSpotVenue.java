package sage.server.trading.venue.bitget;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;
import sage.server.trading.venue.ExchangeVenue;
import sage.server.trading.venue.OrderType;
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

/**
 * A Bitget spot account: orders placed, looked up and cancelled by client order id
 * ({@code clientOid}), open orders, trades and balances, over Bitget's signed v2 REST
 * API. Symbols are Bitget's ({@code BTCUSDT}).
 *
 * <p>
 * A new order is sent once. When Bitget fails (HTTP 5xx, or its "request timed out" and
 * "system abnormal" codes), does not answer in time or the connection breaks, the answer
 * is {@link SubmitResult.OutcomeUnknown} and the caller looks the order up; the only time
 * it is sent again is after Bitget refused it for an expired timestamp ({@code 40008}),
 * which it never acts on: the clock offset is measured again and the same order, under
 * the same client order id, goes once more. Reads are retried with exponential backoff on
 * failures and timeouts. After a rate limit nothing is sent until Bitget's
 * {@code Retry-After}, or a short configured pause, has passed.
 *
 * <p>
 * Limit (good till cancelled or immediate or cancel), post-only and market sell orders
 * are placed. A market buy is refused without a request: Bitget sizes it in the quote
 * currency and its v2 spot API has no option to size it in the base asset, as Sage's
 * quantity is. Stop and take-profit orders are Bitget plan orders, another endpoint, and
 * are refused too.
 *
 * <p>
 * Safe for use from several threads.
 */
public final class BitgetSpotVenue implements ExchangeVenue {

	private static final Logger log = LoggerFactory.getLogger(BitgetSpotVenue.class);

	/** Bitget's public REST root. */
	public static final URI API = URI.create("https://api.bitget.com");

	/** The most orders or trades Bitget answers in one page. */
	static final int PAGE = 100;

	/**
	 * How far back {@link #fills} reads: what {@code GET /api/v2/spot/trade/fills} keeps.
	 */
	public static final Duration FILL_HISTORY = Duration.ofDays(90);

	/**
	 * Client order ids Bitget takes: letters, digits, {@code -} and {@code _}. Its docs
	 * give no pattern; its code {@code 40305} allows at most 50 characters, and 40 are
	 * held to here, room enough for Sage's ids of at most 36.
	 */
	private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private final BitgetHttp http;

	private final BitgetLimits limits;

	/**
	 * A venue for the account {@code credentials} belong to.
	 * @param baseUri Bitget's REST root ({@link #API}, or a test's stand-in)
	 * @param credentials key, secret and the key's passphrase, which Bitget requires
	 * @param clock the local clock: request timestamps (plus the measured offset to
	 * Bitget's) and rate-limit waits are read from it
	 * @param http the client to send with; its connect timeout applies, each request has
	 * {@link BitgetLimits#requestTimeout()}
	 * @throws IllegalArgumentException when the credentials have no passphrase
	 */
	public BitgetSpotVenue(URI baseUri, VenueCredentials credentials, Clock clock, BitgetLimits limits,
			HttpClient http) {
		if (credentials.passphrase() == null) {
			throw new IllegalArgumentException("Bitget keys have a passphrase; these credentials have none");
		}
		this.http = new BitgetHttp(baseUri, credentials, clock, limits, http);
		this.limits = limits;
	}

	@Override
	public String name() {
		return "bitget";
	}

	@Override
	public SubmitResult submit(VenueOrderRequest request) {
		String clientOrderId = request.clientOrderId();
		if (!CLIENT_ORDER_ID.matcher(clientOrderId).matches()) {
			return new SubmitResult.Rejected(clientOrderId,
					VenueFailure.of(Kind.FILTER_FAILURE,
							"Bitget takes client order ids of 1 to 40 letters, digits, '-' and '_', got '"
									+ clientOrderId + "'",
							null));
		}
		String refusal = refusal(request);
		if (refusal != null) {
			return new SubmitResult.Rejected(clientOrderId, VenueFailure.of(Kind.FILTER_FAILURE, refusal, null));
		}
		VenueReply reply = sendSyncingClock(BitgetEndpoint.PLACE_ORDER, orderParams(request));
		return switch (reply) {
			case VenueReply.Ok ok -> {
				try {
					yield BitgetMapping.accepted(ok.body(), request, this.http.venueNow());
				}
				catch (VenueException ex) {
					// code "00000" or no code at all: Bitget may have taken the order
					yield unknown(clientOrderId, "Bitget answered the order but its answer could not be read ("
							+ ex.failure().message() + ")");
				}
			}
			case VenueReply.Refused refused -> new SubmitResult.Rejected(clientOrderId, refused.failure());
			case VenueReply.Unknown unknown -> unknown(clientOrderId, unknown.failure().message());
		};
	}

	/**
	 * Bitget's {@code orderInfo} finds an order by its client id alone; the symbol is not
	 * one of its parameters.
	 */
	@Override
	public Optional<VenueOrder> findByClientOrderId(String symbol, String clientOrderId) {
		Map<String, String> params = VenueCalls.params("clientOid", clientOrderId);
		for (int attempt = 1;; attempt++) {
			try {
				return Optional.of(read(BitgetEndpoint.ORDER_INFO, params, BitgetMapping::order));
			}
			catch (VenueException ex) {
				if (ex.kind() != Kind.UNKNOWN_ORDER) {
					throw ex;
				}
				if (attempt >= this.limits.lookupAttempts()) {
					return Optional.empty();
				}
				// Bitget may not show an order for a moment after creating it
				VenueCalls.pause(this.limits.retryDelay(attempt));
			}
		}
	}

	@Override
	public Optional<VenueOrder> findByVenueOrderId(String symbol, String venueOrderId) {
		try {
			return Optional
				.of(read(BitgetEndpoint.ORDER_INFO, VenueCalls.params("orderId", venueOrderId), BitgetMapping::order));
		}
		catch (VenueException ex) {
			if (ex.kind() == Kind.UNKNOWN_ORDER) {
				// asked about a trade's order: Bitget made the trade, so it knows the
				// order
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * Bitget's answer to a cancel says only that it took the request, so the order is
	 * read once more to report how the cancel left it.
	 */
	@Override
	public VenueOrder cancel(String symbol, String clientOrderId) {
		VenueReply reply = sendSyncingClock(BitgetEndpoint.CANCEL_ORDER,
				VenueCalls.params("symbol", symbol, "clientOid", clientOrderId));
		switch (reply) {
			case VenueReply.Ok ok -> {
				try {
					BitgetMapping.canceled(ok.body());
				}
				catch (VenueException ex) {
					throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
							"cancel of " + clientOrderId + " may or may not have happened: " + ex.failure().message(),
							null), ex);
				}
			}
			case VenueReply.Refused refused -> throw new VenueException(refused.failure());
			// not sent again: a second cancel of a cancelled order answers "does not
			// exist", which would hide what happened; the caller looks the order up
			case VenueReply.Unknown unknown -> throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
					"cancel of " + clientOrderId + " may or may not have happened: " + unknown.failure().message(),
					unknown.failure().venueCode()));
		}
		return findByClientOrderId(symbol, clientOrderId)
			.orElseThrow(() -> new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
					"Bitget took the cancel of " + clientOrderId + " but does not show the order", null)));
	}

	/** Every working order on {@code symbol}, a page of {@value #PAGE} at a time. */
	@Override
	public List<VenueOrder> openOrders(String symbol) {
		List<VenueOrder> open = new ArrayList<>();
		Map<String, String> params = VenueCalls.params("symbol", symbol, "limit", String.valueOf(PAGE));
		while (true) {
			List<VenueOrder> page = read(BitgetEndpoint.UNFILLED_ORDERS, params, BitgetMapping::orders);
			open.addAll(page);
			if (page.size() < PAGE) {
				return open;
			}
			// Bitget pages newest first; idLessThan asks for the ones older than that
			// order
			params.put("idLessThan", page.get(page.size() - 1).venueOrderId());
		}
	}

	/**
	 * Bitget keeps {@value #PAGE}-trade pages of the last 90 days, newest first; they are
	 * read back from the newest by trade id ({@code idLessThan}) and answered oldest
	 * first. Without {@code since}, the most recent page.
	 * @throws IllegalArgumentException when {@code since} is more than
	 * {@link #FILL_HISTORY} back: Bitget keeps no trades older than that
	 */
	@Override
	public List<VenueFill> fills(String symbol, @Nullable Instant since) {
		Map<String, String> params = VenueCalls.params("symbol", symbol, "limit", String.valueOf(PAGE));
		if (since == null) {
			List<VenueFill> recent = new ArrayList<>(read(BitgetEndpoint.FILLS, params, BitgetMapping::fills));
			Collections.reverse(recent);
			return recent;
		}
		Instant now = this.http.venueNow();
		if (since.isBefore(now.minus(FILL_HISTORY))) {
			throw new IllegalArgumentException(
					"Bitget keeps trades for " + FILL_HISTORY.toDays() + " days, asked since " + since);
		}
		// startTime and endTime both, and the same on every page: Bitget reads a window
		// of
		// at most 90 days
		params.put("startTime", String.valueOf(since.toEpochMilli()));
		params.put("endTime", String.valueOf(now.toEpochMilli()));
		List<VenueFill> fills = new ArrayList<>();
		while (true) {
			List<VenueFill> page = read(BitgetEndpoint.FILLS, params, BitgetMapping::fills);
			fills.addAll(page);
			if (page.size() < PAGE) {
				Collections.reverse(fills);
				return fills;
			}
			params.put("idLessThan", page.get(page.size() - 1).venueTradeId());
		}
	}

	@Override
	public Map<String, BigDecimal> balances() {
		return read(BitgetEndpoint.ASSETS, VenueCalls.params(), BitgetMapping::balances);
	}

	@Override
	public VenueKeyPermissions keyPermissions() {
		return read(BitgetEndpoint.ACCOUNT_INFO, VenueCalls.params(), BitgetMapping::keyPermissions);
	}

	@Override
	public VenueInstrument instrument(String symbol) {
		return read(BitgetEndpoint.SYMBOLS, VenueCalls.params("symbol", symbol),
				(body) -> BitgetMapping.instrument(body, symbol));
	}

	private VenueReply sendSyncingClock(BitgetEndpoint endpoint, Map<String, String> params) {
		return VenueCalls.syncingClock(() -> this.http.send(endpoint, params), this.http::syncClock, "Bitget",
				endpoint.describe());
	}

	/**
	 * A read, tried up to {@link BitgetLimits#readAttempts()} times while Bitget fails or
	 * does not answer, with exponential backoff between attempts.
	 */
	private <T> T read(BitgetEndpoint endpoint, Map<String, String> params, Function<String, T> mapping) {
		return VenueCalls.read(() -> sendSyncingClock(endpoint, params), this.limits.readAttempts(),
				this.limits::retryDelay, mapping);
	}

	private static SubmitResult unknown(String clientOrderId, String cause) {
		log.warn("Outcome of Bitget order {} unknown ({}); it is to be looked up, not sent again", clientOrderId,
				cause);
		return new SubmitResult.OutcomeUnknown(clientOrderId, cause);
	}

	/**
	 * Why Bitget's spot API cannot place {@code request} as Sage means it, if it cannot.
	 */
	static @Nullable String refusal(VenueOrderRequest request) {
		return switch (request.type()) {
			case MARKET -> (request.side() == Side.BUY)
					? "Bitget sizes a market buy in the quote currency, and its v2 spot API has no option to size it "
							+ "in the base asset as Sage's quantity is; place a limit order (IOC for one that fills at once)"
					: null;
			case LIMIT, LIMIT_MAKER -> null;
			case STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT ->
				"Bitget places " + request.type() + " orders as plan orders, which this venue does not send";
		};
	}

	/**
	 * Bitget's body for a new spot order; decimals exactly as given. Its docs list
	 * {@code force} as required and ignored on a market order, so a market sell carries
	 * {@code gtc}.
	 */
	static Map<String, String> orderParams(VenueOrderRequest request) {
		String force = switch (request.type()) {
			case LIMIT_MAKER -> "post_only";
			case LIMIT -> (request.timeInForce() == TimeInForce.IOC) ? "ioc" : "gtc";
			default -> "gtc";
		};
		Map<String, String> params = VenueCalls.params("symbol", request.symbol(), "side",
				(request.side() == Side.BUY) ? "buy" : "sell", "orderType",
				(request.type() == OrderType.MARKET) ? "market" : "limit", "force", force);
		if (request.price() != null) {
			params.put("price", request.price().toPlainString());
		}
		params.put("size", request.quantity().toPlainString());
		params.put("clientOid", request.clientOrderId());
		return params;
	}

}
