package sage.server.market.venue.binance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.engine.series.Timeframe;
import sage.server.market.BarUpdate;
import sage.server.market.MarketUpdate;
import sage.server.market.Tick;
import sage.server.market.venue.Venue;
import sage.server.market.venue.VenueSymbols;

/**
 * Binance market stream frames as Sage updates: a {@code trade} (or {@code aggTrade})
 * event becomes a {@link Tick}, a {@code kline} event a {@link BarUpdate}, both labelled
 * {@code source: binance}. Pure functions: no I/O, no clock.
 *
 * @see <a href=
 * "https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams">Binance
 * WebSocket streams</a>
 */
final class BinanceStreamMapping {

	/** The {@code source} of every update read from Binance. */
	static final String SOURCE = "binance";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BinanceStreamMapping() {
	}

	/**
	 * The update one frame carries, bare ({@code /ws/…}) or wrapped in a combined
	 * stream's {@code {"stream":…,"data":…}}. Frames that carry no market event (replies
	 * to subscription requests, event types Sage does not follow) give nothing.
	 * @throws MalformedFrame when the frame is not JSON, or a trade or kline in it is
	 * missing a field or has one of the wrong shape
	 */
	static Optional<MarketUpdate> read(String frame) {
		JsonNode root;
		try {
			root = JSON.readTree(frame);
		}
		catch (JacksonException ex) {
			throw new MalformedFrame("not JSON", ex);
		}
		if (root == null || !root.isObject()) {
			throw new MalformedFrame("not a JSON object");
		}
		JsonNode event = root.has("data") ? root.get("data") : root;
		if (!event.isObject()) {
			throw new MalformedFrame("'data' is not an object");
		}
		JsonNode type = event.path("e");
		return switch (type.isString() ? type.asString() : "") {
			case "trade", "aggTrade" -> Optional.of(trade(event));
			case "kline" -> Optional.of(kline(event));
			default -> Optional.empty();
		};
	}

	/**
	 * The streams to ask for: {@code btcusdt@trade} and, with bars,
	 * {@code btcusdt@kline_1m}.
	 */
	static List<String> streams(List<String> canonicalSymbols, boolean bars) {
		return canonicalSymbols.stream().flatMap((symbol) -> {
			String name = VenueSymbols.toVenue(Venue.BINANCE, symbol).toLowerCase(Locale.ROOT);
			return bars ? Stream.of(name + "@trade", name + "@kline_" + Timeframe.M1.code())
					: Stream.of(name + "@trade");
		}).toList();
	}

	private static Tick trade(JsonNode event) {
		return new Tick(symbol(event.path("s")), positive(event, "p"), Instant.ofEpochMilli(millis(event, "T")),
				SOURCE);
	}

	private static BarUpdate kline(JsonNode event) {
		JsonNode bar = event.path("k");
		if (!bar.isObject()) {
			throw new MalformedFrame("kline without 'k'");
		}
		String interval = text(bar, "i");
		Timeframe timeframe = Timeframe.ofCode(interval)
			.orElseThrow(() -> new MalformedFrame("kline interval '" + interval + "' is no Sage timeframe"));
		JsonNode symbol = bar.has("s") ? bar.get("s") : event.path("s");
		return new BarUpdate(symbol(symbol), timeframe, Instant.ofEpochMilli(millis(bar, "t")), positive(bar, "o"),
				positive(bar, "h"), positive(bar, "l"), positive(bar, "c"), decimal(bar, "v"), SOURCE);
	}

	private static String symbol(JsonNode node) {
		if (!node.isString()) {
			throw new MalformedFrame("no symbol 's'");
		}
		try {
			return VenueSymbols.fromVenue(Venue.BINANCE, node.asString());
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedFrame(ex.getMessage(), ex);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString() || value.asString().isEmpty()) {
			throw new MalformedFrame("'" + field + "' is not a string");
		}
		return value.asString();
	}

	/** Binance sends decimals as strings, so the price keeps every digit it was given. */
	private static BigDecimal decimal(JsonNode node, String field) {
		String text = text(node, field);
		try {
			BigDecimal value = new BigDecimal(text);
			if (value.signum() < 0) {
				throw new MalformedFrame("'" + field + "' is negative: " + text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new MalformedFrame("'" + field + "' is not a decimal: " + text, ex);
		}
	}

	private static BigDecimal positive(JsonNode node, String field) {
		BigDecimal value = decimal(node, field);
		if (value.signum() == 0) {
			throw new MalformedFrame("'" + field + "' is zero");
		}
		return value;
	}

	private static long millis(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
			throw new MalformedFrame("'" + field + "' is not a time in epoch milliseconds");
		}
		return value.longValue();
	}

}
