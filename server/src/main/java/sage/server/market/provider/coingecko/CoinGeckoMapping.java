package sage.server.market.provider.coingecko;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.Quote;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.SearchHit;
import sage.server.market.provider.TrendingEntry;

/**
 * CoinGecko's JSON to Sage's types: pure functions, no I/O. A body of the wrong shape
 * throws {@link IllegalStateException}, which the policy counts as a malformed answer.
 */
final class CoinGeckoMapping {

	private CoinGeckoMapping() {
	}

	/** {@code /coins/markets}: one quote per coin that has a price. */
	static List<Quote> markets(JsonNode body, String currency) {
		List<Quote> quotes = new ArrayList<>();
		for (JsonNode coin : array(body).values()) {
			BigDecimal price = decimal(coin.path("current_price"));
			if (price == null) {
				// listed, but no market prices it yet
				continue;
			}
			BigDecimal change = decimal(coin.path("price_change_24h"));
			quotes.add(new Quote(text(coin, "id"), price, (change != null) ? price.subtract(change) : null, change,
					decimal(coin.path("price_change_percentage_24h")), decimal(coin.path("total_volume")), null, null,
					currency, Instant.parse(text(coin, "last_updated"))));
		}
		return quotes;
	}

	/**
	 * {@code /simple/price}: {@code {id: {usd, usd_24h_vol, usd_24h_change,
	 * last_updated_at}}}; without {@code last_updated_at} the price is taken as of
	 * {@code received}.
	 */
	static List<Quote> simplePrices(JsonNode body, String vsCurrency, Instant received) {
		if (!body.isObject()) {
			throw new IllegalStateException("expected an object of coins, got " + body.getNodeType());
		}
		List<Quote> quotes = new ArrayList<>();
		for (Map.Entry<String, JsonNode> coin : body.properties()) {
			JsonNode prices = coin.getValue();
			BigDecimal price = decimal(prices.path(vsCurrency));
			if (price == null) {
				continue;
			}
			JsonNode updated = prices.path("last_updated_at");
			quotes.add(new Quote(coin.getKey(), price, null, null, decimal(prices.path(vsCurrency + "_24h_change")),
					decimal(prices.path(vsCurrency + "_24h_vol")), null, null, vsCurrency.toUpperCase(Locale.ROOT),
					updated.isNumber() ? Instant.ofEpochSecond(updated.longValue()) : received));
		}
		return quotes;
	}

	/**
	 * {@code /coins/{id}/ohlc}: rows of {@code [close time ms, open, high, low, close]},
	 * turned into bars keyed by open time and kept when they open in {@code [from, to)}.
	 * Rows whose closest neighbours are not one {@code interval} apart mean CoinGecko
	 * chose another granularity than asked for: malformed, rather than bars of the wrong
	 * length.
	 */
	static List<RawBar> ohlc(JsonNode body, Timeframe interval, Instant from, Instant to) {
		long length = interval.duration().toMillis();
		List<RawBar> bars = new ArrayList<>();
		long previousClose = Long.MIN_VALUE;
		long closestGap = Long.MAX_VALUE;
		for (JsonNode row : array(body).values()) {
			if (row.size() != 5) {
				throw new IllegalStateException("an OHLC row has 5 members, not " + row.size());
			}
			long closeTime = row.get(0).longValue();
			if (previousClose != Long.MIN_VALUE) {
				closestGap = Math.min(closestGap, closeTime - previousClose);
			}
			previousClose = closeTime;
			Instant open = Instant.ofEpochMilli(closeTime - length);
			if (!open.isBefore(from) && open.isBefore(to)) {
				bars.add(new RawBar(open, number(row.get(1)), number(row.get(2)), number(row.get(3)),
						number(row.get(4)), Double.NaN));
			}
		}
		// a missing candle widens one gap, never all of them
		if (closestGap != Long.MAX_VALUE && closestGap != length) {
			throw new IllegalStateException(
					"OHLC rows are " + closestGap / 60_000 + " min apart, not " + interval.code());
		}
		return bars;
	}

	/**
	 * {@code /coins/{id}/market_chart}: prices joined with market caps and volumes by
	 * time.
	 */
	static List<MarketChartPoint> marketChart(JsonNode body) {
		Map<Long, BigDecimal> caps = series(body.path("market_caps"));
		Map<Long, BigDecimal> volumes = series(body.path("total_volumes"));
		List<MarketChartPoint> points = new ArrayList<>();
		for (JsonNode row : array(body.path("prices")).values()) {
			long time = row.path(0).longValue();
			BigDecimal price = decimal(row.path(1));
			if (price == null) {
				continue;
			}
			points.add(new MarketChartPoint(Instant.ofEpochMilli(time), price, caps.get(time), volumes.get(time)));
		}
		return points;
	}

	/** {@code /search/trending}: the trending coins, at most {@code limit}. */
	static List<TrendingEntry> trending(JsonNode body, String vsCurrency, int limit) {
		List<TrendingEntry> entries = new ArrayList<>();
		for (JsonNode coin : array(body.path("coins")).values()) {
			JsonNode item = coin.path("item");
			JsonNode data = item.path("data");
			entries.add(new TrendingEntry(text(item, "id"), optionalText(item.path("name")),
					lenient(data.path("price")), lenient(data.path("price_change_percentage_24h").path(vsCurrency))));
			if (entries.size() == limit) {
				break;
			}
		}
		return entries;
	}

	/**
	 * {@code /search}: the coins found (not exchanges, categories or NFTs), at most
	 * {@code limit}.
	 */
	static List<SearchHit> search(JsonNode body, int limit) {
		List<SearchHit> hits = new ArrayList<>();
		for (JsonNode coin : array(body.path("coins")).values()) {
			hits.add(new SearchHit(text(coin, "id"), text(coin, "name"), AssetClass.CRYPTO_SPOT, null));
			if (hits.size() == limit) {
				break;
			}
		}
		return hits;
	}

	private static Map<Long, BigDecimal> series(JsonNode rows) {
		Map<Long, BigDecimal> values = new HashMap<>();
		if (rows.isMissingNode()) {
			return values;
		}
		for (JsonNode row : array(rows).values()) {
			BigDecimal value = decimal(row.path(1));
			if (value != null) {
				values.put(row.path(0).longValue(), value);
			}
		}
		return values;
	}

	private static JsonNode array(JsonNode node) {
		if (!node.isArray()) {
			throw new IllegalStateException("expected an array, got " + node.getNodeType());
		}
		return node;
	}

	private static double number(JsonNode node) {
		return node.isNull() ? Double.NaN : node.doubleValue();
	}

	private static @Nullable BigDecimal decimal(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw new IllegalStateException("expected a number, got " + node);
		}
		return node.decimalValue();
	}

	/**
	 * A number that CoinGecko sometimes sends as text; text that is no plain number
	 * (older answers sent {@code "$0.0₉9047"}) gives nothing rather than a failure.
	 */
	private static @Nullable BigDecimal lenient(JsonNode node) {
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isString()) {
			try {
				return new BigDecimal(node.stringValue());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static String text(JsonNode node, String field) {
		String value = optionalText(node.path(field));
		if (value == null) {
			throw new IllegalStateException("answer has no " + field);
		}
		return value;
	}

	private static @Nullable String optionalText(JsonNode node) {
		return (node.isString() && !node.stringValue().isBlank()) ? node.stringValue() : null;
	}

}
