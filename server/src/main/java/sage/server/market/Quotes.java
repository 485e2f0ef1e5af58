package sage.server.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import sage.server.market.cache.CachePolicy;
import sage.server.market.cache.Cached;
import sage.server.market.cache.MarketCache;
import sage.server.market.provider.MarketDataProviders;
import sage.server.market.provider.Quote;
import sage.server.market.provider.QuoteSource;
import sage.server.market.provider.UpstreamException;
import sage.server.platform.ProblemException;

/**
 * Latest prices. Asks the enabled quote providers that list the instrument, in their
 * configured order; with none enabled (the offline default) the quote is the newest live
 * tick (an exchange stream or the replay) or else the latest stored close. Answers are
 * cached for {@link CachePolicy#QUOTE}'s minute; when every provider fails, the last
 * cached quote, or else the latest stored close, is served flagged as stale.
 */
@Service
public class Quotes {

	private static final MathContext PERCENT = new MathContext(10, RoundingMode.HALF_EVEN);

	private final MarketDataProviders providers;

	private final LatestTicks ticks;

	private final MarketCache cache;

	Quotes(MarketDataProviders providers, LatestTicks ticks, MarketCache cache) {
		this.providers = providers;
		this.ticks = ticks;
		this.cache = cache;
	}

	/**
	 * The latest quote of {@code instrument}.
	 * @throws ProblemException {@code quote-not-available} when nothing can price it,
	 * {@code upstream-unavailable} when its providers are down and nothing is kept
	 */
	public Cached<InstrumentQuote> quote(Instrument instrument) {
		try {
			return this.cache.get(CachePolicy.QUOTE, instrument.symbol(), InstrumentQuote.class,
					() -> fetch(instrument));
		}
		catch (UpstreamException ex) {
			InstrumentQuote stored = local(instrument)
				.orElseThrow(() -> MarketProblems.upstreamUnavailable("a quote of " + instrument.symbol(), ex));
			return this.cache.uncached(stored, stored.time(), true);
		}
	}

	/**
	 * The latest quote of {@code instrument}, the same one {@link #quote} gives, without
	 * the cache's tag and freshness: for other modules, which cannot see those types.
	 * @throws ProblemException as {@link #quote} does
	 */
	public InstrumentQuote latest(Instrument instrument) {
		return quote(instrument).value();
	}

	private InstrumentQuote fetch(Instrument instrument) {
		UpstreamException failure = null;
		for (QuoteSource source : this.providers.enabled(QuoteSource.class)) {
			Optional<String> venueSymbol = ProviderSymbols.of(source.name(), instrument);
			if (venueSymbol.isEmpty()) {
				continue;
			}
			try {
				Optional<Quote> quote = source.quotes(List.of(venueSymbol.get()))
					.stream()
					.filter((q) -> q.venueSymbol().equalsIgnoreCase(venueSymbol.get()))
					.findFirst();
				if (quote.isPresent()) {
					return of(instrument, quote.get(), source.name());
				}
			}
			catch (UpstreamException ex) {
				if (ex.kind() != UpstreamException.Kind.NOT_FOUND) {
					failure = ex;
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
		return local(instrument).orElseThrow(() -> new ProblemException(MarketProblems.QUOTE_NOT_AVAILABLE,
				instrument.symbol() + " has no live price, no stored bars and no enabled provider that lists it."));
	}

	/** The newest live tick, or else the latest stored close. */
	private Optional<InstrumentQuote> local(Instrument instrument) {
		LastPrice last = instrument.last();
		Optional<Tick> tick = this.ticks.of(instrument.symbol());
		if (tick.isPresent() && (last == null || tick.get().time().isAfter(last.time()))) {
			@Nullable BigDecimal previous = (last != null) ? decimal(last.close()) : null;
			return Optional
				.of(priced(instrument, tick.get().price(), previous, null, tick.get().time(), tick.get().source()));
		}
		if (last == null) {
			return Optional.empty();
		}
		BigDecimal previous = (last.previousClose() != null) ? decimal(last.previousClose()) : null;
		return Optional
			.of(priced(instrument, decimal(last.close()), previous, null, last.time(), InstrumentQuote.STORED));
	}

	private static InstrumentQuote of(Instrument instrument, Quote quote, String provider) {
		InstrumentQuote priced = priced(instrument, quote.price(), quote.previousClose(), quote.volume(), quote.time(),
				provider);
		if (priced.change() == null && quote.change() != null) {
			return new InstrumentQuote(priced.symbol(), priced.price(), priced.previousClose(), quote.change(),
					quote.changePercent(), priced.volume(), priced.currency(), priced.time(), provider);
		}
		return priced;
	}

	private static InstrumentQuote priced(Instrument instrument, BigDecimal price, @Nullable BigDecimal previous,
			@Nullable BigDecimal volume, Instant time, String source) {
		BigDecimal change = null;
		BigDecimal percent = null;
		if (previous != null && previous.signum() != 0) {
			change = price.subtract(previous);
			percent = change.multiply(BigDecimal.valueOf(100)).divide(previous, PERCENT).stripTrailingZeros();
		}
		return new InstrumentQuote(instrument.symbol(), price, previous, change, percent, volume, instrument.currency(),
				time, source);
	}

	/** A stored close (a double) as the decimal it was written as. */
	private static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros();
	}

}
