package sage.server.market.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import sage.engine.series.BarSeries;
import sage.engine.series.Gap;
import sage.engine.series.Timeframe;
import sage.server.market.Instrument;
import sage.server.market.PriceHistory;
import sage.server.market.StoredBars;
import sage.server.market.catalog.InstrumentCatalog;
import sage.server.market.history.BarStore;
import sage.server.market.provider.BarSource;
import sage.server.market.provider.MarketDataProviders;
import sage.server.market.provider.RawBar;

/**
 * The work of one run: for each symbol of a job, fetch what is missing, check it,
 * quarantine the bad rows, store the good ones and derive the higher intervals.
 *
 * <p>
 * What is missing: on a first run (nothing stored at the interval) the whole
 * {@code backfill}; afterwards everything from the newest stored bar on, that bar
 * included, so a bar that was still forming gets its final values; and every gap in the
 * stored bars within the backfill window ({@link SessionGrid#gaps}), at most
 * {@value #MAX_GAPS} per symbol and run, oldest first.
 *
 * <p>
 * Each fetched range is stored in its own transaction, so a failure (the provider down, a
 * symbol unknown there) keeps what was stored before it; a failed symbol does not stop
 * the others, and the next run resumes from the newest stored bar.
 *
 * <p>
 * Derived bars: after a range is stored, each bucket of a derived interval that it
 * touches is rebuilt from the stored bars of the job's interval and stored. The newest
 * bucket may still be forming (a week of which two days have traded); it is stored as it
 * stands and rebuilt by later runs until the bucket is over. Only bars of the job's
 * interval are ever fetched; derived bars are never asked of the provider.
 */
@Component
class BarCollector {

	private static final Logger log = LoggerFactory.getLogger(BarCollector.class);

	/**
	 * Gap ranges refetched per symbol and run, so that a patchy history cannot stall a
	 * run.
	 */
	static final int MAX_GAPS = 20;

	private static final Instant BEGINNING = Instant.parse("1900-01-01T00:00:00Z");

	private static final int ALL = 10_000_000;

	private final MarketDataProviders providers;

	private final InstrumentCatalog catalog;

	private final BarStore store;

	private final PriceHistory history;

	private final Quarantine quarantine;

	private final Clock clock;

	BarCollector(MarketDataProviders providers, InstrumentCatalog catalog, BarStore store, PriceHistory history,
			Quarantine quarantine, Clock clock) {
		this.providers = providers;
		this.catalog = catalog;
		this.store = store;
		this.history = history;
		this.quarantine = quarantine;
		this.clock = clock;
	}

	/** Collects every symbol of {@code job}, adding what it did to {@code tally}. */
	void collect(IngestionJob job, RunTally tally) {
		Optional<BarSource> source = this.providers.enabled(job.provider(), BarSource.class);
		if (source.isEmpty()) {
			tally.failed(job.provider(), "the provider is not enabled or serves no bars (sage.market.providers."
					+ job.provider() + ".enabled)");
			return;
		}
		for (String symbol : job.symbols()) {
			if (Thread.currentThread().isInterrupted()) {
				tally.failed(symbol, "not collected: the server is stopping");
				continue;
			}
			try {
				collect(job, source.get(), symbol, tally);
			}
			catch (RuntimeException ex) {
				// one symbol's failure (upstream down, unknown symbol) must not stop the
				// others
				log.warn("Ingestion job {}: {} failed: {}", job.name(), symbol, ex.getMessage());
				tally.failed(symbol, String.valueOf(ex.getMessage()));
			}
		}
	}

	private void collect(IngestionJob job, BarSource source, String symbol, RunTally tally) {
		long id = this.catalog.idOf(symbol)
			.orElseThrow(() -> new IllegalArgumentException("no instrument has the symbol " + symbol));
		Instrument instrument = this.catalog.load(id).orElseThrow();
		SessionGrid grid = SessionGrid.of(instrument);
		String providerSymbol = JobSymbols.of(job, instrument);
		for (Range range : missing(job, id, grid)) {
			Instant now = this.clock.instant();
			List<RawBar> rows = source.bars(providerSymbol, job.interval(), range.from(), range.to());
			tally.fetched(rows.size());
			BarScreen.Screened screened = BarScreen.screen(rows, job.interval(), grid, now);
			this.quarantine.keep(job.name(), instrument.symbol(), job.interval(), screened.rejected(), now);
			tally.quarantined(screened.rejected().size());
			if (screened.accepted().isEmpty()) {
				continue;
			}
			StoredBars stored = this.history.store(instrument.symbol(), screened.accepted(),
					job.provider() + " (ingestion job " + job.name() + ")");
			tally.stored(stored.inserted() + stored.updated());
			for (Timeframe target : job.derive()) {
				tally.stored(derive(job, id, instrument.symbol(), grid, screened.accepted(), target));
			}
		}
	}

	/** The ranges to fetch: the backfill, or the newest bar onwards and the gaps. */
	List<Range> missing(IngestionJob job, long id, SessionGrid grid) {
		Instant now = this.clock.instant();
		// to is exclusive: one millisecond past now takes in a bar opening right now
		Instant end = now.plusMillis(1);
		Instant windowStart = now.minus(job.backfill());
		BarSeries newest = this.store.load(id, job.interval(), BEGINNING, now, 1).bars();
		if (newest.isEmpty()) {
			return List.of(new Range(windowStart, end));
		}
		Instant last = Instant.ofEpochMilli(newest.time(0));
		List<Range> ranges = new ArrayList<>();
		BarSeries window = this.store.load(id, job.interval(), windowStart, now, ALL).bars();
		long length = job.interval().duration().toMillis();
		for (Gap gap : grid.gaps(window)) {
			if (ranges.size() == MAX_GAPS) {
				break;
			}
			ranges.add(new Range(Instant.ofEpochMilli(gap.from() + length), Instant.ofEpochMilli(gap.to())));
		}
		ranges.add(new Range(last.isBefore(windowStart) ? windowStart : last, end));
		return ranges;
	}

	private int derive(IngestionJob job, long id, String symbol, SessionGrid grid, BarSeries stored, Timeframe target) {
		long first = grid.bucketStart(stored.time(0), target);
		long last = grid.bucketStart(stored.time(stored.size() - 1), target);
		// a little past the last bucket, then only whole buckets in [first, last] are
		// kept:
		// a bucket read partly would overwrite a complete bar with a partial one
		Instant readTo = Instant.ofEpochMilli(last + target.duration().toMillis());
		BarSeries base = this.store.load(id, job.interval(), Instant.ofEpochMilli(first), readTo, ALL).bars();
		BarSeries derived = grid.resample(base, target);
		BarSeries.Builder touched = BarSeries.builder(target, derived.size());
		for (int i = 0; i < derived.size(); i++) {
			if (derived.time(i) >= first && derived.time(i) <= last) {
				touched.add(derived.time(i), derived.open(i), derived.high(i), derived.low(i), derived.close(i),
						derived.volume(i));
			}
		}
		StoredBars result = this.history.store(symbol, touched.build(),
				"derived from " + job.interval().code() + " (ingestion job " + job.name() + ")");
		return result.inserted() + result.updated();
	}

	/**
	 * A range to fetch.
	 *
	 * @param from first open time asked for
	 * @param to open time asked up to, exclusive
	 */
	record Range(Instant from, Instant to) {
	}

}
