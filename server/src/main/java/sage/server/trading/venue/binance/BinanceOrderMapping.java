package sage.server.trading.venue.binance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.Side;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueInstrument;
import sage.server.trading.venue.VenueKeyPermissions;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderStatus;

/**
 * Binance spot answers as venue records, field by field from Binance's REST docs. Pure
 * functions: no I/O, no clock. Decimals are read from Binance's strings straight into
 * {@link BigDecimal}, never through {@code double}. Anything missing or out of shape is a
 * {@link VenueException} of kind {@link Kind#MALFORMED}, never a crash.
 */
final class BinanceOrderMapping {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BinanceOrderMapping() {
	}

	/**
	 * The answer to a new order asked for with {@code newOrderRespType=FULL}: the order
	 * and the fills it made at once (which carry no time of their own: they are dated
	 * with the order's {@code transactTime}).
	 */
	static SubmitResult.Accepted accepted(String body) {
		JsonNode root = object(body);
		VenueOrder order = order(root, "clientOrderId");
		List<VenueFill> fills = new ArrayList<>();
		JsonNode given = root.path("fills");
		if (!given.isMissingNode() && !given.isArray()) {
			throw malformed("'fills' is not an array");
		}
		for (JsonNode fill : given) {
			fills.add(new VenueFill(text(fill, "tradeId"), order.venueOrderId(), order.symbol(), order.side(),
					decimal(fill, "price"), decimal(fill, "qty"), decimal(fill, "commission"),
					text(fill, "commissionAsset"), order.updatedAt()));
		}
		return new SubmitResult.Accepted(order, fills);
	}

	/** One order, as {@code GET /api/v3/order} answers. */
	static VenueOrder order(String body) {
		return order(object(body), "clientOrderId");
	}

	/**
	 * The cancelled order, as {@code DELETE /api/v3/order} answers: its own client id is
	 * {@code origClientOrderId} ({@code clientOrderId} there is the cancel request's).
	 */
	static VenueOrder canceled(String body) {
		return order(object(body), "origClientOrderId");
	}

	/** The orders of {@code GET /api/v3/openOrders}. */
	static List<VenueOrder> orders(String body) {
		List<VenueOrder> orders = new ArrayList<>();
		for (JsonNode order : array(body)) {
			orders.add(order(order, "clientOrderId"));
		}
		return orders;
	}

	/** The trades of {@code GET /api/v3/myTrades}, in Binance's order (oldest first). */
	static List<VenueFill> trades(String body) {
		List<VenueFill> fills = new ArrayList<>();
		for (JsonNode trade : array(body)) {
			JsonNode buyer = trade.path("isBuyer");
			if (!buyer.isBoolean()) {
				throw malformed("'isBuyer' is not a boolean");
			}
			fills.add(new VenueFill(text(trade, "id"), text(trade, "orderId"), text(trade, "symbol"),
					buyer.booleanValue() ? Side.BUY : Side.SELL, decimal(trade, "price"), decimal(trade, "qty"),
					decimal(trade, "commission"), text(trade, "commissionAsset"), millis(trade, "time")));
		}
		return fills;
	}

	/**
	 * The balances of {@code GET /api/v3/account}, free plus locked per asset; assets
	 * with nothing in them are left out.
	 */
	static Map<String, BigDecimal> balances(String body) {
		JsonNode balances = object(body).path("balances");
		if (!balances.isArray()) {
			throw malformed("'balances' is not an array");
		}
		Map<String, BigDecimal> held = new TreeMap<>();
		for (JsonNode balance : balances) {
			BigDecimal total = decimal(balance, "free").add(decimal(balance, "locked"));
			if (total.signum() != 0) {
				held.merge(text(balance, "asset"), total, BigDecimal::add);
			}
		}
		return held;
	}

	/** Binance's time from {@code GET /api/v3/time}. */
	static Instant serverTime(String body) {
		return millis(object(body), "serverTime");
	}

	/** Whether {@code GET /api/v3/account} says the account may trade. */
	static boolean canTrade(String body) {
		JsonNode canTrade = object(body).path("canTrade");
		if (!canTrade.isBoolean()) {
			throw malformed("'canTrade' is not a boolean");
		}
		return canTrade.booleanValue();
	}

	/**
	 * The key's permissions from {@code GET /sapi/v1/account/apiRestrictions}; spot
	 * trading needs both the key's {@code enableSpotAndMarginTrading} and the account's
	 * {@code canTrade}.
	 */
	static VenueKeyPermissions keyPermissions(String body, boolean accountTrades) {
		JsonNode root = object(body);
		return new VenueKeyPermissions(flag(root, "enableReading"),
				accountTrades && flag(root, "enableSpotAndMarginTrading"), flag(root, "enableWithdrawals"),
				flag(root, "ipRestrict"));
	}

	/**
	 * One symbol of {@code GET /api/v3/exchangeInfo}: tick from {@code PRICE_FILTER}, lot
	 * and minimum quantity from {@code LOT_SIZE}, minimum order value from
	 * {@code NOTIONAL} (or the older {@code MIN_NOTIONAL}). A symbol without a price or
	 * lot filter cannot be traded safely: its orders could not be rounded.
	 */
	static VenueInstrument instrument(String body, String symbol) {
		JsonNode symbols = object(body).path("symbols");
		if (!symbols.isArray()) {
			throw malformed("'symbols' is not an array");
		}
		for (JsonNode candidate : symbols) {
			if (!symbol.equals(candidate.path("symbol").asString(""))) {
				continue;
			}
			BigDecimal tick = null;
			BigDecimal lot = null;
			BigDecimal minQuantity = BigDecimal.ZERO;
			BigDecimal minNotional = BigDecimal.ZERO;
			for (JsonNode filter : candidate.path("filters")) {
				switch (filter.path("filterType").asString("")) {
					case "PRICE_FILTER" -> tick = decimal(filter, "tickSize");
					case "LOT_SIZE" -> {
						lot = decimal(filter, "stepSize");
						minQuantity = decimal(filter, "minQty");
					}
					case "NOTIONAL", "MIN_NOTIONAL" -> minNotional = decimal(filter, "minNotional");
					default -> {
						// the other filters (percent price, iceberg parts, max orders)
						// are
						// checked by Binance and answered as FILTER_FAILURE
					}
				}
			}
			if (tick == null || lot == null || tick.signum() <= 0 || lot.signum() <= 0) {
				throw malformed(symbol + " has no positive PRICE_FILTER tickSize and LOT_SIZE stepSize");
			}
			return new VenueInstrument(symbol, text(candidate, "baseAsset"), text(candidate, "quoteAsset"),
					new InstrumentSpec(tick.stripTrailingZeros(), lot.stripTrailingZeros(), minNotional), minQuantity,
					"TRADING".equals(candidate.path("status").asString("")));
		}
		throw new VenueException(VenueFailure.of(Kind.FILTER_FAILURE, "Binance lists no symbol " + symbol, null));
	}

	private static boolean flag(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isBoolean()) {
			throw malformed("'" + field + "' is not a boolean");
		}
		return value.booleanValue();
	}

	private static VenueOrder order(JsonNode order, String clientIdField) {
		BigDecimal price = decimal(order, "price");
		return new VenueOrder(text(order, clientIdField), text(order, "orderId"), text(order, "symbol"),
				side(text(order, "side")), status(order), decimal(order, "origQty"), decimal(order, "executedQty"),
				(price.signum() == 0) ? null : price, updatedAt(order));
	}

	private static VenueOrderStatus status(JsonNode order) {
		return status(text(order, "status"), decimal(order, "executedQty"));
	}

	/**
	 * Binance's order status ({@code status} in REST answers, {@code X} in execution
	 * reports) as the venue-neutral one.
	 * @param executed how much of the order has filled, which tells a pending cancel's
	 * working state
	 */
	static VenueOrderStatus status(String status, BigDecimal executed) {
		return switch (status) {
			case "NEW", "PENDING_NEW" -> VenueOrderStatus.NEW;
			case "PARTIALLY_FILLED" -> VenueOrderStatus.PARTIALLY_FILLED;
			case "FILLED" -> VenueOrderStatus.FILLED;
			case "CANCELED" -> VenueOrderStatus.CANCELED;
			// still working until Binance says it is cancelled (unused by Binance today)
			case "PENDING_CANCEL" -> (executed.signum() > 0) ? VenueOrderStatus.PARTIALLY_FILLED : VenueOrderStatus.NEW;
			case "REJECTED" -> VenueOrderStatus.REJECTED;
			// EXPIRED_IN_MATCH: ended by self-trade prevention
			case "EXPIRED", "EXPIRED_IN_MATCH" -> VenueOrderStatus.EXPIRED;
			default -> throw malformed("unknown order status '" + status + "'");
		};
	}

	static Side side(String side) {
		return switch (side) {
			case "BUY" -> Side.BUY;
			case "SELL" -> Side.SELL;
			default -> throw malformed("unknown side '" + side + "'");
		};
	}

	/**
	 * The latest time the order carries: update, transaction (new, cancel) or creation.
	 */
	private static Instant updatedAt(JsonNode order) {
		for (String field : new String[] { "updateTime", "transactTime", "time" }) {
			if (order.has(field)) {
				return millis(order, field);
			}
		}
		throw malformed("the order carries no time");
	}

	static JsonNode object(String body) {
		JsonNode root = tree(body);
		if (!root.isObject()) {
			throw malformed("not a JSON object");
		}
		return root;
	}

	private static JsonNode array(String body) {
		JsonNode root = tree(body);
		if (!root.isArray()) {
			throw malformed("not a JSON array");
		}
		return root;
	}

	private static JsonNode tree(String body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root == null || root.isMissingNode()) {
				throw malformed("empty answer");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new VenueException(
					VenueFailure.of(Kind.MALFORMED, "answer is not JSON: " + ex.getOriginalMessage(), null), ex);
		}
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isString() && !value.asString().isEmpty()) {
			return value.asString();
		}
		if (value.isIntegralNumber()) {
			return value.asString();
		}
		throw malformed("'" + field + "' is missing or not text");
	}

	static BigDecimal decimal(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString()) {
			// Binance sends every decimal as a string, so that no parser rounds it
			throw malformed("'" + field + "' is missing or not a decimal string");
		}
		try {
			return new BigDecimal(value.asString());
		}
		catch (NumberFormatException ex) {
			throw malformed("'" + field + "' is not a decimal: " + value.asString());
		}
	}

	static Instant millis(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
			throw malformed("'" + field + "' is not a time in epoch milliseconds");
		}
		return Instant.ofEpochMilli(value.longValue());
	}

	static VenueException malformed(String reason) {
		return new VenueException(VenueFailure.of(Kind.MALFORMED, "answer out of shape: " + reason, null));
	}

}
