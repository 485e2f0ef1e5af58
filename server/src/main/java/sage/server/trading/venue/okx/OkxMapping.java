package sage.server.trading.venue.okx;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
 * OKX v5 answers as venue records, field by field from OKX's REST docs. Pure functions:
 * no I/O, no clock. Every answer is the envelope {@code {"code":"0","msg":"","data":[…]}}
 * (failures were sorted out before: see {@link OkxErrors}); decimals and times are
 * strings, read straight into {@link BigDecimal} and epoch milliseconds. Anything missing
 * or out of shape is a {@link VenueException} of kind {@link Kind#MALFORMED}, never a
 * crash.
 */
final class OkxMapping {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OkxMapping() {
	}

	/**
	 * The answer to a new order. OKX says only that it took the order ({@code ordId},
	 * {@code ts}), not how it stands, so the order is reported as Sage asked for it,
	 * {@link VenueOrderStatus#NEW} with nothing filled; what it did next is read with a
	 * lookup or from the fills.
	 * @param placedAt the time to give the order when OKX's answer carries none
	 */
	static SubmitResult.Accepted accepted(String body, VenueOrderRequest request, Instant placedAt) {
		JsonNode ack = first(body);
		String clientOrderId = ack.path("clOrdId").asString("");
		if (!clientOrderId.isEmpty() && !clientOrderId.equals(request.clientOrderId())) {
			throw malformed("answer is about order '" + clientOrderId + "', not '" + request.clientOrderId() + "'");
		}
		Instant at = ack.path("ts").asString("").isEmpty() ? placedAt : millis(ack, "ts");
		VenueOrder order = new VenueOrder(request.clientOrderId(), text(ack, "ordId"), request.symbol(), request.side(),
				VenueOrderStatus.NEW, request.quantity(), BigDecimal.ZERO, request.price(), at);
		return new SubmitResult.Accepted(order, List.of());
	}

	/**
	 * The answer to a cancel: OKX's id of the order it is cancelling. It too says nothing
	 * of how the order stands.
	 */
	static String canceled(String body) {
		return text(first(body), "ordId");
	}

	/**
	 * The order of {@code GET /api/v5/trade/order}.
	 * @throws VenueException {@link Kind#UNKNOWN_ORDER} when OKX answered no order
	 */
	static VenueOrder order(String body) {
		List<JsonNode> data = data(body);
		if (data.isEmpty()) {
			throw new VenueException(VenueFailure.of(Kind.UNKNOWN_ORDER, "OKX answered no order", null));
		}
		return order(data.get(0));
	}

	/** The orders of {@code GET /api/v5/trade/orders-pending}, in OKX's order. */
	static List<VenueOrder> orders(String body) {
		return data(body).stream().map(OkxMapping::order).toList();
	}

	/**
	 * A page of {@code GET /api/v5/trade/fills} or {@code fills-history}, newest first as
	 * OKX sends them.
	 */
	static FillPage fills(String body) {
		List<JsonNode> data = data(body);
		List<VenueFill> fills = new ArrayList<>();
		for (JsonNode fill : data) {
			fills.add(fill(fill));
		}
		String oldestBillId = data.isEmpty() ? null : text(data.get(data.size() - 1), "billId");
		return new FillPage(fills, oldestBillId);
	}

	/**
	 * What {@code GET /api/v5/account/balance} says each currency holds: its cash balance
	 * ({@code cashBal}, available plus frozen in orders), or its equity ({@code eq}) when
	 * OKX leaves the cash balance empty; currencies with nothing in them are left out.
	 */
	static Map<String, BigDecimal> balances(String body) {
		List<JsonNode> data = data(body);
		Map<String, BigDecimal> held = new TreeMap<>();
		if (data.isEmpty()) {
			return held;
		}
		JsonNode details = data.get(0).path("details");
		if (!details.isArray()) {
			throw malformed("'details' is not an array");
		}
		for (JsonNode balance : details) {
			BigDecimal total = balance.path("cashBal").asString("").isEmpty() ? decimal(balance, "eq")
					: decimal(balance, "cashBal");
			if (total.signum() != 0) {
				held.merge(text(balance, "ccy"), total, BigDecimal::add);
			}
		}
		return held;
	}

	/**
	 * The key's permissions from {@code GET /api/v5/account/config}: {@code perm} lists
	 * {@code read_only}, {@code trade} and {@code withdraw}; a key bound to IP addresses
	 * lists them in {@code ip}.
	 */
	static VenueKeyPermissions keyPermissions(String body) {
		JsonNode config = first(body);
		Set<String> perm = Arrays.stream(text(config, "perm").split(","))
			.map(String::strip)
			.collect(Collectors.toSet());
		return new VenueKeyPermissions(perm.contains("read_only"), perm.contains("trade"), perm.contains("withdraw"),
				!config.path("ip").asString("").isBlank());
	}

	/**
	 * One spot instrument of {@code GET /api/v5/public/instruments}: tick {@code tickSz},
	 * lot {@code lotSz}, minimum quantity {@code minSz}; OKX sets no minimum order value
	 * on spot, so it is zero.
	 */
	static VenueInstrument instrument(String body, String instId) {
		for (JsonNode candidate : data(body)) {
			if (!instId.equals(candidate.path("instId").asString(""))) {
				continue;
			}
			BigDecimal tick = decimal(candidate, "tickSz");
			BigDecimal lot = decimal(candidate, "lotSz");
			if (tick.signum() <= 0 || lot.signum() <= 0) {
				throw malformed(instId + " has no positive tickSz and lotSz");
			}
			return new VenueInstrument(instId, text(candidate, "baseCcy"), text(candidate, "quoteCcy"),
					new InstrumentSpec(tick.stripTrailingZeros(), lot.stripTrailingZeros(), BigDecimal.ZERO),
					decimal(candidate, "minSz"), "live".equals(candidate.path("state").asString("")));
		}
		throw new VenueException(VenueFailure.of(Kind.FILTER_FAILURE, "OKX lists no spot instrument " + instId, null));
	}

	/** OKX's time from {@code GET /api/v5/public/time}. */
	static Instant serverTime(String body) {
		return millis(first(body), "ts");
	}

	/**
	 * One order. Its client id is empty when it was placed without one (by hand on OKX's
	 * site). A market buy placed with {@code tgtCcy=quote_ccy} (OKX's default, and its
	 * site's) has its size in the quote currency; its quantity in the base asset is then
	 * known only as far as it filled, so that is what it is given.
	 */
	private static VenueOrder order(JsonNode order) {
		BigDecimal filled = decimal(order, "accFillSz");
		String px = order.path("px").asString("");
		BigDecimal price = (px.isEmpty() || "market".equals(order.path("ordType").asString(""))) ? null
				: decimal(order, "px");
		BigDecimal quantity = "quote_ccy".equals(order.path("tgtCcy").asString("")) ? filled : decimal(order, "sz");
		Instant updatedAt = order.path("uTime").asString("").isEmpty() ? millis(order, "cTime")
				: millis(order, "uTime");
		return new VenueOrder(order.path("clOrdId").asString(""), text(order, "ordId"), text(order, "instId"),
				side(text(order, "side")), status(text(order, "state")), quantity, filled,
				(price != null && price.signum() == 0) ? null : price, updatedAt);
	}

	/**
	 * One trade. OKX's {@code fee} is negative when charged and positive for a rebate,
	 * Sage's is the fee charged, so the sign is turned. The trade's time is
	 * {@code fillTime}; {@code ts} (when OKX wrote the record) stands in where it is
	 * missing.
	 */
	private static VenueFill fill(JsonNode fill) {
		String instId = text(fill, "instId");
		String fee = fill.path("fee").asString("");
		String feeCurrency = fill.path("feeCcy").asString("");
		if (feeCurrency.isEmpty()) {
			// no fee recorded: name the quote currency rather than leave it blank
			feeCurrency = instId.substring(instId.indexOf('-') + 1);
		}
		Instant at = fill.path("fillTime").asString("").isEmpty() ? millis(fill, "ts") : millis(fill, "fillTime");
		return new VenueFill(text(fill, "tradeId"), text(fill, "ordId"), instId, side(text(fill, "side")),
				decimal(fill, "fillPx"), decimal(fill, "fillSz"),
				fee.isEmpty() ? BigDecimal.ZERO : decimal(fill, "fee").negate(), feeCurrency, at);
	}

	private static VenueOrderStatus status(String state) {
		return switch (state) {
			case "live" -> VenueOrderStatus.NEW;
			case "partially_filled" -> VenueOrderStatus.PARTIALLY_FILLED;
			case "filled" -> VenueOrderStatus.FILLED;
			// mmp_canceled: cancelled by market maker protection
			case "canceled", "mmp_canceled" -> VenueOrderStatus.CANCELED;
			default -> throw malformed("unknown order state '" + state + "'");
		};
	}

	private static Side side(String side) {
		return switch (side) {
			case "buy" -> Side.BUY;
			case "sell" -> Side.SELL;
			default -> throw malformed("unknown side '" + side + "'");
		};
	}

	private static JsonNode first(String body) {
		List<JsonNode> data = data(body);
		if (data.isEmpty()) {
			throw malformed("'data' is empty");
		}
		return data.get(0);
	}

	private static List<JsonNode> data(String body) {
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
			// OKX sends every decimal as a string, so that no parser rounds it
			throw malformed("'" + field + "' is missing or not a decimal string");
		}
		try {
			return new BigDecimal(value.asString());
		}
		catch (NumberFormatException ex) {
			throw malformed("'" + field + "' is not a decimal: " + value.asString());
		}
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

	/**
	 * A page of trades, newest first.
	 *
	 * @param fills the trades
	 * @param oldestBillId the bill id of the last (oldest) one, to ask for the page after
	 * it; {@code null} when the page is empty
	 */
	record FillPage(List<VenueFill> fills, @Nullable String oldestBillId) {
	}

}
