package sage.server.trading.venue.bitget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueInstrument;
import sage.server.trading.venue.VenueKeyPermissions;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderRequest;
import sage.server.trading.venue.VenueOrderStatus;

/**
 * Bitget v2 spot answers as venue records, field by field from Bitget's REST docs. Pure
 * functions: no I/O, no clock. Every answer is the envelope
 * {@code {"code":"00000","msg":"success","requestTime":…,"data":…}} (failures were sorted
 * out before: see {@link BitgetErrors}); decimals and times are strings, read straight
 * into {@link BigDecimal} and epoch milliseconds. Anything missing or out of shape is a
 * {@link VenueException} of kind {@link Kind#MALFORMED}, never a crash.
 */
final class BitgetMapping {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BitgetMapping() {
	}

	/**
	 * The answer to a new order. Bitget says only that it took the order
	 * ({@code orderId}, {@code clientOid}), not how it stands, so the order is reported
	 * as Sage asked for it, {@link VenueOrderStatus#NEW} with nothing filled, at the
	 * envelope's {@code requestTime}; what it did next is read with a lookup or from the
	 * fills.
	 * @param placedAt the time to give the order when the answer carries none
	 */
	static SubmitResult.Accepted accepted(String body, VenueOrderRequest request, Instant placedAt) {
		JsonNode root = root(body);
		JsonNode ack = object(root);
		String clientOrderId = ack.path("clientOid").asString("");
		if (!clientOrderId.isEmpty() && !clientOrderId.equals(request.clientOrderId())) {
			throw malformed("answer is about order '" + clientOrderId + "', not '" + request.clientOrderId() + "'");
		}
		Instant at = root.path("requestTime").isIntegralNumber()
				? Instant.ofEpochMilli(root.path("requestTime").asLong()) : placedAt;
		VenueOrder order = new VenueOrder(request.clientOrderId(), text(ack, "orderId"), request.symbol(),
				request.side(), VenueOrderStatus.NEW, request.quantity(), BigDecimal.ZERO, request.price(), at);
		return new SubmitResult.Accepted(order, List.of());
	}

	/**
	 * The answer to a cancel: Bitget's id of the order it is cancelling. It says nothing
	 * of how the order stands.
	 */
	static String canceled(String body) {
		return text(object(root(body)), "orderId");
	}

	/**
	 * The order of {@code GET /api/v2/spot/trade/orderInfo}, which answers a list of at
	 * most one.
	 * @throws VenueException {@link Kind#UNKNOWN_ORDER} when Bitget answered no order
	 */
	static VenueOrder order(String body) {
		List<JsonNode> data = array(root(body));
		if (data.isEmpty()) {
			throw new VenueException(VenueFailure.of(Kind.UNKNOWN_ORDER, "Bitget answered no order", null));
		}
		return order(data.get(0));
	}

	/**
	 * The orders of {@code GET /api/v2/spot/trade/unfilled-orders}, in Bitget's order.
	 */
	static List<VenueOrder> orders(String body) {
		return array(root(body)).stream().map(BitgetMapping::order).toList();
	}

	/**
	 * A page of {@code GET /api/v2/spot/trade/fills}, newest first as Bitget sends them.
	 */
	static List<VenueFill> fills(String body) {
		return array(root(body)).stream().map(BitgetMapping::fill).toList();
	}

	/**
	 * What {@code GET /api/v2/spot/account/assets} says each coin holds: available,
	 * frozen (in orders) and locked, added up; coins with nothing in them are left out.
	 * Bitget names some coins in lower case ({@code usdt}); they are upper-cased, as its
	 * symbols are.
	 */
	static Map<String, BigDecimal> balances(String body) {
		Map<String, BigDecimal> held = new TreeMap<>();
		for (JsonNode asset : array(root(body))) {
			BigDecimal total = decimal(asset, "available").add(optionalDecimal(asset, "frozen"))
				.add(optionalDecimal(asset, "locked"));
			if (total.signum() != 0) {
				held.merge(text(asset, "coin").toUpperCase(Locale.ROOT), total, BigDecimal::add);
			}
		}
		return held;
	}

	/**
	 * The key's permissions from {@code GET /api/v2/spot/account/info}:
	 * {@code authorities} lists what it may do ({@code readonly}, {@code trade}, …); a
	 * key bound to IP addresses lists them in {@code ips}. The key read this answer, so
	 * it can read; any authority naming withdrawals counts as one that may withdraw, the
	 * safe way to err for a check that refuses such keys.
	 */
	static VenueKeyPermissions keyPermissions(String body) {
		JsonNode info = object(root(body));
		JsonNode authorities = info.path("authorities");
		if (!authorities.isArray()) {
			throw malformed("'authorities' is not an array");
		}
		boolean trade = false;
		boolean withdraw = false;
		for (JsonNode authority : authorities) {
			String name = authority.asString("").strip().toLowerCase(Locale.ROOT);
			trade |= name.equals("trade") || name.equals("spot_trade");
			withdraw |= name.contains("withdraw");
		}
		return new VenueKeyPermissions(true, trade, withdraw, !info.path("ips").asString("").isBlank());
	}

	/**
	 * One symbol of {@code GET /api/v2/spot/public/symbols}: tick
	 * {@code 10^-pricePrecision}, lot {@code 10^-quantityPrecision}, minimum quantity
	 * {@code minTradeAmount}, and as minimum order value {@code minTradeUSDT}, which is
	 * in USDT: it is the minimum in the quote currency only when that is USDT, and zero
	 * otherwise.
	 */
	static VenueInstrument instrument(String body, String symbol) {
		for (JsonNode candidate : array(root(body))) {
			if (!symbol.equalsIgnoreCase(candidate.path("symbol").asString(""))) {
				continue;
			}
			BigDecimal tick = BigDecimal.ONE.scaleByPowerOfTen(-precision(candidate, "pricePrecision"));
			BigDecimal lot = BigDecimal.ONE.scaleByPowerOfTen(-precision(candidate, "quantityPrecision"));
			String quote = text(candidate, "quoteCoin");
			BigDecimal minNotional = "USDT".equalsIgnoreCase(quote) ? optionalDecimal(candidate, "minTradeUSDT")
					: BigDecimal.ZERO;
			return new VenueInstrument(text(candidate, "symbol"), text(candidate, "baseCoin"), quote,
					new InstrumentSpec(tick, lot, minNotional), optionalDecimal(candidate, "minTradeAmount"),
					"online".equals(candidate.path("status").asString("")));
		}
		throw new VenueException(VenueFailure.of(Kind.FILTER_FAILURE, "Bitget lists no spot symbol " + symbol, null));
	}

	/** Bitget's time from {@code GET /api/v2/public/time}. */
	static Instant serverTime(String body) {
		return millis(object(root(body)), "serverTime");
	}

	/**
	 * One order. Its client id is empty when it was placed without one (by hand on
	 * Bitget's site). Bitget sizes a market buy in the quote currency; its quantity in
	 * the base asset is then known only as far as it filled ({@code baseVolume}), so that
	 * is what it is given. The limit price is {@code price} in {@code orderInfo}; the
	 * list of working orders has no {@code price} and gives it as {@code priceAvg}
	 * (Bitget's docs: "order price"), which is read there.
	 */
	private static VenueOrder order(JsonNode order) {
		BigDecimal filled = optionalDecimal(order, "baseVolume");
		Side side = side(text(order, "side"));
		boolean market = "market".equals(order.path("orderType").asString(""));
		BigDecimal quantity = (market && side == Side.BUY) ? filled : decimal(order, "size");
		BigDecimal price = null;
		if (!market) {
			price = order.has("price") ? decimal(order, "price") : decimal(order, "priceAvg");
		}
		Instant updatedAt = order.path("uTime").asString("").isEmpty() ? millis(order, "cTime")
				: millis(order, "uTime");
		return new VenueOrder(order.path("clientOid").asString(""), text(order, "orderId"),
				text(order, "symbol").toUpperCase(Locale.ROOT), side, status(text(order, "status")), quantity, filled,
				(price != null && price.signum() == 0) ? null : price, updatedAt);
	}

	/**
	 * One trade. Bitget's {@code feeDetail.totalFee} is negative when charged, Sage's fee
	 * is the fee charged, so the sign is turned.
	 */
	private static VenueFill fill(JsonNode fill) {
		JsonNode fee = fill.path("feeDetail");
		String symbol = text(fill, "symbol").toUpperCase(Locale.ROOT);
		String feeCurrency = fee.path("feeCoin").asString("");
		BigDecimal charged = fee.path("totalFee").asString("").isEmpty() ? BigDecimal.ZERO
				: decimal(fee, "totalFee").negate();
		return new VenueFill(text(fill, "tradeId"), text(fill, "orderId"), symbol, side(text(fill, "side")),
				decimal(fill, "priceAvg"), decimal(fill, "size"), charged, feeCurrency.toUpperCase(Locale.ROOT),
				millis(fill, "cTime"));
	}

	private static VenueOrderStatus status(String status) {
		return switch (status) {
			// "live" in Bitget's docs, "new" in the answers recorded from its list of
			// working
			// orders
			case "live", "new" -> VenueOrderStatus.NEW;
			case "partially_filled" -> VenueOrderStatus.PARTIALLY_FILLED;
			case "filled" -> VenueOrderStatus.FILLED;
			case "cancelled", "canceled" -> VenueOrderStatus.CANCELED;
			default -> throw malformed("unknown order status '" + status + "'");
		};
	}

	private static Side side(String side) {
		return switch (side.toLowerCase(Locale.ROOT)) {
			case "buy" -> Side.BUY;
			case "sell" -> Side.SELL;
			default -> throw malformed("unknown side '" + side + "'");
		};
	}

	private static JsonNode root(String body) {
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
		return root;
	}

	private static JsonNode object(JsonNode root) {
		JsonNode data = root.path("data");
		if (!data.isObject()) {
			throw malformed("'data' is not an object");
		}
		return data;
	}

	private static List<JsonNode> array(JsonNode root) {
		JsonNode data = root.path("data");
		if (!data.isArray()) {
			throw malformed("'data' is not an array");
		}
		List<JsonNode> items = new ArrayList<>();
		for (JsonNode item : data) {
			if (!item.isObject()) {
				throw malformed("an item of 'data' is not an object");
			}
			items.add(item);
		}
		return items;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if ((value.isString() && !value.asString().isEmpty()) || value.isIntegralNumber()) {
			return value.asString();
		}
		throw malformed("'" + field + "' is missing or not text");
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString()) {
			// Bitget sends every decimal as a string, so that no parser rounds it
			throw malformed("'" + field + "' is missing or not a decimal string");
		}
		try {
			return new BigDecimal(value.asString());
		}
		catch (NumberFormatException ex) {
			throw malformed("'" + field + "' is not a decimal: " + value.asString());
		}
	}

	/** A decimal Bitget may leave out or empty, as zero then. */
	private static BigDecimal optionalDecimal(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull() || (value.isString() && value.asString().isEmpty())) {
			return BigDecimal.ZERO;
		}
		return decimal(node, field);
	}

	private static int precision(JsonNode node, String field) {
		String value = node.path(field).asString("");
		try {
			int digits = Integer.parseInt(value);
			if (digits >= 0 && digits <= 30) {
				return digits;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw malformed("'" + field + "' is not a number of decimal places");
	}

	private static Instant millis(JsonNode node, String field) {
		String value = node.path(field).asString("");
		try {
			long millis = Long.parseLong(value);
			if (millis >= 0) {
				return Instant.ofEpochMilli(millis);
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw malformed("'" + field + "' is not a time in epoch milliseconds");
	}

	private static VenueException malformed(String reason) {
		return new VenueException(VenueFailure.of(Kind.MALFORMED, "answer out of shape: " + reason, null));
	}

}
