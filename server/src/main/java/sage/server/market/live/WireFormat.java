package sage.server.market.live;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import sage.engine.series.Timeframe;
import sage.server.market.BarUpdate;
import sage.server.market.MarketUpdate;
import sage.server.market.Tick;

/**
 * The JSON of {@code /ws/market} (described in {@code docs/websocket.md}), also what
 * travels between nodes through Redis. Prices and volumes are decimal strings, exactly as
 * stored; times are ISO-8601 instants in UTC.
 */
@Component
public class WireFormat {

	/** The longest client message read at all; a subscription list fits many times. */
	static final int MAX_CLIENT_MESSAGE = 16 * 1024;

	private final JsonMapper json;

	WireFormat(JsonMapper json) {
		this.json = json;
	}

	/** The message a subscriber receives for {@code update}. */
	public String encode(MarketUpdate update) {
		ObjectNode node = this.json.createObjectNode();
		switch (update) {
			case Tick tick -> {
				node.put("type", "tick");
				node.put("symbol", tick.symbol());
				node.put("price", tick.price().toPlainString());
				node.put("time", tick.time().toString());
			}
			case BarUpdate bar -> {
				node.put("type", "bar");
				node.put("symbol", bar.symbol());
				node.put("interval", bar.timeframe().code());
				node.put("time", bar.time().toString());
				node.put("open", bar.open().toPlainString());
				node.put("high", bar.high().toPlainString());
				node.put("low", bar.low().toPlainString());
				node.put("close", bar.close().toPlainString());
				node.put("volume", bar.volume().toPlainString());
			}
		}
		node.put("source", update.source());
		return node.toString();
	}

	/**
	 * Reads back what {@link #encode} wrote (a message from another node).
	 * @throws IllegalArgumentException when it is not such a message
	 */
	public MarketUpdate decode(String message) {
		try {
			JsonNode node = this.json.readTree(message);
			String type = text(node, "type");
			String symbol = text(node, "symbol");
			Instant time = Instant.parse(text(node, "time"));
			String source = text(node, "source");
			return switch (type) {
				case "tick" -> new Tick(symbol, decimal(node, "price"), time, source);
				case "bar" -> new BarUpdate(symbol,
						Timeframe.ofCode(text(node, "interval"))
							.orElseThrow(() -> new IllegalArgumentException("unknown interval")),
						time, decimal(node, "open"), decimal(node, "high"), decimal(node, "low"),
						decimal(node, "close"), decimal(node, "volume"), source);
				default -> throw new IllegalArgumentException("unknown type " + type);
			};
		}
		catch (JacksonException | DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException("not a market update: " + ex.getMessage(), ex);
		}
	}

	/**
	 * What a client asked for.
	 * @throws BadMessage when the message is not a request Sage understands
	 */
	ClientRequest parse(String message) {
		if (message.length() > MAX_CLIENT_MESSAGE) {
			throw new BadMessage("malformed-message",
					"Messages may be at most " + MAX_CLIENT_MESSAGE + " characters long.");
		}
		JsonNode node;
		try {
			node = this.json.readTree(message);
		}
		catch (JacksonException ex) {
			throw new BadMessage("malformed-message",
					"The message is not JSON; send e.g. {\"op\":\"subscribe\",\"symbols\":[\"BTC-USD\"]}.");
		}
		if (node == null || !node.isObject()) {
			throw new BadMessage("malformed-message",
					"The message must be a JSON object such as {\"op\":\"subscribe\",\"symbols\":[\"BTC-USD\"]}.");
		}
		JsonNode op = node.path("op");
		ClientRequest.Op parsed = switch (op.isString() ? op.asString() : "") {
			case "subscribe" -> ClientRequest.Op.SUBSCRIBE;
			case "unsubscribe" -> ClientRequest.Op.UNSUBSCRIBE;
			default -> throw new BadMessage("unknown-op", "\"op\" must be \"subscribe\" or \"unsubscribe\", not "
					+ (op.isMissingNode() ? "missing" : op.toString()) + ".");
		};
		JsonNode symbols = node.path("symbols");
		if (!symbols.isArray() || symbols.isEmpty()) {
			throw new BadMessage("malformed-message", "\"symbols\" must be a non-empty array of symbols.");
		}
		List<String> list = new ArrayList<>();
		for (JsonNode symbol : symbols) {
			if (!symbol.isString() || symbol.asString().isBlank() || symbol.asString().length() > 40) {
				throw new BadMessage("malformed-message",
						"Every symbol must be a non-empty string of at most 40 characters, not " + symbol + ".");
			}
			list.add(symbol.asString().trim());
		}
		return new ClientRequest(parsed, list);
	}

	/** The answer to a subscribe or unsubscribe. */
	String acknowledge(ClientRequest.Op op, Collection<String> symbols, Collection<String> subscriptions) {
		ObjectNode node = this.json.createObjectNode();
		node.put("type", op.name().toLowerCase(Locale.ROOT) + "d");
		array(node, "symbols", symbols);
		array(node, "subscriptions", subscriptions);
		return node.toString();
	}

	/** An error frame; the connection stays open. */
	String error(BadMessage problem) {
		ObjectNode node = this.json.createObjectNode();
		node.put("type", "error");
		node.put("code", problem.code());
		node.put("message", problem.getMessage());
		if (!problem.symbols().isEmpty()) {
			array(node, "symbols", problem.symbols());
		}
		return node.toString();
	}

	private static void array(ObjectNode node, String name, Collection<String> values) {
		ArrayNode array = node.putArray(name);
		values.forEach(array::add);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString()) {
			throw new IllegalArgumentException("missing " + field);
		}
		return value.asString();
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		return new BigDecimal(text(node, field));
	}

}
