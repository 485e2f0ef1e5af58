package sage.server.market.bundled;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which files were imported, when, with what result, and which rows were refused
 * ({@code market_import}, {@code market_import_rejection}).
 */
@Repository
public class ImportLog {

	/** At most this many rejections are kept per run; the count covers them all. */
	static final int MAX_STORED_REJECTIONS = 1000;

	private final JdbcClient jdbc;

	ImportLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this exact file content was imported into this dataset before. */
	boolean hasImported(String dataset, String sha256) {
		return this.jdbc.sql("select count(*) from market_import where dataset = :dataset and sha256 = :sha")
			.param("dataset", dataset)
			.param("sha", sha256)
			.query(Integer.class)
			.single() > 0;
	}

	void record(ImportRun run) {
		this.jdbc.sql("""
				insert into market_import
				  (dataset, file, sha256, started_at, finished_at, rows_read, bars_inserted, rows_rejected)
				values (:dataset, :file, :sha, :started, :finished, :rowsRead, :inserted, :rejected)""")
			.param("dataset", run.dataset())
			.param("file", run.file())
			.param("sha", run.sha256())
			.param("started", OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC))
			.param("finished", OffsetDateTime.ofInstant(run.finishedAt(), ZoneOffset.UTC))
			.param("rowsRead", run.rowsRead())
			.param("inserted", run.barsInserted())
			.param("rejected", run.rowsRejected())
			.update();
		long id = this.jdbc.sql("select max(id) from market_import where dataset = :dataset and sha256 = :sha")
			.param("dataset", run.dataset())
			.param("sha", run.sha256())
			.query(Long.class)
			.single();
		for (Rejection rejection : run.rejections()
			.subList(0, Math.min(MAX_STORED_REJECTIONS, run.rejections().size()))) {
			this.jdbc.sql("insert into market_import_rejection (import_id, line, reason) values (:id, :line, :reason)")
				.param("id", id)
				.param("line", rejection.line())
				.param("reason", BarFileFormat.abbreviate(rejection.reason()))
				.update();
		}
	}

	/** The newest runs first, with their stored rejections. */
	public List<ImportRun> recent(int limit) {
		List<Long> ids = new ArrayList<>();
		Map<Long, ImportRun> runs = new HashMap<>();
		this.jdbc.sql("""
				select id, dataset, file, sha256, started_at, finished_at, rows_read, bars_inserted, rows_rejected
				from market_import order by id desc limit :limit""").param("limit", limit).query((rs) -> {
			long id = rs.getLong("id");
			ids.add(id);
			runs.put(id,
					new ImportRun(rs.getString("dataset"), rs.getString("file"), rs.getString("sha256"),
							rs.getObject("started_at", OffsetDateTime.class).toInstant(),
							rs.getObject("finished_at", OffsetDateTime.class).toInstant(), rs.getInt("rows_read"),
							rs.getInt("bars_inserted"), rs.getInt("rows_rejected"), new ArrayList<>()));
		});
		if (!ids.isEmpty()) {
			this.jdbc.sql(
					"select import_id, line, reason from market_import_rejection where import_id in (:ids) order by line")
				.param("ids", ids)
				.query((rs) -> {
					runs.get(rs.getLong(1)).rejections().add(new Rejection(rs.getInt(2), rs.getString(3)));
				});
		}
		return ids.stream().map(runs::get).map(ImportRun::frozen).toList();
	}

	/**
	 * One import of one file.
	 *
	 * @param dataset the manifest's dataset id, e.g. {@code spy-1d}
	 * @param file the file's path in the bundle
	 * @param sha256 the file's checksum; the same checksum is never imported twice
	 * @param rowsRead data rows in the file
	 * @param barsInserted bars that were new to the database
	 * @param rowsRejected rows refused (all of them, even past the stored maximum)
	 * @param rejections refused rows with reasons, at most
	 * {@value #MAX_STORED_REJECTIONS}
	 */
	public record ImportRun(String dataset, String file, String sha256, Instant startedAt, Instant finishedAt,
			int rowsRead, int barsInserted, int rowsRejected, List<Rejection> rejections) {

		ImportRun frozen() {
			return new ImportRun(this.dataset, this.file, this.sha256, this.startedAt, this.finishedAt, this.rowsRead,
					this.barsInserted, this.rowsRejected, List.copyOf(this.rejections));
		}

	}

}
