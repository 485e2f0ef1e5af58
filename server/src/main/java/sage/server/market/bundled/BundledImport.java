package sage.server.market.bundled;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sage.server.market.Instruments;
import sage.server.market.MarketProperties;
import sage.server.market.catalog.InstrumentCatalog;
import sage.server.market.catalog.InstrumentDefinition;
import sage.server.market.history.BarStore;

/**
 * Imports the bundled real market data when Sage starts, before it reports ready.
 * Idempotent: a file whose checksum was imported before is not read again, so a second
 * start imports nothing. Each file goes in one transaction (bars, coverage and the import
 * record together), so a file is never half-imported; damaged rows are skipped and
 * reported with file, line and reason.
 */
@Component
@Order(0)
class BundledImport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledImport.class);

	private static final int LOGGED_REJECTIONS = 20;

	private final JsonMapper json;

	private final InstrumentCatalog catalog;

	private final BarStore bars;

	private final ImportLog importLog;

	private final Instruments instruments;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final MarketProperties properties;

	BundledImport(JsonMapper json, InstrumentCatalog catalog, BarStore bars, ImportLog importLog,
			Instruments instruments, TransactionTemplate transaction, Clock clock, MarketProperties properties) {
		this.json = json;
		this.catalog = catalog;
		this.bars = bars;
		this.importLog = importLog;
		this.instruments = instruments;
		this.transaction = transaction;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.importBundled()) {
			log.info("Bundled market data import is off (sage.market.import-bundled=false)");
			return;
		}
		importAll(BundledCatalog.load(this.json), BundledCatalog.ROOT);
	}

	/** Imports every file of {@code bundle} that was not imported before. */
	Summary importAll(BundledCatalog bundle, String root) {
		long started = System.nanoTime();
		int definitionsChanged = 0;
		for (InstrumentDefinition definition : bundle.instruments()) {
			InstrumentCatalog.Upserted upserted = this.transaction.execute((status) -> this.catalog.upsert(definition));
			definitionsChanged += (upserted != null && upserted.changed()) ? 1 : 0;
		}
		int imported = 0;
		int inserted = 0;
		int rejected = 0;
		for (BundledCatalog.FileEntry file : bundle.files()) {
			ImportLog.ImportRun run = importFile(bundle, file, root);
			if (run != null) {
				imported++;
				inserted += run.barsInserted();
				rejected += run.rowsRejected();
			}
		}
		if (definitionsChanged + imported > 0) {
			this.instruments.forgetCached();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		Summary summary = new Summary(bundle.files().size(), imported, inserted, rejected, definitionsChanged);
		if (imported == 0 && definitionsChanged == 0) {
			log.info("Bundled market data is up to date ({} files, nothing imported, checked in {} ms)",
					bundle.files().size(), took.toMillis());
		}
		else {
			log.info(
					"Bundled market data: {} of {} files imported, {} bars stored, {} rows rejected, {} instruments defined or updated, in {} ms",
					imported, bundle.files().size(), inserted, rejected, definitionsChanged, took.toMillis());
		}
		return summary;
	}

	private ImportLog.ImportRun importFile(BundledCatalog bundle, BundledCatalog.FileEntry file, String root) {
		byte[] bytes = file.read(root);
		String sha256 = sha256(bytes);
		if (this.importLog.hasImported(file.dataset(), sha256)) {
			return null;
		}
		Instant startedAt = this.clock.instant();
		InstrumentDefinition definition = bundle.instrument(file.symbol());
		BarFile.Parsed parsed = BarFile.parse(bytes, file.format(), file.bars(), definition.timezone(),
				definition.sessionOpen());
		ImportLog.ImportRun run = this.transaction.execute((status) -> {
			long id = this.catalog.idOf(file.symbol()).orElseThrow();
			this.catalog.lock(id);
			if (this.importLog.hasImported(file.dataset(), sha256)) {
				// another node imported it while this one was reading
				return null;
			}
			int before = this.bars.count(id, file.bars());
			this.bars.insertMissing(id, file.bars(), parsed.bars());
			int insertedBars = this.bars.count(id, file.bars()) - before;
			this.catalog.refreshSeries(id, file.bars(), file.source());
			ImportLog.ImportRun done = new ImportLog.ImportRun(file.dataset(), file.path(), sha256, startedAt,
					this.clock.instant(), parsed.rowsRead(), insertedBars, parsed.rejections().size(),
					parsed.rejections());
			this.importLog.record(done);
			return done;
		});
		if (run != null) {
			report(file, run);
		}
		return run;
	}

	private static void report(BundledCatalog.FileEntry file, ImportLog.ImportRun run) {
		log.info("Imported {} {}: {} bars from {} ({} rows read, {} rejected)", file.symbol(), file.timeframe(),
				run.barsInserted(), file.path(), run.rowsRead(), run.rowsRejected());
		List<Rejection> rejections = run.rejections();
		for (Rejection rejection : rejections.subList(0, Math.min(LOGGED_REJECTIONS, rejections.size()))) {
			log.warn("{}:{}: {}; row skipped", file.path(), rejection.line(), rejection.reason());
		}
		if (rejections.size() > LOGGED_REJECTIONS) {
			log.warn("{}: {} more rows skipped; GET /api/v1/imports lists them", file.path(),
					rejections.size() - LOGGED_REJECTIONS);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	/**
	 * What one pass over the bundle did.
	 *
	 * @param files files in the bundle
	 * @param imported files read and stored in this pass
	 * @param barsInserted bars new to the database
	 * @param rowsRejected rows refused
	 * @param definitionsChanged instrument definitions inserted or updated
	 */
	record Summary(int files, int imported, int barsInserted, int rowsRejected, int definitionsChanged) {
	}

}
