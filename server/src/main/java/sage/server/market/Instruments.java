package sage.server.market;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

import sage.server.market.catalog.InstrumentCatalog;

/**
 * The instrument catalogue: find an instrument by symbol or alias, or search by name.
 * Lookups by symbol are cached (in-process, or in Redis when configured), because every
 * bar request starts with one.
 */
@Service
public class Instruments {

	static final String CACHE = "market.instruments";

	private final InstrumentCatalog catalog;

	Instruments(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The instrument with this symbol or alias, case-insensitive ({@code spy},
	 * {@code 005930.KS}, {@code btcusd}).
	 */
	@Cacheable(cacheNames = CACHE, key = "#symbolOrAlias.trim().toUpperCase()", unless = "#result == null")
	public Optional<Instrument> find(String symbolOrAlias) {
		return this.catalog.idOf(symbolOrAlias).flatMap(this.catalog::load);
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
	 * Drops cached instruments after their definition or stored history changed. Done
	 * before the (empty) method body so that Spring invalidates at once: the after-call
	 * {@code clear()} of the Redis cache is asynchronous, and a read right after it could
	 * still see, and put back, the old value.
	 */
	@CacheEvict(cacheNames = CACHE, allEntries = true, beforeInvocation = true)
	public void forgetCached() {
		// the annotation does the work
	}

}
