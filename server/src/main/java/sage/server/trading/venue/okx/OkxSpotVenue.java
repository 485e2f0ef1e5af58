package sage.server.trading.venue.okx;

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
import sage.server.trading.venue.okx.OkxMapping.FillPage;

/**
 * An OKX spot (cash) account: orders placed, looked up and cancelled by client order id,
 * open orders, trades and balances, over OKX's signed v5 REST API. Symbols are OKX's
 * instrument ids ({@code BTC-USDT}).
 *
 * <p>
 * A new order is sent once. When OKX fails (HTTP 5xx, or its "system busy" and "request
 * timeout" codes), does not answer in time or the connection breaks, the answer is
 * {@link SubmitResult.OutcomeUnknown} and the caller looks the order up; the only time it
 * is sent again is after OKX refused it for an expired timestamp ({@code 50102}), which
 * it never acts on: the clock offset is measured again and the same order, under the same
 * client order id, goes once more. Reads are retried with exponential backoff on failures
 * and timeouts. After a rate limit nothing is sent until OKX's {@code Retry-After}, or a
 * short configured pause, has passed.
 *
 * <p>
 * Market, limit (good till cancelled or immediate or cancel) and post-only orders are
 * placed; stop and take-profit orders are OKX algo orders, another endpoint, and are
 * refused here without a request.
 *
 * <p>
 * Safe for use from several threads.
 */
public final class OkxSpotVenue implements ExchangeVenue {

	private static final Logger log = LoggerFactory.getLogger(OkxSpotVenue.class);

	/** OKX's public REST root. */
	public static final URI API = URI.create("https://www.okx.com");

	/** The most orders or trades OKX answers in one page. */
	static final int PAGE = 100;

	/** How far back {@code GET /api/v5/trade/fills} reaches; older trades are history. */
	static final Duration RECENT_FILLS = Duration.ofDays(3);

	/** How far back {@link #fills} reads: what {@code fills-history} keeps. */
	public static final Duration FILL_HISTORY = Duration.ofDays(90);

	/** OKX's rule for client order ids: letters and digits only. */
	private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[A-Za-z0-9]{1,32}");

	private final OkxHttp http;

	private final OkxLimits limits;

	/**
	 * A venue for the account {@code credentials} belong to.
	 * @param baseUri OKX's REST root ({@link #API}, or a test's stand-in)
	 * @param credentials key, secret and the key's passphrase, which OKX requires
	 * @param clock the local clock: request timestamps (plus the measured offset to
	 * OKX's) and rate-limit waits are read from it
	 * @param http the client to send with; its connect timeout applies, each request has
	 * {@link OkxLimits#requestTimeout()}
	 * @throws IllegalArgumentException when the credentials have no passphrase
	 */
	public OkxSpotVenue(URI baseUri, VenueCredentials credentials, Clock clock, OkxLimits limits, HttpClient http) {
		if (credentials.passphrase() == null) {
			throw new IllegalArgumentException("OKX keys have a passphrase; these credentials have none");
		}
		this.http = new OkxHttp(baseUri, credentials, clock, limits, http);
		this.limits = limits;
	}

	@Override
	public String name() {
		return "okx";
	}

	@Override
	public SubmitResult submit(VenueOrderRequest request) {
		String clientOrderId = request.clientOrderId();
		if (!CLIENT_ORDER_ID.matcher(clientOrderId).matches()) {
			return new SubmitResult.Rejected(clientOrderId, VenueFailure.of(Kind.FILTER_FAILURE,
					"OKX takes client order ids of 1 to 32 letters and digits, got '" + clientOrderId + "'", null));
		}
		String ordType = ordType(request);
		if (ordType == null) {
			return new SubmitResult.Rejected(clientOrderId, VenueFailure.of(Kind.FILTER_FAILURE,
					"OKX places " + request.type() + " orders as algo orders, which this venue does not send", null));
		}
		VenueReply reply = sendSyncingClock(OkxEndpoint.PLACE_ORDER, orderParams(request, ordType));
		return switch (reply) {
			case VenueReply.Ok ok -> {
				try {
					yield OkxMapping.accepted(ok.body(), request, this.http.venueNow());
				}
				catch (VenueException ex) {
					// code "0" or no code at all: OKX may have taken the order
					yield unknown(clientOrderId,
							"OKX answered the order but its answer could not be read (" + ex.failure().message() + ")");
				}
			}
			case VenueReply.Refused refused -> new SubmitResult.Rejected(clientOrderId, refused.failure());
			case VenueReply.Unknown unknown -> unknown(clientOrderId, unknown.failure().message());
		};
	}

	@Override
	public Optional<VenueOrder> findByClientOrderId(String symbol, String clientOrderId) {
		Map<String, String> params = VenueCalls.params("instId", symbol, "clOrdId", clientOrderId);
		for (int attempt = 1;; attempt++) {
			try {
				return Optional.of(read(OkxEndpoint.ORDER, params, OkxMapping::order));
			}
			catch (VenueException ex) {
				if (ex.kind() != Kind.UNKNOWN_ORDER) {
					throw ex;
				}
				if (attempt >= this.limits.lookupAttempts()) {
					return Optional.empty();
				}
				// OKX may not show an order for a moment after creating it
				VenueCalls.pause(this.limits.retryDelay(attempt));
			}
		}
	}

	@Override
	public Optional<VenueOrder> findByVenueOrderId(String symbol, String venueOrderId) {
		try {
			return Optional.of(read(OkxEndpoint.ORDER, VenueCalls.params("instId", symbol, "ordId", venueOrderId),
					OkxMapping::order));
		}
		catch (VenueException ex) {
			if (ex.kind() == Kind.UNKNOWN_ORDER) {
				// asked about a trade's order: OKX made the trade, so it knows the order
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * OKX's answer to a cancel says only that it took the request, so the order is read
	 * once more to report how the cancel left it.
	 */
	@Override
	public VenueOrder cancel(String symbol, String clientOrderId) {
		VenueReply reply = sendSyncingClock(OkxEndpoint.CANCEL_ORDER,
				VenueCalls.params("instId", symbol, "clOrdId", clientOrderId));
		switch (reply) {
			case VenueReply.Ok ok -> {
				try {
					OkxMapping.canceled(ok.body());
				}
				catch (VenueException ex) {
					throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
							"cancel of " + clientOrderId + " may or may not have happened: " + ex.failure().message(),
							null), ex);
				}
			}
			case VenueReply.Refused refused -> throw new VenueException(refused.failure());
			// not sent again: a second cancel of a cancelled order answers "already
			// canceled", which would hide what happened; the caller looks the order up
			case VenueReply.Unknown unknown -> throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
					"cancel of " + clientOrderId + " may or may not have happened: " + unknown.failure().message(),
					unknown.failure().venueCode()));
		}
		return findByClientOrderId(symbol, clientOrderId).orElseThrow(() -> new VenueException(VenueFailure
			.of(Kind.UNAVAILABLE, "OKX took the cancel of " + clientOrderId + " but does not show the order", null)));
	}

	/** Every working order on {@code symbol}, a page of {@value #PAGE} at a time. */
	@Override
	public List<VenueOrder> openOrders(String symbol) {
		List<VenueOrder> open = new ArrayList<>();
		Map<String, String> params = VenueCalls.params("instType", "SPOT", "instId", symbol, "limit",
				String.valueOf(PAGE));
		while (true) {
			List<VenueOrder> page = read(OkxEndpoint.ORDERS_PENDING, params, OkxMapping::orders);
			open.addAll(page);
			if (page.size() < PAGE) {
				return open;
			}
			// OKX pages newest first; "after" asks for the ones older than that order
			params.put("after", page.get(page.size() - 1).venueOrderId());
		}
	}

	/**
	 * OKX keeps the last three days of trades in {@code fills} and three months in
	 * {@code fills-history}; the one that reaches {@code since} is read, a page at a time
	 * back from the newest by bill id, and answered oldest first.
	 * @throws IllegalArgumentException when {@code since} is more than
	 * {@link #FILL_HISTORY} back: OKX keeps no trades older than that
	 */
	@Override
	public List<VenueFill> fills(String symbol, @Nullable Instant since) {
		Map<String, String> params = VenueCalls.params("instType", "SPOT", "instId", symbol, "limit",
				String.valueOf(PAGE));
		if (since == null) {
			List<VenueFill> recent = new ArrayList<>(read(OkxEndpoint.FILLS, params, OkxMapping::fills).fills());
			Collections.reverse(recent);
			return recent;
		}
		Instant now = this.http.venueNow();
		if (since.isBefore(now.minus(FILL_HISTORY))) {
			throw new IllegalArgumentException(
					"OKX keeps trades for " + FILL_HISTORY.toDays() + " days, asked since " + since);
		}
		OkxEndpoint endpoint = since.isBefore(now.minus(RECENT_FILLS)) ? OkxEndpoint.FILLS_HISTORY : OkxEndpoint.FILLS;
		params.put("begin", String.valueOf(since.toEpochMilli()));
		List<VenueFill> fills = new ArrayList<>();
		while (true) {
			FillPage page = read(endpoint, params, OkxMapping::fills);
			fills.addAll(page.fills());
			if (page.fills().size() < PAGE || page.oldestBillId() == null) {
				Collections.reverse(fills);
				return fills;
			}
			params.put("after", page.oldestBillId());
		}
	}

	@Override
	public Map<String, BigDecimal> balances() {
		return read(OkxEndpoint.BALANCE, VenueCalls.params(), OkxMapping::balances);
	}

	@Override
	public VenueKeyPermissions keyPermissions() {
		return read(OkxEndpoint.ACCOUNT_CONFIG, VenueCalls.params(), OkxMapping::keyPermissions);
	}

	@Override
	public VenueInstrument instrument(String symbol) {
		return read(OkxEndpoint.INSTRUMENTS, VenueCalls.params("instType", "SPOT", "instId", symbol),
				(body) -> OkxMapping.instrument(body, symbol));
	}

	private VenueReply sendSyncingClock(OkxEndpoint endpoint, Map<String, String> params) {
		return VenueCalls.syncingClock(() -> this.http.send(endpoint, params), this.http::syncClock, "OKX",
				endpoint.describe());
	}

	/**
	 * A read, tried up to {@link OkxLimits#readAttempts()} times while OKX fails or does
	 * not answer, with exponential backoff between attempts.
	 */
	private <T> T read(OkxEndpoint endpoint, Map<String, String> params, Function<String, T> mapping) {
		return VenueCalls.read(() -> sendSyncingClock(endpoint, params), this.limits.readAttempts(),
				this.limits::retryDelay, mapping);
	}

	private static SubmitResult unknown(String clientOrderId, String cause) {
		log.warn("Outcome of OKX order {} unknown ({}); it is to be looked up, not sent again", clientOrderId, cause);
		return new SubmitResult.OutcomeUnknown(clientOrderId, cause);
	}

	/**
	 * OKX's {@code ordType} for the request, or {@code null} when OKX places that kind
	 * only as an algo order.
	 */
	static @Nullable String ordType(VenueOrderRequest request) {
		return switch (request.type()) {
			case MARKET -> "market";
			case LIMIT -> (request.timeInForce() == TimeInForce.IOC) ? "ioc" : "limit";
			case LIMIT_MAKER -> "post_only";
			case STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT -> null;
		};
	}

	/**
	 * OKX's body for a new spot order; decimals exactly as given. A market buy's size
	 * would be in the quote currency by OKX's default, so {@code tgtCcy=base_ccy} keeps
	 * it in the base asset, as Sage's quantity is.
	 */
	static Map<String, String> orderParams(VenueOrderRequest request, String ordType) {
		Map<String, String> params = VenueCalls.params("instId", request.symbol(), "tdMode", "cash", "clOrdId",
				request.clientOrderId(), "side", (request.side() == Side.BUY) ? "buy" : "sell", "ordType", ordType,
				"sz", request.quantity().toPlainString());
		if (request.price() != null) {
			params.put("px", request.price().toPlainString());
		}
		if ("market".equals(ordType) && request.side() == Side.BUY) {
			params.put("tgtCcy", "base_ccy");
		}
		return params;
	}

}
