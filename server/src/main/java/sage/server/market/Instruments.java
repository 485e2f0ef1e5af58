package sage.server.market;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

import sage.server.market.catalog.InstrumentCatalog;

/**
 * The instrument catalogue: find an instrument by symbol or alias, or search by name.
 * Lookups by symbol are cached (in-process, or in Redis when configured), because every
 * quote, bar and indicator request starts with one. The cache is used directly rather
 * than through {@code @Cacheable}: this is the hottest lookup of the API, and the
 * annotation's proxy and key expression cost more than the cache read itself.
 */
@Service
public class Instruments {

	static final String CACHE = "market.instruments";

	private static final Logger log = LoggerFactory.getLogger(Instruments.class);

	private final InstrumentCatalog catalog;

	private final Cache cache;

	Instruments(InstrumentCatalog catalog, CacheManager caches) {
		this.catalog = catalog;
		this.cache = Objects.requireNonNull(caches.getCache(CACHE), CACHE);
	}

	/**
	 * The instrument with this symbol or alias, case-insensitive ({@code spy},
	 * {@code 005930.KS}, {@code btcusd}).
	 */
	public Optional<Instrument> find(String symbolOrAlias) {
		String key = symbolOrAlias.trim().toUpperCase(Locale.ROOT);
		Instrument cached = cached(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Instrument> found = this.catalog.idOf(symbolOrAlias).flatMap(this.catalog::load);
		found.ifPresent((instrument) -> keep(key, instrument));
		return found;
	}

	/** A cache fault is a miss: the catalogue answers instead. */
	private @Nullable Instrument cached(String key) {
		try {
			return this.cache.get(key, Instrument.class);
		}
		catch (RuntimeException ex) {
			log.warn("Instrument cache read of {} failed, reading the catalogue: {}", key, ex.getMessage());
			return null;
		}
	}

	private void keep(String key, Instrument instrument) {
		try {
			this.cache.put(key, instrument);
		}
		catch (RuntimeException ex) {
			log.warn("Instrument cache write of {} failed: {}", key, ex.getMessage());
		}
	}

	/**
	 * Instruments matching {@code query} in symbol, alias, English or local name; all of
	 * them when the query is blank. Exact symbol matches come first.
	 * @param limit the most to return
	 */
	public Matches search(String query, int limit) {
		InstrumentCatalog.SearchResult result = this.catalog.search(query.toUpperCase(Locale.ROOT), limit);
		return new Matches(result.instruments(), result.total());
	}

	/**
	 * Instruments that matched a search.
	 *
	 * @param instruments best first, at most the requested number
	 * @param total how many matched in all
	 */
	public record Matches(List<Instrument> instruments, int total) {
	}

	/**
	 * Drops cached instruments after their definition or stored history changed, at once:
	 * {@code invalidate()}, not {@code clear()}, whose Redis form is asynchronous, so
	 * that a read right after could still see, and put back, the old value.
	 */
	public void forgetCached() {
		try {
			this.cache.invalidate();
		}
		catch (RuntimeException ex) {
			log.warn("Instrument cache could not be cleared; entries expire on their own: {}", ex.getMessage());
		}
	}

}
