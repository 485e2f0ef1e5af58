package sage.server.trading.venue.bybit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.Side;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueInstrument;
import sage.server.trading.venue.VenueKeyPermissions;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderRequest;
import sage.server.trading.venue.VenueOrderStatus;

/**
 * Bybit v5 answers as venue records, field by field from Bybit's REST docs. Pure
 * functions: no I/O, no clock. Every answer is the envelope
 * {@code {"retCode":0,"retMsg":"OK","result":{…},"time":…}}; decimals are read from
 * Bybit's strings straight into {@link BigDecimal}, times from its millisecond strings.
 * Anything missing or out of shape is a {@link VenueException} of kind
 * {@link Kind#MALFORMED}, never a crash.
 */
final class BybitOrderMapping {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BybitOrderMapping() {
	}

	/**
	 * The answer to {@code POST /v5/order/create}: Bybit returns only the order's ids, so
	 * the order is reported as asked for, NEW and unfilled, dated with the answer's
	 * {@code time}; what it filled at once is read from its fills or a lookup.
	 */
	static SubmitResult.Accepted accepted(String body, VenueOrderRequest request) {
		JsonNode root = envelope(body);
		JsonNode result = object(root, "result");
		String clientOrderId = text(result, "orderLinkId");
		if (!clientOrderId.equals(request.clientOrderId())) {
			throw malformed("the answer is about order '" + clientOrderId + "', not '" + request.clientOrderId() + "'");
		}
		VenueOrder order = new VenueOrder(clientOrderId, text(result, "orderId"), request.symbol(), request.side(),
				VenueOrderStatus.NEW, request.quantity(), BigDecimal.ZERO, request.price(), millis(root, "time"));
		return new SubmitResult.Accepted(order, List.of());
	}

	/**
	 * The orders of {@code GET /v5/order/realtime} or {@code /v5/order/history}, and the
	 * cursor to the next page.
	 */
	static Page<VenueOrder> orders(String body) {
		return page(body, BybitOrderMapping::order);
	}

	/**
	 * The trades of {@code GET /v5/execution/list}, in Bybit's order (newest first), and
	 * the cursor to the next page. Executions that are not trades (Bybit's
	 * {@code execType} other than {@code Trade}, such as funding on derivatives) are left
	 * out.
	 */
	static Page<VenueFill> executions(String body) {
		Page<JsonNode> raw = page(body, Function.identity());
		List<VenueFill> fills = new ArrayList<>();
		for (JsonNode execution : raw.items()) {
			String type = execution.path("execType").asString("Trade");
			if (!"Trade".equals(type)) {
				continue;
			}
			fills.add(new VenueFill(text(execution, "execId"), text(execution, "orderId"), text(execution, "symbol"),
					side(text(execution, "side")), decimal(execution, "execPrice"), decimal(execution, "execQty"),
					decimal(execution, "execFee"), text(execution, "feeCurrency"), millis(execution, "execTime")));
		}
		return new Page<>(fills, raw.nextCursor());
	}

	/**
	 * The balances of {@code GET /v5/account/wallet-balance}: each coin's
	 * {@code walletBalance} (free plus what orders lock); coins with nothing in them are
	 * left out.
	 */
	static Map<String, BigDecimal> balances(String body) {
		JsonNode accounts = array(object(envelope(body), "result"), "list");
		Map<String, BigDecimal> held = new TreeMap<>();
		for (JsonNode account : accounts) {
			for (JsonNode coin : array(account, "coin")) {
				BigDecimal balance = decimal(coin, "walletBalance");
				if (balance.signum() != 0) {
					held.merge(text(coin, "coin"), balance, BigDecimal::add);
				}
			}
		}
		return held;
	}

	/** Bybit's time from {@code GET /v5/market/time}, to the millisecond. */
	static Instant serverTime(String body) {
		JsonNode root = envelope(body);
		JsonNode nanos = root.path("result").path("timeNano");
		if (nanos.isString()) {
			try {
				return Instant.ofEpochMilli(Long.parseLong(nanos.asString()) / 1_000_000);
			}
			catch (NumberFormatException ex) {
				throw malformed("'timeNano' is not a number: " + nanos.asString());
			}
		}
		return millis(root, "time");
	}

	/**
	 * The key's permissions from {@code GET /v5/user/query-api}: it reads (it was just
	 * read with), it trades spot when it is not read-only and {@code permissions.Spot}
	 * holds {@code SpotTrade}, it withdraws when {@code permissions.Wallet} holds
	 * {@code Withdraw}, and it is IP restricted unless its {@code ips} are empty or
	 * {@code ["*"]}.
	 */
	static VenueKeyPermissions keyPermissions(String body) {
		JsonNode key = object(envelope(body), "result");
		JsonNode readOnly = key.path("readOnly");
		if (!readOnly.isIntegralNumber()) {
			throw malformed("'readOnly' is not 0 or 1");
		}
		JsonNode permissions = object(key, "permissions");
		boolean trades = readOnly.intValue() == 0 && contains(permissions.path("Spot"), "SpotTrade");
		boolean withdraws = contains(permissions.path("Wallet"), "Withdraw");
		boolean restricted = false;
		for (JsonNode ip : key.path("ips")) {
			if (!"*".equals(ip.asString(""))) {
				restricted = true;
			}
		}
		return new VenueKeyPermissions(true, trades, withdraws, restricted);
	}

	/**
	 * One symbol of {@code GET /v5/market/instruments-info?category=spot}: tick from
	 * {@code priceFilter.tickSize}, lot from {@code lotSizeFilter.basePrecision}, minimum
	 * quantity {@code minOrderQty} and minimum order value {@code minOrderAmt}; it trades
	 * while its {@code status} is {@code Trading}.
	 */
	static VenueInstrument instrument(String body, String symbol) {
		for (JsonNode candidate : array(object(envelope(body), "result"), "list")) {
			if (!symbol.equals(candidate.path("symbol").asString(""))) {
				continue;
			}
			JsonNode lots = object(candidate, "lotSizeFilter");
			BigDecimal tick = decimal(object(candidate, "priceFilter"), "tickSize");
			BigDecimal lot = decimal(lots, "basePrecision");
			if (tick.signum() <= 0 || lot.signum() <= 0) {
				throw malformed(symbol + " has no positive tickSize and basePrecision");
			}
			BigDecimal minNotional = lots.has("minOrderAmt") ? decimal(lots, "minOrderAmt") : BigDecimal.ZERO;
			return new VenueInstrument(symbol, text(candidate, "baseCoin"), text(candidate, "quoteCoin"),
					new InstrumentSpec(tick.stripTrailingZeros(), lot.stripTrailingZeros(), minNotional),
					decimal(lots, "minOrderQty"), "Trading".equals(candidate.path("status").asString("")));
		}
		throw new VenueException(VenueFailure.of(Kind.FILTER_FAILURE, "Bybit lists no spot symbol " + symbol, null));
	}

	private static VenueOrder order(JsonNode order) {
		JsonNode price = order.path("price");
		BigDecimal limit = (price.isString() && !price.asString().isEmpty()) ? decimal(order, "price") : null;
		// an order placed on Bybit's site may carry no orderLinkId: Sage gave it none
		return new VenueOrder(order.path("orderLinkId").asString(""), text(order, "orderId"), text(order, "symbol"),
				side(text(order, "side")), status(text(order, "orderStatus")), decimal(order, "qty"),
				decimal(order, "cumExecQty"), (limit == null || limit.signum() == 0) ? null : limit,
				millis(order, order.has("updatedTime") ? "updatedTime" : "createdTime"));
	}

	private static VenueOrderStatus status(String status) {
		return switch (status) {
			// Untriggered: a conditional order waiting for its trigger; Triggered: on
			// its way to the book
			case "New", "Untriggered", "Triggered" -> VenueOrderStatus.NEW;
			case "PartiallyFilled" -> VenueOrderStatus.PARTIALLY_FILLED;
			case "Filled" -> VenueOrderStatus.FILLED;
			// Deactivated: a conditional order cancelled before it triggered
			case "Cancelled", "PartiallyFilledCanceled", "Deactivated" -> VenueOrderStatus.CANCELED;
			case "Rejected" -> VenueOrderStatus.REJECTED;
			default -> throw malformed("unknown order status '" + status + "'");
		};
	}

	private static Side side(String side) {
		return switch (side) {
			case "Buy" -> Side.BUY;
			case "Sell" -> Side.SELL;
			default -> throw malformed("unknown side '" + side + "'");
		};
	}

	private static <T> Page<T> page(String body, Function<JsonNode, T> item) {
		JsonNode result = object(envelope(body), "result");
		List<T> items = new ArrayList<>();
		for (JsonNode entry : array(result, "list")) {
			items.add(item.apply(entry));
		}
		String cursor = result.path("nextPageCursor").asString("");
		return new Page<>(items, cursor.isEmpty() ? null : cursor);
	}

	private static boolean contains(JsonNode list, String wanted) {
		for (JsonNode entry : list) {
			if (wanted.equals(entry.asString(""))) {
				return true;
			}
		}
		return false;
	}

	/** The envelope, which must say success: refusals were sorted out before mapping. */
	private static JsonNode envelope(String body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new VenueException(
					VenueFailure.of(Kind.MALFORMED, "answer is not JSON: " + ex.getOriginalMessage(), null), ex);
		}
		if (root == null || !root.isObject()) {
			throw malformed("not a JSON object");
		}
		JsonNode code = root.path("retCode");
		if (!code.isIntegralNumber() || code.intValue() != 0) {
			throw malformed("'retCode' is missing or not 0");
		}
		return root;
	}

	private static JsonNode object(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isObject()) {
			throw malformed("'" + field + "' is not an object");
		}
		return value;
	}

	private static JsonNode array(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isArray()) {
			throw malformed("'" + field + "' is not an array");
		}
		return value;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isString() && !value.asString().isEmpty()) {
			return value.asString();
		}
		if (value.isIntegralNumber()) {
			return value.asString();
		}
		throw malformed("'" + field + "' is missing or not text");
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString()) {
			// Bybit sends every decimal as a string, so that no parser rounds it
			throw malformed("'" + field + "' is missing or not a decimal string");
		}
		try {
			return new BigDecimal(value.asString());
		}
		catch (NumberFormatException ex) {
			throw malformed("'" + field + "' is not a decimal: " + value.asString());
		}
	}

	/**
	 * Bybit's times: epoch milliseconds, as a string in lists and a number in envelopes.
	 */
	private static Instant millis(JsonNode node, String field) {
		JsonNode value = node.path(field);
		long millis;
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			millis = value.longValue();
		}
		else if (value.isString()) {
			try {
				millis = Long.parseLong(value.asString());
			}
			catch (NumberFormatException ex) {
				throw malformed("'" + field + "' is not a time in epoch milliseconds");
			}
		}
		else {
			throw malformed("'" + field + "' is not a time in epoch milliseconds");
		}
		if (millis < 0) {
			throw malformed("'" + field + "' is before 1970");
		}
		return Instant.ofEpochMilli(millis);
	}

	private static VenueException malformed(String reason) {
		return new VenueException(VenueFailure.of(Kind.MALFORMED, "answer out of shape: " + reason, null));
	}

	/**
	 * One page of a list and the cursor to the next.
	 *
	 * @param items the page's entries, in Bybit's order
	 * @param nextCursor Bybit's {@code nextPageCursor}; {@code null} on the last page
	 */
	record Page<T>(List<T> items, @Nullable String nextCursor) {

		Page {
			items = List.copyOf(items);
		}

	}

}
