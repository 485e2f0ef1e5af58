package sage.server.market.venue.upbit;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.knowm.xchange.client.ExchangeRestProxyBuilder;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.instrument.Instrument;
import org.knowm.xchange.upbit.Upbit;
import org.knowm.xchange.upbit.UpbitExchange;
import org.knowm.xchange.upbit.UpbitUtils;
import org.knowm.xchange.upbit.dto.marketdata.UpbitOrderBook;
import org.knowm.xchange.upbit.dto.marketdata.UpbitOrderBookData;
import org.knowm.xchange.upbit.dto.marketdata.UpbitTicker;
import tools.jackson.databind.JsonNode;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.BarSource;
import sage.server.market.provider.Capability;
import sage.server.market.provider.OrderBook;
import sage.server.market.provider.OrderBookSource;
import sage.server.market.provider.ProviderCapabilities;
import sage.server.market.provider.Quote;
import sage.server.market.provider.QuoteSource;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamHttp;
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.venue.ExchangeFaults;
import sage.server.market.venue.ExchangeSettings;
import sage.server.market.venue.Venue;
import sage.server.market.venue.VenueCalls;
import sage.server.market.venue.VenueHttp;
import sage.server.market.venue.VenueSymbols;
import sage.server.market.venue.VenueSymbols.Pair;
import sage.server.market.venue.XchangeSetup;

/**
 * Upbit public market data. Tickers of several markets in one call ({@code /v1/ticker})
 * and the order book ({@code /v1/orderbook}, the levels Upbit sends) go through XChange's
 * {@code Upbit} REST interface and DTOs ({@code xchange-upbit} 5.2.1), called directly
 * rather than through its market data service so that error answers keep their HTTP
 * status ({@link UpbitRefusal}). Candles are called directly over {@link UpstreamHttp}
 * under the same policy: XChange's candle call asks for {@code /v1/candles/days/1} and
 * {@code /v1/candles/weeks/1}, where Upbit documents {@code /v1/candles/days} and
 * {@code /v1/candles/weeks}, so one direct path serves every unit ({@code minutes/N},
 * {@code days}, {@code weeks}; 200 a page, newest first; days and weeks open at 09:00
 * KST, which is 00:00 UTC). Symbols are Upbit's, quote first: {@code KRW-BTC}.
 */
public final class UpbitClient implements QuoteSource, BarSource, OrderBookSource {

	/** Upbit's public REST root. */
	public static final URI PUBLIC_API = URI.create("https://api.upbit.com");

	private static final int CANDLES_PER_PAGE = 200;

	/** What the client can do, also listed while it is disabled. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(Venue.UPBIT.providerName(),
			EnumSet.of(Capability.QUOTES, Capability.BARS, Capability.ORDER_BOOK), Set.of(AssetClass.CRYPTO_SPOT),
			EnumSet.allOf(Timeframe.class), false);

	private final Upbit market;

	private final VenueCalls calls;

	private final UpstreamHttp http;

	private final UpstreamHttp.AnswerCheck check;

	private final URI baseUrl;

	UpbitClient(Upbit market, VenueCalls calls, UpstreamHttp http, UpstreamHttp.AnswerCheck check, URI baseUrl) {
		this.market = market;
		this.calls = calls;
		this.http = http;
		this.check = check;
		this.baseUrl = baseUrl;
	}

	/**
	 * A client at {@code settings}' base URL whose every call runs under {@code policy}
	 * (named after the provider), so that whoever lists providers sees its state.
	 */
	public static UpbitClient create(ExchangeSettings settings, UpstreamPolicy policy, Clock clock) {
		Venue.UPBIT.requireOwn(policy);
		URI baseUrl = settings.baseUrlOr(PUBLIC_API);
		// XChange's Upbit interface, with a mapper that keeps the status of error answers
		Upbit upbit = ExchangeRestProxyBuilder
			.forInterface(Upbit.class, XchangeSetup.spec(UpbitExchange.class, baseUrl, settings.timeout(), Map.of()))
			.clientConfigCustomizer((config) -> config.setJacksonObjectMapperFactory(new UpbitRefusal.Mapper()))
			.build();
		UpbitErrors errors = new UpbitErrors(clock);
		ExchangeFaults faults = new ExchangeFaults(Venue.UPBIT.providerName(), errors, errors::read, clock);
		return new UpbitClient(upbit, new VenueCalls(policy, faults),
				VenueHttp.client(baseUrl, policy, settings.timeout(), clock), faults.answerCheck(errors::read),
				baseUrl);
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	/**
	 * All symbols in one call; when Upbit refuses the batch because one market is
	 * unknown, symbol by symbol, leaving the unknown ones out.
	 */
	@Override
	public List<Quote> quotes(List<String> venueSymbols) {
		if (venueSymbols.isEmpty()) {
			return List.of();
		}
		List<Instrument> pairs = venueSymbols.stream()
			.map((symbol) -> (Instrument) currencyPair(VenueSymbols.pair(Venue.UPBIT, symbol)))
			.toList();
		try {
			return tickers("ticker " + String.join(",", venueSymbols), pairs);
		}
		catch (UpstreamException ex) {
			if (ex.kind() != UpstreamException.Kind.NOT_FOUND) {
				throw ex;
			}
		}
		if (venueSymbols.size() == 1) {
			return List.of();
		}
		List<Quote> quotes = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			try {
				quotes.addAll(tickers("ticker " + venueSymbols.get(i), List.of(pairs.get(i))));
			}
			catch (UpstreamException ex) {
				if (ex.kind() != UpstreamException.Kind.NOT_FOUND) {
					throw ex;
				}
			}
		}
		return quotes;
	}

	/** Direct REST: see the class comment for why not XChange's candle call. */
	@Override
	public List<RawBar> bars(String venueSymbol, Timeframe interval, Instant from, Instant to) {
		VenueSymbols.pair(Venue.UPBIT, venueSymbol);
		String operation = "candles " + venueSymbol + " " + interval;
		List<RawBar> bars = new ArrayList<>();
		Instant before = to;
		while (before.isAfter(from)) {
			// Upbit reads "to" as exclusive and answers the candles just before it
			URI uri = VenueHttp.resolve(this.baseUrl,
					"/v1/candles/" + unit(interval) + "?market="
							+ URLEncoder.encode(venueSymbol, StandardCharsets.UTF_8) + "&to=" + URLEncoder
								.encode(before.truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8)
							+ "&count=" + CANDLES_PER_PAGE);
			JsonNode candles = this.http.getChecked(operation, uri, Map.of(), this.check);
			Instant oldest = Instant.MAX;
			for (JsonNode candle : candles) {
				Instant time = LocalDateTime.parse(candle.path("candle_date_time_utc").asString())
					.toInstant(ZoneOffset.UTC);
				oldest = time.isBefore(oldest) ? time : oldest;
				if (!time.isBefore(from) && time.isBefore(to)) {
					bars.add(new RawBar(time, number(candle, "opening_price"), number(candle, "high_price"),
							number(candle, "low_price"), number(candle, "trade_price"),
							number(candle, "candle_acc_trade_volume")));
				}
			}
			if (candles.size() < CANDLES_PER_PAGE || !oldest.isAfter(from) || !oldest.isBefore(before)) {
				break;
			}
			before = oldest;
		}
		bars.sort(Comparator.comparing(RawBar::openTime));
		return bars;
	}

	@Override
	public OrderBook orderBook(String venueSymbol, int depth) {
		CurrencyPair pair = currencyPair(VenueSymbols.pair(Venue.UPBIT, venueSymbol));
		UpbitOrderBook[] books = this.calls.call("orderbook " + venueSymbol,
				() -> this.market.getOrderBook(UpbitUtils.toPairString(pair)).getUpbitOrderBooks());
		if (books == null || books.length == 0) {
			throw new UpstreamException(Venue.UPBIT.providerName(), UpstreamException.Kind.MALFORMED,
					"orderbook " + venueSymbol + ": no book in the answer");
		}
		UpbitOrderBook book = books[0];
		List<OrderBook.Level> bids = new ArrayList<>();
		List<OrderBook.Level> asks = new ArrayList<>();
		// Upbit pairs the n-th best bid and ask in one unit
		for (UpbitOrderBookData unit : book.getOrderbookUnits()) {
			if (bids.size() < depth && unit.getBidPrice() != null) {
				bids.add(new OrderBook.Level(unit.getBidPrice(), unit.getBidSize()));
			}
			if (asks.size() < depth && unit.getAskPrice() != null) {
				asks.add(new OrderBook.Level(unit.getAskPrice(), unit.getAskSize()));
			}
		}
		return new OrderBook(venueSymbol, bids, asks, Instant.ofEpochMilli(book.getTimestamp().longValueExact()));
	}

	private List<Quote> tickers(String operation, List<Instrument> pairs) {
		String markets = pairs.stream().map(UpbitUtils::toPairString).collect(Collectors.joining(","));
		UpbitTicker[] tickers = this.calls.call(operation, () -> this.market.getTicker(markets).getTickers());
		List<Quote> quotes = new ArrayList<>();
		for (UpbitTicker ticker : tickers) {
			quotes.add(quote(ticker));
		}
		return quotes;
	}

	private static Quote quote(UpbitTicker ticker) {
		Pair pair = VenueSymbols.pair(Venue.UPBIT, ticker.getMarket());
		// Upbit sends the change as a signed fraction (-0.0009 is -0.09%): moving the
		// point is exact
		BigDecimal rate = ticker.getSigned_change_rate();
		Instant time = (ticker.getTrade_timestamp() != null)
				? Instant.ofEpochMilli(Long.parseLong(ticker.getTrade_timestamp()))
				: Instant.ofEpochMilli(ticker.getTimestamp().longValueExact());
		return new Quote(ticker.getMarket(), ticker.getTrade_price(), ticker.getPrev_closing_price(),
				ticker.getSigned_change_price(), (rate != null) ? rate.movePointRight(2) : null,
				ticker.getAcc_trade_volume_24h(), null, null, pair.quote(), time);
	}

	private static double number(JsonNode candle, String field) {
		// Upbit sends numbers; some recordings hold them as strings
		return Double.parseDouble(candle.path(field).asString());
	}

	private static String unit(Timeframe interval) {
		return switch (interval) {
			case M1 -> "minutes/1";
			case M5 -> "minutes/5";
			case M15 -> "minutes/15";
			case M30 -> "minutes/30";
			case H1 -> "minutes/60";
			case H4 -> "minutes/240";
			case D1 -> "days";
			case W1 -> "weeks";
		};
	}

	private static CurrencyPair currencyPair(Pair pair) {
		return new CurrencyPair(pair.base(), pair.quote());
	}

}
