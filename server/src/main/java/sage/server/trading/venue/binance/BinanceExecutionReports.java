package sage.server.trading.venue.binance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import sage.engine.sim.Side;
import sage.server.trading.venue.ExecutionReport;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;

import static sage.server.trading.venue.binance.BinanceOrderMapping.decimal;
import static sage.server.trading.venue.binance.BinanceOrderMapping.malformed;
import static sage.server.trading.venue.binance.BinanceOrderMapping.millis;
import static sage.server.trading.venue.binance.BinanceOrderMapping.object;
import static sage.server.trading.venue.binance.BinanceOrderMapping.side;
import static sage.server.trading.venue.binance.BinanceOrderMapping.status;
import static sage.server.trading.venue.binance.BinanceOrderMapping.text;

/**
 * Binance spot user-data stream messages as {@link ExecutionReport}s, field by field from
 * Binance's "User Data Streams" docs ({@code executionReport}). Pure functions, like
 * {@link BinanceOrderMapping}, whose readers and status and side mapping they share: the
 * stream and the REST answers must never disagree about what a Binance status means.
 *
 * <p>
 * Accepts the bare event ({@code {"e":"executionReport",...}}), a combined stream's
 * {@code {"stream":...,"data":{...}}} and the WebSocket API's
 * {@code {"subscriptionId":...,"event":{...}}}. Other events (balances, account
 * positions, order lists) are no order's report and read as empty; a message that is not
 * an event at all is {@link Kind#MALFORMED}.
 */
final class BinanceExecutionReports {

	private BinanceExecutionReports() {
	}

	/**
	 * The order report one message carries; empty for events about anything else.
	 * @throws sage.server.trading.venue.VenueException {@link Kind#MALFORMED} when the
	 * message is not JSON, carries no event type, or an execution report lacks a field
	 */
	static Optional<ExecutionReport> parse(String message) {
		JsonNode event = unwrap(object(message));
		JsonNode type = event.path("e");
		if (!type.isString()) {
			throw malformed("the message carries no event type 'e'");
		}
		if (!type.asString().equals("executionReport")) {
			return Optional.empty();
		}
		return Optional.of(report(event));
	}

	private static JsonNode unwrap(JsonNode message) {
		for (String envelope : new String[] { "event", "data" }) {
			JsonNode inner = message.path(envelope);
			if (inner.isObject()) {
				return inner;
			}
		}
		return message;
	}

	private static ExecutionReport report(JsonNode event) {
		String venueOrderId = text(event, "i");
		String symbol = text(event, "s");
		Side side = side(text(event, "S"));
		BigDecimal filled = decimal(event, "z");
		BigDecimal price = decimal(event, "p");
		Instant at = event.has("T") ? millis(event, "T") : millis(event, "E");
		VenueOrder order = new VenueOrder(clientOrderId(event), venueOrderId, symbol, side,
				status(text(event, "X"), filled), decimal(event, "q"), filled, (price.signum() == 0) ? null : price,
				at);
		VenueFill fill = null;
		if (text(event, "x").equals("TRADE")) {
			BigDecimal fee = decimal(event, "n");
			fill = new VenueFill(text(event, "t"), venueOrderId, symbol, side, decimal(event, "L"), decimal(event, "l"),
					fee, feeCurrency(event, fee), at);
		}
		return new ExecutionReport(order, fill);
	}

	/**
	 * The order's own client id: a cancel's report names the cancel request in {@code c}
	 * and the cancelled order in {@code C}.
	 */
	private static String clientOrderId(JsonNode event) {
		JsonNode original = event.path("C");
		if (original.isString() && !original.asString().isEmpty()) {
			return original.asString();
		}
		return text(event, "c");
	}

	/**
	 * The fee's asset; Binance sends {@code null} when there is no commission, and a zero
	 * fee in no asset is recorded with an empty one.
	 */
	private static String feeCurrency(JsonNode event, BigDecimal fee) {
		JsonNode asset = event.path("N");
		if ((asset.isMissingNode() || asset.isNull()) && fee.signum() == 0) {
			return "";
		}
		return text(event, "N");
	}

}
