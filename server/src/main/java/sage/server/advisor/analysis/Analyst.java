package sage.server.advisor.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import sage.engine.metrics.Annualisation;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.market.AssetClass;
import sage.server.market.FearGreed;
import sage.server.market.IndicatorValues;
import sage.server.market.Indicators;
import sage.server.market.Instrument;
import sage.server.market.InstrumentQuote;
import sage.server.market.PriceHistory;
import sage.server.market.Quotes;
import sage.server.platform.ProblemException;

/**
 * Gathers the facts about an instrument and the market's mood, through the market
 * module's public services only (quotes, stored bars, indicators, Fear &amp; Greed);
 * never reads a table. What the market API shows (the quote, RSI, the moving averages,
 * the bars' lows and highs, the index) is taken as it shows it, so that the answer and
 * the API agree to the last digit; what it does not show (changes over days, volatility,
 * drawdown) is computed here from the stored daily bars and rounded to 2 decimals.
 *
 * <p>
 * Anything that cannot be had (no quote, too little history, no Fear &amp; Greed provider
 * offline) is left out rather than guessed.
 */
@Component
public class Analyst {

	private static final Logger log = LoggerFactory.getLogger(Analyst.class);

	/** The indicator endpoint's default range: everything stored. */
	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2201-01-01T00:00:00Z");

	/** The indicator endpoint's default limit. */
	private static final int ALL_BARS = 50_000;

	/**
	 * More daily bars than the longest window (90 days) holds, for a coin and a stock.
	 */
	private static final int RECENT_BARS = 200;

	/** Sessions in a stock market's year. */
	private static final double TRADING_DAYS = 252;

	private final Quotes quotes;

	private final PriceHistory history;

	private final Indicators indicators;

	private final FearGreed fearGreed;

	Analyst(Quotes quotes, PriceHistory history, Indicators indicators, FearGreed fearGreed) {
		this.quotes = quotes;
		this.history = history;
		this.indicators = indicators;
		this.fearGreed = fearGreed;
	}

	/** The facts about {@code instrument} and its trend. */
	public AssetAnalysis analyse(Instrument instrument) {
		List<Fact> facts = new ArrayList<>();
		quote(instrument).ifPresent((quote) -> {
			String source = ApiPaths.quote(instrument.symbol());
			facts.add(price(instrument, Measure.PRICE, quote.price(), source, quote.time()));
			if (quote.changePercent() != null) {
				facts.add(percent(instrument, Measure.CHANGE_1D, quote.changePercent(), source, quote.time()));
			}
		});
		if (instrument.coverage(Timeframe.D1).isEmpty()) {
			return new AssetAnalysis(instrument, new FactSheet(facts), Trend.UNKNOWN);
		}
		@Nullable Fact sma50 = movingAverage(instrument, Measure.SMA_50, 50).orElse(null);
		@Nullable Fact sma200 = movingAverage(instrument, Measure.SMA_200, 200).orElse(null);
		facts.addAll(figures(instrument));
		indicator(instrument, "rsi", 14)
			.ifPresent((rsi) -> facts.add(new Fact(Measure.RSI_14.idFor(instrument.symbol()), Measure.RSI_14.label(),
					rsi.value(), Unit.INDEX, null, instrument.symbol(), rsi.source(), rsi.time())));
		if (sma50 != null) {
			facts.add(sma50);
		}
		if (sma200 != null) {
			facts.add(sma200);
		}
		Trend trend = Trend.of(valueOf(sma50), valueOf(sma200));
		return new AssetAnalysis(instrument, new FactSheet(facts), trend);
	}

	/**
	 * The crypto Fear &amp; Greed index now and a week before; empty when no provider is
	 * enabled (the offline default) or it fails.
	 */
	public Optional<MarketMood> mood() {
		try {
			return MarketMood.of(this.fearGreed.recent(MarketMood.DAYS));
		}
		catch (ProblemException ex) {
			log.debug("No Fear & Greed index for the advisor: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	private Optional<InstrumentQuote> quote(Instrument instrument) {
		try {
			return Optional.of(this.quotes.latest(instrument));
		}
		catch (ProblemException ex) {
			log.debug("No quote of {} for the advisor: {}", instrument.symbol(), ex.getMessage());
			return Optional.empty();
		}
	}

	private List<Fact> figures(Instrument instrument) {
		BarSeries bars = this.history.bars(instrument, Timeframe.D1, EARLIEST, LATEST, RECENT_BARS).bars();
		if (bars.isEmpty()) {
			return List.of();
		}
		Instant asOf = Instant.ofEpochMilli(bars.time(bars.size() - 1));
		List<Fact> facts = new ArrayList<>();
		DailyFigures.change(bars, 7)
			.ifPresent((f) -> facts
				.add(percent(instrument, Measure.CHANGE_7D, f.value(), source(instrument, bars, f), asOf)));
		DailyFigures.change(bars, 30)
			.ifPresent((f) -> facts
				.add(percent(instrument, Measure.CHANGE_30D, f.value(), source(instrument, bars, f), asOf)));
		DailyFigures.volatility(bars, 30, periodsPerYear(instrument))
			.ifPresent((f) -> facts
				.add(percent(instrument, Measure.VOLATILITY_30D, f.value(), source(instrument, bars, f), asOf)));
		DailyFigures.maxDrawdown(bars, 90)
			.ifPresent((f) -> facts
				.add(percent(instrument, Measure.MAX_DRAWDOWN_90D, f.value(), source(instrument, bars, f), asOf)));
		DailyFigures.lowestLow(bars, 30)
			.ifPresent((f) -> facts
				.add(price(instrument, Measure.SUPPORT_30D, f.value(), source(instrument, bars, f), asOf)));
		DailyFigures.highestHigh(bars, 30)
			.ifPresent((f) -> facts
				.add(price(instrument, Measure.RESISTANCE_30D, f.value(), source(instrument, bars, f), asOf)));
		return facts;
	}

	private Optional<Fact> movingAverage(Instrument instrument, Measure measure, int period) {
		return indicator(instrument, "sma", period)
			.map((sma) -> price(instrument, measure, sma.value(), sma.source(), sma.time()));
	}

	/**
	 * The newest value of a one-line daily indicator over the whole stored history, as
	 * the indicator endpoint computes it with no range given.
	 */
	private Optional<Reading> indicator(Instrument instrument, String name, int period) {
		IndicatorValues values;
		try {
			values = this.indicators.values(instrument, Timeframe.D1, name, Map.of("period", String.valueOf(period)),
					EARLIEST, LATEST, ALL_BARS);
		}
		catch (ProblemException ex) {
			log.debug("No {} of {} for the advisor: {}", name, instrument.symbol(), ex.getMessage());
			return Optional.empty();
		}
		List<@Nullable Double> line = values.values().get(values.outputs().get(0));
		if (line == null || line.isEmpty()) {
			return Optional.empty();
		}
		Double newest = line.get(line.size() - 1);
		if (newest == null) {
			return Optional.empty();
		}
		// BigDecimal.valueOf writes the double's shortest decimal, as the JSON does
		return Optional.of(new Reading(BigDecimal.valueOf(newest), values.times().get(line.size() - 1),
				ApiPaths.dailyIndicator(instrument.symbol(), name, period)));
	}

	private static String source(Instrument instrument, BarSeries bars, DailyFigures.Figure figure) {
		return ApiPaths.dailyBars(instrument.symbol(), day(instrument, bars.time(figure.from())),
				day(instrument, bars.time(bars.size() - 1)));
	}

	/**
	 * The day a bar opened on in the instrument's time zone, as the bars endpoint reads
	 * dates.
	 */
	private static LocalDate day(Instrument instrument, long openTime) {
		return LocalDate.ofInstant(Instant.ofEpochMilli(openTime), instrument.timezone());
	}

	/** 365 daily bars a year for a market open every day (crypto), 252 for the rest. */
	private static double periodsPerYear(Instrument instrument) {
		boolean everyDay = instrument.assetClass() == AssetClass.CRYPTO_SPOT
				|| instrument.assetClass() == AssetClass.CRYPTO_PERP;
		return everyDay ? Annualisation.continuous(Timeframe.D1).periodsPerYear() : TRADING_DAYS;
	}

	/**
	 * A price-like value: money in the instrument's currency, or index points for an
	 * index, which has a level rather than a price.
	 */
	private static Fact price(Instrument instrument, Measure measure, BigDecimal value, String source, Instant asOf) {
		boolean index = instrument.assetClass() == AssetClass.INDEX;
		return new Fact(measure.idFor(instrument.symbol()), measure.label(), value, index ? Unit.INDEX : Unit.MONEY,
				index ? null : instrument.currency(), instrument.symbol(), source, asOf);
	}

	private static Fact percent(Instrument instrument, Measure measure, BigDecimal value, String source, Instant asOf) {
		return new Fact(measure.idFor(instrument.symbol()), measure.label(), value, Unit.PERCENT, null,
				instrument.symbol(), source, asOf);
	}

	private static @Nullable BigDecimal valueOf(@Nullable Fact fact) {
		return (fact != null) ? fact.value() : null;
	}

	/** An indicator's newest value, the time of its bar and the path that shows it. */
	private record Reading(BigDecimal value, Instant time, String source) {
	}

}
