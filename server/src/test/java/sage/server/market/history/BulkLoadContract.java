package sage.server.market.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.TickBand;
import sage.server.market.catalog.InstrumentCatalog;
import sage.server.market.catalog.InstrumentDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BarStore#insertMissing} stores the same rows whichever way it loads them: in
 * JDBC batches, or through {@code COPY} on PostgreSQL. The bars are the whole bundled
 * data set (read back from where start-up imported it), so the timings printed compare
 * the two ways on the bundle.
 */
abstract class BulkLoadContract {

	/** Every bundled series: (symbol, interval). */
	static final List<String[]> BUNDLE = List.of(new String[] { "SPY", "1d" }, new String[] { "005930", "1d" },
			new String[] { "000660", "1d" }, new String[] { "005380", "1d" }, new String[] { "035420", "1d" },
			new String[] { "051910", "1d" }, new String[] { "KOSPI", "1d" }, new String[] { "BTC-USD", "1d" },
			new String[] { "BTC-USD", "1h" });

	private static final Instant BEGINNING = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant END = Instant.parse("2200-01-01T00:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InstrumentCatalog catalog;

	@Autowired
	BarStore store;

	@Autowired
	TransactionTemplate transaction;

	private long copied;

	private long batched;

	@BeforeEach
	void emptyFixtureInstruments() {
		this.copied = define("ZZ.COPY");
		this.batched = define("ZZ.BATCH");
		this.jdbc.update("delete from market_bar where instrument_id in (?, ?)", this.copied, this.batched);
	}

	/** Whether {@code COPY} is expected to be used at all here. */
	abstract boolean copies();

	@Test
	void bothWaysStoreTheSameRowsAndARepeatAddsNothing() {
		List<BarSeries> bundle = bundle();
		BarStore copying = new BarStore(this.jdbc, BarStore.COPY_THRESHOLD);
		BarStore batching = new BarStore(this.jdbc, Integer.MAX_VALUE);

		long copyNanos = 0;
		long batchNanos = 0;
		for (BarSeries series : bundle) {
			copyNanos += timed(() -> copying.insertMissing(this.copied, series.timeframe(), series));
			batchNanos += timed(() -> batching.insertMissing(this.batched, series.timeframe(), series));
		}
		int bars = bundle.stream().mapToInt(BarSeries::size).sum();
		System.out.printf("bulk load of the bundle (%d bars): %s %d ms, JDBC batches %d ms%n", bars,
				copies() ? "COPY" : "threshold path (batches here)", copyNanos / 1_000_000, batchNanos / 1_000_000);

		for (BarSeries series : bundle) {
			assertThat(read(this.copied, series.timeframe())).isEqualTo(read(this.batched, series.timeframe()));
		}
		// the daily series of several symbols share open times in one fixture instrument
		int stored = count(this.batched);
		assertThat(stored).isPositive();
		assertThat(count(this.copied)).isEqualTo(stored);
		for (BarSeries series : bundle) {
			copying.insertMissing(this.copied, series.timeframe(), series);
		}
		assertThat(count(this.copied)).as("stored bars are left alone").isEqualTo(stored);
	}

	@Test
	void onlyMissingBarsAreAddedAndStoredOnesKeepTheirValues() {
		BarSeries hours = this.store.load(idOf("BTC-USD"), Timeframe.H1, BEGINNING, END, 5_000).bars();
		BarSeries firstHalf = hours.between(hours.time(0), hours.time(2_500));
		BarSeries changedFirstHalf = scaled(firstHalf, 2);
		BarStore copying = new BarStore(this.jdbc, BarStore.COPY_THRESHOLD);
		copying.insertMissing(this.copied, Timeframe.H1, changedFirstHalf);

		this.transaction.executeWithoutResult((status) -> copying.insertMissing(this.copied, Timeframe.H1, hours));

		BarSeries stored = read(this.copied, Timeframe.H1);
		assertThat(stored.size()).isEqualTo(hours.size());
		assertThat(stored.close(0)).isEqualTo(hours.close(0) * 2);
		assertThat(stored.close(4_999)).isEqualTo(hours.close(4_999));
		assertThat(copying.copies(hours.size())).isEqualTo(copies());
	}

	private List<BarSeries> bundle() {
		List<BarSeries> bundle = new ArrayList<>();
		for (String[] series : BUNDLE) {
			Timeframe timeframe = Timeframe.ofCode(series[1]).orElseThrow();
			bundle.add(this.store.load(idOf(series[0]), timeframe, BEGINNING, END, 1_000_000).bars());
		}
		return bundle;
	}

	private long timed(Runnable insert) {
		long started = System.nanoTime();
		// one transaction per series, as the bundled import does
		this.transaction.executeWithoutResult((status) -> insert.run());
		return System.nanoTime() - started;
	}

	private BarSeries read(long id, Timeframe timeframe) {
		return this.store.load(id, timeframe, BEGINNING, END, 1_000_000).bars();
	}

	private int count(long id) {
		Integer count = this.jdbc.queryForObject("select count(*) from market_bar where instrument_id = ?",
				Integer.class, id);
		return (count != null) ? count : 0;
	}

	private long idOf(String symbol) {
		return this.catalog.idOf(symbol).orElseThrow();
	}

	private long define(String symbol) {
		return this.transaction.execute((status) -> this.catalog.upsert(new InstrumentDefinition(symbol,
				symbol + " (bulk load test)", null, AssetClass.CRYPTO_SPOT, "test", "USD", ZoneId.of("UTC"), "24/7",
				List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01"))), BigDecimal.ONE, List.of())))
			.id();
	}

	private static BarSeries scaled(BarSeries series, double factor) {
		BarSeries.Builder builder = BarSeries.builder(series.timeframe(), series.size());
		for (int i = 0; i < series.size(); i++) {
			builder.add(series.time(i), series.open(i) * factor, series.high(i) * factor, series.low(i) * factor,
					series.close(i) * factor, series.volume(i));
		}
		return builder.build();
	}

}
