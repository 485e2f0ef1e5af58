package sage.server.market.provider.yahoo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import sage.server.market.AssetClass;
import sage.server.market.provider.Quote;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.SearchHit;
import sage.server.market.provider.TrendingEntry;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;

/**
 * Yahoo's JSON to Sage's types: pure functions, no I/O. A body of the wrong shape throws
 * {@link IllegalStateException}, which the policy counts as a malformed answer; an error
 * Yahoo reports inside its answer throws the matching {@link UpstreamException}.
 */
final class YahooMapping {

	/**
	 * Yahoo's codes of United States venues (Nasdaq tiers, NYSE, NYSE American and Arca,
	 * Cboe).
	 */
	private static final Set<String> US_VENUES = Set.of("NMS", "NGM", "NCM", "NAS", "NYQ", "NYS", "ASE", "PCX", "BTS");

	private YahooMapping() {
	}

	/** A v8 chart answer, keeping the bars that open in {@code [from, to)}. */
	static YahooChart chart(JsonNode body, Instant from, Instant to) {
		JsonNode chart = required(body, "chart");
		reportedError(chart.path("error"));
		JsonNode result = chart.path("result").path(0);
		if (result.isMissingNode()) {
			throw new IllegalStateException("chart has no result");
		}
		JsonNode times = result.path("timestamp");
		JsonNode quote = result.path("indicators").path("quote").path(0);
		List<RawBar> bars = new ArrayList<>();
		for (int i = 0; i < times.size(); i++) {
			Instant open = Instant.ofEpochSecond(times.get(i).longValue());
			if (open.isBefore(from) || !open.isBefore(to)) {
				continue;
			}
			bars.add(new RawBar(open, price(quote, "open", i, times.size()), price(quote, "high", i, times.size()),
					price(quote, "low", i, times.size()), price(quote, "close", i, times.size()),
					price(quote, "volume", i, times.size())));
		}
		JsonNode events = result.path("events");
		List<Dividend> dividends = new ArrayList<>();
		for (JsonNode dividend : events.path("dividends").values()) {
			Instant date = Instant.ofEpochSecond(required(dividend, "date").longValue());
			if (!date.isBefore(from) && date.isBefore(to)) {
				dividends.add(new Dividend(date, decimal(required(dividend, "amount"))));
			}
		}
		List<Split> splits = new ArrayList<>();
		for (JsonNode split : events.path("splits").values()) {
			Instant date = Instant.ofEpochSecond(required(split, "date").longValue());
			if (!date.isBefore(from) && date.isBefore(to)) {
				splits.add(new Split(date, decimal(required(split, "numerator")),
						decimal(required(split, "denominator"))));
			}
		}
		dividends.sort(Comparator.comparing(Dividend::exDate));
		splits.sort(Comparator.comparing(Split::date));
		JsonNode meta = result.path("meta");
		return new YahooChart(bars, dividends, splits, text(meta.path("currency")),
				text(meta.path("exchangeTimezoneName")));
	}

	/** A v7 quote answer; symbols Yahoo does not know are simply absent from it. */
	static List<Quote> quotes(JsonNode body) {
		JsonNode response = required(body, "quoteResponse");
		reportedError(response.path("error"));
		List<Quote> quotes = new ArrayList<>();
		for (JsonNode quote : required(response, "result").values()) {
			BigDecimal price = decimalOrNull(quote.path("regularMarketPrice"));
			if (price == null) {
				// listed but never traded (a fresh option, a suspended fund): no quote to
				// give
				continue;
			}
			quotes.add(new Quote(text(required(quote, "symbol")), price,
					decimalOrNull(quote.path("regularMarketPreviousClose")),
					decimalOrNull(quote.path("regularMarketChange")),
					decimalOrNull(quote.path("regularMarketChangePercent")),
					decimalOrNull(quote.path("regularMarketVolume")), positive(quote.path("bid")),
					positive(quote.path("ask")), text(quote.path("currency")),
					Instant.ofEpochSecond(required(quote, "regularMarketTime").longValue())));
		}
		return quotes;
	}

	/**
	 * A v1 search answer: the Yahoo Finance instruments among its quotes, at most
	 * {@code limit}.
	 */
	static List<SearchHit> searchHits(JsonNode body, int limit) {
		List<SearchHit> hits = new ArrayList<>();
		for (JsonNode quote : required(body, "quotes").values()) {
			String symbol = text(quote.path("symbol"));
			// the quotes list also carries non-instrument entries (Yahoo's own topic
			// pages)
			if (symbol == null || !quote.path("isYahooFinance").asBoolean(false)) {
				continue;
			}
			String name = firstText(quote, "longname", "shortname");
			String exchange = text(quote.path("exchange"));
			hits.add(new SearchHit(symbol, (name != null) ? name : symbol,
					assetClass(text(quote.path("quoteType")), symbol, exchange),
					(text(quote.path("exchDisp")) != null) ? text(quote.path("exchDisp")) : exchange));
			if (hits.size() == limit) {
				break;
			}
		}
		return hits;
	}

	/** A v1 trending answer: symbols only, in Yahoo's order, at most {@code limit}. */
	static List<TrendingEntry> trending(JsonNode body, int limit) {
		JsonNode finance = required(body, "finance");
		reportedError(finance.path("error"));
		List<TrendingEntry> entries = new ArrayList<>();
		for (JsonNode quote : finance.path("result").path(0).path("quotes").values()) {
			entries.add(new TrendingEntry(text(required(quote, "symbol")), null, null, null));
			if (entries.size() == limit) {
				break;
			}
		}
		return entries;
	}

	/**
	 * Sage's class of a Yahoo search hit, or {@code null} for what Sage does not hold.
	 */
	static @Nullable AssetClass assetClass(@Nullable String quoteType, String symbol, @Nullable String exchange) {
		if (quoteType == null) {
			return null;
		}
		return switch (quoteType) {
			case "CRYPTOCURRENCY" -> AssetClass.CRYPTO_SPOT;
			case "INDEX" -> AssetClass.INDEX;
			case "EQUITY", "ETF" -> {
				String upper = symbol.toUpperCase(Locale.ROOT);
				if (upper.endsWith(".KS") || upper.endsWith(".KQ")) {
					yield AssetClass.KR_STOCK;
				}
				yield (exchange != null && US_VENUES.contains(exchange)) ? AssetClass.US_STOCK : null;
			}
			default -> null;
		};
	}

	/**
	 * Yahoo's {@code error} member: {@code null} when all went well, else {@code {code,
	 * description}}.
	 */
	private static void reportedError(JsonNode error) {
		if (error.isMissingNode() || error.isNull()) {
			return;
		}
		String code = String.valueOf(text(error.path("code")));
		String said = "Yahoo says " + code + ": " + text(error.path("description"));
		Kind kind = switch (code) {
			case "Not Found" -> Kind.NOT_FOUND;
			case "Unauthorized" -> Kind.UNAUTHORIZED;
			case "Too Many Requests" -> Kind.RATE_LIMITED;
			case "Internal Server Error", "Service Unavailable" -> Kind.SERVER_ERROR;
			default -> Kind.REJECTED;
		};
		throw new UpstreamException(YahooFinance.NAME, kind, said);
	}

	/** The {@code i}-th of a chart's price or volume arrays; {@code null} is NaN. */
	private static double price(JsonNode quote, String field, int i, int bars) {
		JsonNode values = quote.path(field);
		if (values.isMissingNode() && field.equals("volume")) {
			return Double.NaN;
		}
		if (values.size() != bars) {
			throw new IllegalStateException("chart has " + bars + " times but " + values.size() + " " + field);
		}
		JsonNode value = values.get(i);
		return value.isNull() ? Double.NaN : value.doubleValue();
	}

	private static @Nullable BigDecimal positive(JsonNode node) {
		BigDecimal value = decimalOrNull(node);
		// Yahoo sends 0 (not null) for a side without orders, e.g. outside the session
		return (value != null && value.signum() > 0) ? value : null;
	}

	private static BigDecimal decimal(JsonNode node) {
		BigDecimal value = decimalOrNull(node);
		if (value == null) {
			throw new IllegalStateException("expected a number, got " + node);
		}
		return value;
	}

	private static @Nullable BigDecimal decimalOrNull(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw new IllegalStateException("expected a number, got " + node);
		}
		return node.decimalValue();
	}

	private static JsonNode required(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			throw new IllegalStateException("answer has no " + field);
		}
		return value;
	}

	private static @Nullable String text(JsonNode node) {
		return (node.isString() && !node.stringValue().isBlank()) ? node.stringValue() : null;
	}

	private static @Nullable String firstText(JsonNode node, String... fields) {
		for (String field : fields) {
			String value = text(node.path(field));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
