package sage.server.advisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.server.advisor.analysis.Analyst;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.brief.BriefProperties;
import sage.server.advisor.brief.BriefStore;
import sage.server.advisor.brief.BriefStore.StoredBrief;
import sage.server.advisor.brief.BriefWriter;
import sage.server.advisor.brief.BriefWriter.WrittenBrief;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.reading.CommonNames;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.platform.ProblemException;

/**
 * Market briefs: written once per slot (the configured interval, counted from the epoch)
 * in English and Korean, kept, and read back. A slot's two rows go in one transaction and
 * the table holds one row per slot and language, so when several nodes write the same
 * slot the first to commit wins and the others' inserts fail and write nothing. A brief
 * is written every slot even when no market data changed since the last one: it is cheap,
 * and its time says when the data was last looked at.
 */
@Service
public class Briefs {

	private static final Logger log = LoggerFactory.getLogger(Briefs.class);

	private static final TypeReference<List<Fact>> FACTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
	};

	private final BriefStore store;

	private final Analyst analyst;

	private final Instruments instruments;

	private final BriefProperties properties;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	private final BriefWriter writer = new BriefWriter();

	Briefs(BriefStore store, Analyst analyst, Instruments instruments, BriefProperties properties,
			TransactionTemplate transaction, JsonMapper json, Clock clock) {
		this.store = store;
		this.analyst = analyst;
		this.instruments = instruments;
		this.properties = properties;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The slot {@code at} falls in: its start, a multiple of the interval since the
	 * epoch.
	 */
	public Instant slotOf(Instant at) {
		long interval = this.properties.interval().toMillis();
		return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), interval) * interval);
	}

	/** How long from {@code at} until the next slot begins. */
	public Duration untilNextSlot(Instant at) {
		return Duration.between(at, slotOf(at).plus(this.properties.interval()));
	}

	/**
	 * Writes the brief of the slot {@code at} falls in, unless it has one.
	 * @return the briefs written (English, then Korean), or empty when the slot had them
	 * (another node, or an earlier call, wrote them)
	 */
	public List<Brief> write(Instant at) {
		Instant slot = slotOf(at);
		if (this.store.exists(slot)) {
			return List.of();
		}
		List<AssetAnalysis> assets = this.properties.symbols()
			.stream()
			.map(this.instruments::find)
			.flatMap(Optional::stream)
			.map(this.analyst::analyse)
			.toList();
		@Nullable MarketMood mood = this.analyst.mood().orElse(null);
		Instant now = this.clock.instant();
		List<StoredBrief> rows = new ArrayList<>();
		for (Language language : Language.values()) {
			String code = language.code();
			Map<String, Trend> before = this.store.before(slot, code).map(this::trends).orElse(Map.of());
			WrittenBrief written = this.writer.write(assets, mood, before, language, now);
			if (written.unsupported() > 0) {
				log.error("The brief writer wrote numbers no fact holds, removed ({})", code);
			}
			rows.add(new StoredBrief(UUID.randomUUID().toString(), slot, now, code, written.headline(), written.text(),
					this.json.writeValueAsString(written.facts().facts()),
					this.json.writeValueAsString(written.citations()),
					assets.stream().map((asset) -> asset.instrument().symbol()).toList()));
		}
		try {
			this.transaction.executeWithoutResult((status) -> rows.forEach(this.store::insert));
		}
		catch (DataAccessException ex) {
			if (this.store.exists(slot)) {
				// another node (or call) wrote this slot first: its brief stands
				log.debug("The brief of {} was written elsewhere first", slot);
				return List.of();
			}
			throw ex;
		}
		return rows.stream().map(this::brief).toList();
	}

	/**
	 * The newest briefs, latest first.
	 * @param language {@code en}, {@code ko}, or null for both
	 */
	public List<Brief> newest(@Nullable String language, int limit) {
		return this.store.newest(language, limit).stream().map(this::brief).toList();
	}

	/**
	 * The newest brief that covers the instrument.
	 * @throws ProblemException {@code brief-not-found} when none does yet
	 */
	public Brief newestOf(Instrument instrument, String language) {
		return this.store.newestOf(instrument.symbol(), language)
			.map(this::brief)
			.orElseThrow(() -> new ProblemException(AdvisorProblems.BRIEF_NOT_FOUND,
					"No brief covers " + instrument.symbol() + " yet."));
	}

	/**
	 * The instrument an asset's name stands for: a symbol or alias of the catalogue, or a
	 * common name ({@code BTC} and {@code bitcoin} are BTC-USD, {@code 삼성전자} 005930).
	 */
	public Optional<Instrument> instrument(String asset) {
		Optional<Instrument> named = CommonNames.find(asset).flatMap(this.instruments::find);
		return named.isPresent() ? named : this.instruments.find(asset);
	}

	/**
	 * Each asset's trend as a brief's facts show it (its 50-day and 200-day averages).
	 */
	private Map<String, Trend> trends(StoredBrief brief) {
		Map<String, Trend> trends = new HashMap<>();
		List<Fact> facts = this.json.readValue(brief.factsJson(), FACTS);
		for (String symbol : brief.symbols()) {
			trends.put(symbol,
					Trend.of(value(facts, Measure.SMA_50.idFor(symbol)), value(facts, Measure.SMA_200.idFor(symbol))));
		}
		return trends;
	}

	private static java.math.@Nullable BigDecimal value(List<Fact> facts, String id) {
		return facts.stream().filter((fact) -> fact.id().equals(id)).map(Fact::value).findFirst().orElse(null);
	}

	private Brief brief(StoredBrief row) {
		return new Brief(row.id(), row.writtenAt(), row.language(), OfflineAnswers.MODE, row.headline(), row.text(),
				row.symbols(), this.json.readValue(row.factsJson(), FACTS),
				this.json.readValue(row.citationsJson(), CITATIONS));
	}

}
