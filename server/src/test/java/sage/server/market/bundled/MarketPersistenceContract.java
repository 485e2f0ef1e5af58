package sage.server.market.bundled;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.BarWindow;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.PriceHistory;
import sage.server.market.StoredBars;
import sage.server.market.catalog.InstrumentCatalog;
import sage.server.market.catalog.InstrumentDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the market module's storage must do on every database Sage supports. Subclasses
 * run it against the embedded default (H2 file) and the real PostgreSQL.
 */
abstract class MarketPersistenceContract {

	static final List<String> BUNDLED_DATASETS = List.of("spy-1d", "005930-1d", "000660-1d", "005380-1d", "035420-1d",
			"051910-1d", "kospi-1d", "btc-usd-1d", "btc-usd-1h");

	@Autowired
	BundledImport bundledImport;

	@Autowired
	JsonMapper json;

	@Autowired
	ImportLog importLog;

	@Autowired
	Instruments instruments;

	@Autowired
	PriceHistory history;

	@Autowired
	InstrumentCatalog catalog;

	@Test
	void startUpImportedEveryBundledFileWithoutRejectingARow() {
		List<ImportLog.ImportRun> runs = this.importLog.recent(1000);
		assertThat(runs).extracting(ImportLog.ImportRun::dataset).containsAll(BUNDLED_DATASETS);
		assertThat(runs).filteredOn((run) -> BUNDLED_DATASETS.contains(run.dataset()))
			.allSatisfy((run) -> assertThat(run.rowsRejected()).isZero());
		assertThat(bars("SPY", Timeframe.D1).size()).isEqualTo(5241);
		assertThat(bars("BTC-USD", Timeframe.H1).size()).isEqualTo(20111);
		assertThat(bars("005930", Timeframe.D1).size()).isEqualTo(8826);
	}

	@Test
	void aSecondImportOfTheBundleImportsNothing() {
		BundledImport.Summary again = this.bundledImport.importAll(BundledCatalog.load(this.json), BundledCatalog.ROOT);
		assertThat(again.imported()).isZero();
		assertThat(again.barsInserted()).isZero();
		assertThat(again.definitionsChanged()).isZero();
	}

	@Test
	void damagedRowsAreReportedWithTheirLineAndSkipped() {
		BundledCatalog damaged = BundledCatalog.load(this.json, "market/damaged-bundle/datasets.json");
		// the first import of the fixture may have come from another test of this class
		this.bundledImport.importAll(damaged, "market/damaged-bundle/");
		ImportLog.ImportRun run = this.importLog.recent(1000)
			.stream()
			.filter((r) -> r.dataset().equals("zz-damaged-1d"))
			.findFirst()
			.orElseThrow();
		assertThat(run.rowsRead()).isEqualTo(10);
		assertThat(run.rowsRejected()).isEqualTo(4);
		assertThat(run.barsInserted()).isEqualTo(6);
		assertThat(run.rejections()).extracting(Rejection::line).containsExactly(4, 6, 8, 10);
		assertThat(run.rejections()).allSatisfy((r) -> assertThat(r.reason()).isNotBlank());
		BarSeries stored = bars("ZZ.DAMAGED", Timeframe.D1);
		assertThat(stored.size()).isEqualTo(6);
		for (int i = 0; i < stored.size(); i++) {
			assertThat(stored.high(i)).isGreaterThanOrEqualTo(stored.low(i));
		}
		// the good row of the repeated date (line 9) is kept, the repeat is not
		assertThat(stored.close(stored.size() - 2)).isEqualTo(137.7187);

		BundledImport.Summary second = this.bundledImport.importAll(damaged, "market/damaged-bundle/");
		assertThat(second.imported()).isZero();
		assertThat(bars("ZZ.DAMAGED", Timeframe.D1).size()).isEqualTo(6);
	}

	@Test
	void storedBarsReadBackExactlyAndStoringThemAgainChangesNothing() {
		importFixtureInstruments();
		BarSeries series = BarSeries.builder(Timeframe.H1, 3)
			.add(hour(2024, 3, 1, 14), 100.25, 101.5, 99.75, 101.0, 1_234.5)
			.add(hour(2024, 3, 1, 15), 101.0, 101.0, 100.125, 100.5, 0.0)
			.add(hour(2024, 3, 1, 16), 100.5, 102.0, 100.5, 101.9999, 42.0)
			.build();

		StoredBars first = this.history.store("ZZ.STORE", series, "integration test");
		StoredBars again = this.history.store("ZZ.STORE", series, "integration test");

		assertThat(first).isEqualTo(new StoredBars(3, 3, 0, 0));
		assertThat(again).isEqualTo(new StoredBars(3, 0, 0, 3));
		BarSeries read = bars("ZZ.STORE", Timeframe.H1);
		assertThat(read.size()).isEqualTo(3);
		for (int i = 0; i < 3; i++) {
			assertThat(read.time(i)).isEqualTo(series.time(i));
			assertThat(new double[] { read.open(i), read.high(i), read.low(i), read.close(i), read.volume(i) })
				.containsExactly(series.open(i), series.high(i), series.low(i), series.close(i), series.volume(i));
		}
	}

	@Test
	void aChangedBarIsOverwrittenAndTheRangeQueryHonoursItsBounds() {
		importFixtureInstruments();
		BarSeries days = BarSeries.builder(Timeframe.D1, 3)
			.add(day(2023, 5, 1), 10, 11, 9, 10.5, 100)
			.add(day(2023, 5, 2), 10.5, 12, 10, 11.5, 200)
			.add(day(2023, 5, 3), 11.5, 13, 11, 12.5, 300)
			.build();
		this.history.store("ZZ.STORE", days, "integration test");
		BarSeries changed = BarSeries.builder(Timeframe.D1, 1).add(day(2023, 5, 2), 10.5, 12, 10, 11.75, 250).build();

		StoredBars stored = this.history.store("ZZ.STORE", changed, "integration test");

		assertThat(stored).isEqualTo(new StoredBars(1, 0, 1, 0));
		Instrument instrument = this.instruments.find("zz.store").orElseThrow();
		BarWindow window = this.history.bars(instrument, Timeframe.D1, Instant.ofEpochMilli(day(2023, 5, 2)),
				Instant.ofEpochMilli(day(2023, 5, 3)), 1);
		assertThat(window.truncated()).isTrue();
		assertThat(window.bars().size()).isEqualTo(1);
		assertThat(window.bars().close(0)).isEqualTo(12.5);
		BarWindow middle = this.history.bars(instrument, Timeframe.D1, Instant.ofEpochMilli(day(2023, 5, 2)),
				Instant.ofEpochMilli(day(2023, 5, 2)), 10);
		assertThat(middle.bars().size()).isEqualTo(1);
		assertThat(middle.bars().close(0)).isEqualTo(11.75);
		assertThat(middle.bars().volume(0)).isEqualTo(250);
	}

	@Test
	void aChangedDefinitionIsUpdatedAndAnUnchangedOneIsLeftAlone() {
		importFixtureInstruments();
		InstrumentDefinition stored = BundledCatalog.load(this.json, "market/damaged-bundle/datasets.json")
			.instrument("ZZ.STORE");
		InstrumentDefinition renamed = new InstrumentDefinition(stored.symbol(), "Renamed fixture", "이름 바꿈",
				stored.assetClass(), stored.venue(), stored.currency(), stored.timezone(), stored.tradingHours(),
				stored.tickSizes(), new BigDecimal("0.001"), List.of("zz.renamed", "ZZ.OTHER"));

		assertThat(this.catalog.upsert(stored).changed()).isFalse();
		assertThat(this.catalog.upsert(renamed).changed()).isTrue();
		assertThat(this.catalog.upsert(renamed).changed()).isFalse();
		this.instruments.forgetCached();
		Instrument read = this.instruments.find("zz.renamed").orElseThrow();
		assertThat(read.name()).isEqualTo("Renamed fixture");
		assertThat(read.localName()).isEqualTo("이름 바꿈");
		assertThat(read.lotSize()).isEqualByComparingTo("0.001");
		assertThat(read.aliases()).containsExactly("ZZ.OTHER", "ZZ.RENAMED");

		assertThat(this.catalog.upsert(stored).changed()).isTrue();
		this.instruments.forgetCached();
		assertThat(this.instruments.find("zz.renamed")).isEmpty();
	}

	@Test
	void searchFindsSymbolsAliasesAndKoreanNames() {
		assertThat(this.instruments.search("삼성", 10).instruments()).extracting(Instrument::symbol)
			.containsExactly("005930");
		assertThat(this.instruments.search("btc", 10).instruments()).extracting(Instrument::symbol).contains("BTC-USD");
		assertThat(this.instruments.find("005930.ks")).map(Instrument::symbol).contains("005930");
		assertThat(this.instruments.search("", 200).total()).isGreaterThanOrEqualTo(8);
	}

	private void importFixtureInstruments() {
		// defines ZZ.STORE (and ZZ.DAMAGED); safe to repeat
		this.bundledImport.importAll(BundledCatalog.load(this.json, "market/damaged-bundle/datasets.json"),
				"market/damaged-bundle/");
	}

	private BarSeries bars(String symbol, Timeframe timeframe) {
		Instrument instrument = this.instruments.find(symbol).orElseThrow();
		return this.history
			.bars(instrument, timeframe, Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"),
					1_000_000)
			.bars();
	}

	private static long hour(int year, int month, int day, int hour) {
		return LocalDate.of(year, month, day).atTime(hour, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
	}

	private static long day(int year, int month, int day) {
		// daily bars of a New York instrument open at 09:30 local time
		return LocalDate.of(year, month, day).atTime(13, 30).toInstant(ZoneOffset.UTC).toEpochMilli();
	}

}
