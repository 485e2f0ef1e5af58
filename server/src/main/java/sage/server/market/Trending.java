package sage.server.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import sage.engine.series.Timeframe;
import sage.server.market.cache.CachePolicy;
import sage.server.market.cache.Cached;
import sage.server.market.cache.MarketCache;
import sage.server.market.history.LatestSessions;
import sage.server.market.provider.MarketDataProviders;
import sage.server.market.provider.TrendingEntry;
import sage.server.market.provider.TrendingSource;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.coingecko.CoinGecko;
import sage.server.market.provider.yahoo.YahooFinance;

/**
 * Top gainers, losers and volume per market, ranked over each instrument's latest stored
 * daily session, and the trending lists of the enabled providers (Yahoo for stocks,
 * CoinGecko for crypto). Cached for {@link CachePolicy#TRENDING}'s five minutes; when a
 * provider fails, the last answer is served flagged as stale, or else the movers without
 * the trending list, saying why.
 */
@Service
public class Trending {

	private static final MathContext PERCENT = new MathContext(10, RoundingMode.HALF_EVEN);

	private final LatestSessions sessions;

	private final Instruments instruments;

	private final MarketDataProviders providers;

	private final MarketCache cache;

	private final Clock clock;

	Trending(LatestSessions sessions, Instruments instruments, MarketDataProviders providers, MarketCache cache,
			Clock clock) {
		this.sessions = sessions;
		this.instruments = instruments;
		this.providers = providers;
		this.cache = cache;
		this.clock = clock;
	}

	/**
	 * Movers in {@code market}, at most {@code limit} in each list.
	 * @param limit 1 to 50
	 */
	public Cached<Movers> movers(MarketRegion market, int limit) {
		String key = market.name() + ":" + limit;
		try {
			return this.cache.get(CachePolicy.TRENDING, key, Movers.class, () -> rank(market, limit, true));
		}
		catch (UpstreamException ex) {
			Movers withoutTrending = rank(market, limit, false);
			withoutTrending = new Movers(market, withoutTrending.gainers(), withoutTrending.losers(),
					withoutTrending.mostActive(), List.of(),
					ex.provider() + ": " + ex.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
			return this.cache.uncached(withoutTrending, this.clock.instant(), false);
		}
	}

	private Movers rank(MarketRegion market, int limit, boolean withTrending) {
		List<Movers.Mover> movers = new ArrayList<>();
		for (LatestSessions.Session session : this.sessions.at(Timeframe.D1)) {
			Optional<Instrument> instrument = this.instruments.find(session.symbol());
			if (instrument.isEmpty() || !market.holds(instrument.get().assetClass())
					|| Double.isNaN(session.previousClose()) || session.previousClose() == 0) {
				continue;
			}
			BigDecimal close = BigDecimal.valueOf(session.close());
			BigDecimal previous = BigDecimal.valueOf(session.previousClose());
			BigDecimal change = close.subtract(previous);
			movers.add(new Movers.Mover(session.symbol(), instrument.get().name(), close.stripTrailingZeros(),
					change.stripTrailingZeros(),
					change.multiply(BigDecimal.valueOf(100)).divide(previous, PERCENT).stripTrailingZeros(),
					BigDecimal.valueOf(session.volume()).stripTrailingZeros(),
					Instant.ofEpochMilli(session.openTime())));
		}
		Comparator<Movers.Mover> byChange = Comparator.comparing(Movers.Mover::changePercent);
		List<Movers.Mover> gainers = movers.stream()
			.filter((m) -> m.changePercent().signum() > 0)
			.sorted(byChange.reversed().thenComparing(Movers.Mover::symbol))
			.limit(limit)
			.toList();
		List<Movers.Mover> losers = movers.stream()
			.filter((m) -> m.changePercent().signum() < 0)
			.sorted(byChange.thenComparing(Movers.Mover::symbol))
			.limit(limit)
			.toList();
		List<Movers.Mover> active = movers.stream()
			.sorted(Comparator.comparing(Movers.Mover::volume).reversed().thenComparing(Movers.Mover::symbol))
			.limit(limit)
			.toList();
		return new Movers(market, gainers, losers, active, withTrending ? trending(market, limit) : List.of(), null);
	}

	private List<Movers.TrendingSymbol> trending(MarketRegion market, int limit) {
		String provider = (market == MarketRegion.CRYPTO) ? CoinGecko.NAME : YahooFinance.NAME;
		Optional<TrendingSource> source = this.providers.enabled(provider, TrendingSource.class);
		if (source.isEmpty()) {
			return List.of();
		}
		List<Movers.TrendingSymbol> symbols = new ArrayList<>();
		for (TrendingEntry entry : source.get().trending(market.region(), limit)) {
			String symbol = ProviderSymbols.canonical(provider, entry.venueSymbol());
			symbols.add(new Movers.TrendingSymbol(symbol, this.instruments.find(symbol).isPresent(), entry.name(),
					entry.price(), entry.changePercent(), provider));
		}
		return symbols;
	}

}
