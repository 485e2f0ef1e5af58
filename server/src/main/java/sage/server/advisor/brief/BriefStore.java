package sage.server.advisor.brief;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Briefs in {@code advisor_brief}, one row per slot and language (a unique key): the
 * second insert of a slot fails, which is what keeps several nodes from writing the same
 * brief twice.
 */
@Repository
public class BriefStore {

	private final JdbcClient jdbc;

	BriefStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a brief.
	 * @throws org.springframework.dao.DataIntegrityViolationException when the slot has
	 * one in this language already
	 */
	public void insert(StoredBrief brief) {
		this.jdbc.sql("""
				insert into advisor_brief (id, slot, written_at, language, headline, text, facts_json, citations_json,
				    symbols)
				values (:id, :slot, :at, :language, :headline, :text, :facts, :citations, :symbols)""")
			.param("id", brief.id())
			.param("slot", utc(brief.slot()))
			.param("at", utc(brief.writtenAt()))
			.param("language", brief.language())
			.param("headline", brief.headline())
			.param("text", brief.text())
			.param("facts", brief.factsJson())
			.param("citations", brief.citationsJson())
			.param("symbols", "," + String.join(",", brief.symbols()) + ",")
			.update();
	}

	/** Whether the slot has a brief. */
	public boolean exists(Instant slot) {
		return this.jdbc.sql("select count(*) from advisor_brief where slot = :slot")
			.param("slot", utc(slot))
			.query(Long.class)
			.single() > 0;
	}

	/** The newest briefs, in one language or (null) all. */
	public List<StoredBrief> newest(@Nullable String language, int limit) {
		return this.jdbc.sql("""
				select * from advisor_brief where (:language is null or language = :language)
				order by written_at desc, language limit :limit""")
			.param("language", language, java.sql.Types.VARCHAR)
			.param("limit", limit)
			.query(BriefStore::brief)
			.list();
	}

	/** The newest brief in the language that covers the asset. */
	public Optional<StoredBrief> newestOf(String symbol, String language) {
		return this.jdbc.sql("""
				select * from advisor_brief where language = :language and symbols like :symbol
				order by written_at desc limit 1""")
			.param("language", language)
			.param("symbol", "%," + symbol + ",%")
			.query(BriefStore::brief)
			.optional();
	}

	/** The newest brief in the language written for a slot before this one. */
	public Optional<StoredBrief> before(Instant slot, String language) {
		return this.jdbc.sql("""
				select * from advisor_brief where language = :language and slot < :slot
				order by slot desc limit 1""")
			.param("language", language)
			.param("slot", utc(slot))
			.query(BriefStore::brief)
			.optional();
	}

	private static StoredBrief brief(ResultSet rs, int row) throws SQLException {
		String symbols = rs.getString("symbols");
		List<String> list = List.of(symbols.substring(1, Math.max(1, symbols.length() - 1)).split(","))
			.stream()
			.filter((s) -> !s.isEmpty())
			.toList();
		return new StoredBrief(rs.getString("id"), instant(rs, "slot"), instant(rs, "written_at"),
				rs.getString("language"), rs.getString("headline"), rs.getString("text"), rs.getString("facts_json"),
				rs.getString("citations_json"), list);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/**
	 * A brief's row.
	 *
	 * @param id its id
	 * @param slot the start of the interval it was written for
	 * @param writtenAt when it was written
	 * @param language {@code en} or {@code ko}
	 * @param headline its first sentence
	 * @param text its paragraphs
	 * @param factsJson the facts it was written from
	 * @param citationsJson where each of its numbers comes from
	 * @param symbols the assets it covers
	 */
	public record StoredBrief(String id, Instant slot, Instant writtenAt, String language, String headline, String text,
			String factsJson, String citationsJson, List<String> symbols) {
	}

}
