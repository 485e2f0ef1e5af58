package sage.server.market;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.catalog.InstrumentCatalog;
import sage.server.market.history.BarStore;
import sage.server.platform.ProblemException;

/**
 * Stored bars: read a time range, or store a batch (idempotently: sending the same bars
 * twice changes nothing the second time).
 */
@Service
public class PriceHistory {

	private final InstrumentCatalog catalog;

	private final BarStore store;

	private final Instruments instruments;

	PriceHistory(InstrumentCatalog catalog, BarStore store, Instruments instruments) {
		this.catalog = catalog;
		this.store = store;
		this.instruments = instruments;
	}

	/**
	 * The newest {@code limit} bars of {@code instrument} at {@code timeframe} with open
	 * times in {@code [from, to]}, oldest first.
	 * @throws ProblemException {@code interval-not-available} when nothing is stored at
	 * that timeframe
	 */
	@Transactional(readOnly = true)
	public BarWindow bars(Instrument instrument, Timeframe timeframe, Instant from, Instant to, int limit) {
		if (instrument.coverage(timeframe).isEmpty()) {
			throw new ProblemException(MarketProblems.INTERVAL_NOT_AVAILABLE,
					instrument.symbol() + " has no " + timeframe.code() + " bars; available: "
							+ String.join(", ", available(instrument)),
					java.util.List.of(), Map.of("available", available(instrument)));
		}
		long id = idOf(instrument.symbol());
		BarStore.Window window = this.store.load(id, timeframe, from, to, limit);
		return new BarWindow(instrument, window.bars(), window.truncated());
	}

	/**
	 * Stores bars: new open times are inserted, stored bars with other values are
	 * overwritten, identical ones are left alone. All or nothing.
	 * @param source attribution for a new series (an existing series keeps its own)
	 */
	@Transactional
	public StoredBars store(String symbol, BarSeries bars, String source) {
		long id = idOf(symbol);
		this.catalog.lock(id);
		Timeframe timeframe = bars.timeframe();
		if (bars.isEmpty()) {
			return new StoredBars(0, 0, 0, 0);
		}
		Map<Long, double[]> existing = this.store.existing(id, timeframe, Instant.ofEpochMilli(bars.time(0)),
				Instant.ofEpochMilli(bars.time(bars.size() - 1)));
		BarSeries.Builder inserts = BarSeries.builder(timeframe, bars.size());
		BarSeries.Builder updates = BarSeries.builder(timeframe, existing.size());
		int unchanged = 0;
		for (int i = 0; i < bars.size(); i++) {
			double[] values = { bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i) };
			double[] stored = existing.get(bars.time(i));
			if (stored == null) {
				inserts.add(bars.time(i), values[0], values[1], values[2], values[3], values[4]);
			}
			else if (!Arrays.equals(stored, values)) {
				updates.add(bars.time(i), values[0], values[1], values[2], values[3], values[4]);
			}
			else {
				unchanged++;
			}
		}
		this.store.insertMissing(id, timeframe, inserts.build());
		this.store.update(id, timeframe, updates.build());
		if (inserts.size() + updates.size() > 0) {
			this.catalog.refreshSeries(id, timeframe, source);
			this.instruments.forgetCached();
		}
		return new StoredBars(bars.size(), inserts.size(), updates.size(), unchanged);
	}

	private long idOf(String symbol) {
		return this.catalog.idOf(symbol).orElseThrow(() -> MarketProblems.instrumentNotFound(symbol));
	}

	private static java.util.List<String> available(Instrument instrument) {
		return instrument.series().stream().map((s) -> s.timeframe().code()).toList();
	}

}
