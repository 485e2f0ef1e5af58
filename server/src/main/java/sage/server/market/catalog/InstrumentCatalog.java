package sage.server.market.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.Instrument;
import sage.server.market.LastPrice;
import sage.server.market.SeriesCoverage;
import sage.server.market.TickBand;

/**
 * Instruments in the {@code market_instrument*} and {@code market_series} tables. SQL is
 * portable between PostgreSQL and H2 in PostgreSQL mode.
 */
@Repository
public class InstrumentCatalog {

	private final JdbcClient jdbc;

	public InstrumentCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the instrument with this symbol or alias, matched case-insensitively. */
	public Optional<Long> idOf(String symbolOrAlias) {
		String key = symbolOrAlias.trim().toUpperCase(Locale.ROOT);
		return this.jdbc.sql("""
				select id from market_instrument where symbol = :key
				union
				select instrument_id from market_instrument_alias where alias = :key
				""").param("key", key).query(Long.class).optional();
	}

	/** The instrument with this id, with its aliases, tick bands and stored series. */
	public Optional<Instrument> load(long id) {
		return loadAll(List.of(id)).stream().findFirst();
	}

	/**
	 * Instruments whose symbol, alias, English or local name contains {@code query}
	 * (case-insensitive), best matches first: exact symbol or alias, then symbol prefix,
	 * then the rest by symbol.
	 * @return at most {@code limit} instruments, and how many matched in all
	 */
	public SearchResult search(String query, int limit) {
		String needle = query.trim().toUpperCase(Locale.ROOT);
		List<Long> ids;
		if (needle.isEmpty()) {
			ids = this.jdbc.sql("select id from market_instrument order by symbol").query(Long.class).list();
		}
		else {
			String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			ids = this.jdbc.sql("""
					select i.id from market_instrument i
					where upper(i.symbol) like :like escape '\\'
					   or upper(i.name) like :like escape '\\'
					   or upper(coalesce(i.local_name, '')) like :like escape '\\'
					   or exists (select 1 from market_instrument_alias a
					              where a.instrument_id = i.id and a.alias like :like escape '\\')
					""").param("like", like).query(Long.class).list();
		}
		List<Instrument> found = new ArrayList<>(loadAll(ids));
		found.sort(Comparator.comparingInt((Instrument i) -> rank(i, needle)).thenComparing(Instrument::symbol));
		return new SearchResult(found.subList(0, Math.min(limit, found.size())), found.size());
	}

	private static int rank(Instrument instrument, String needle) {
		if (needle.isEmpty()) {
			return 0;
		}
		if (instrument.symbol().equals(needle) || instrument.aliases().contains(needle)) {
			return 0;
		}
		return instrument.symbol().startsWith(needle) ? 1 : 2;
	}

	/** Matches of a search, at most the requested number, and how many matched in all. */
	public record SearchResult(List<Instrument> instruments, int total) {
	}

	/**
	 * Stores a definition: inserts it when new, updates it when it differs, leaves it
	 * alone otherwise. Idempotent.
	 * @return the instrument's id and whether anything was written
	 */
	public Upserted upsert(InstrumentDefinition definition) {
		Optional<Long> existing = this.jdbc.sql("select id from market_instrument where symbol = :symbol")
			.param("symbol", definition.symbol())
			.query(Long.class)
			.optional();
		if (existing.isPresent() && definition.equals(definitionOf(existing.get()))) {
			return new Upserted(existing.get(), false);
		}
		long id;
		if (existing.isPresent()) {
			id = existing.get();
			this.jdbc.sql("""
					update market_instrument set name = :name, local_name = :localName, asset_class = :assetClass,
					  venue = :venue, currency = :currency, timezone = :timezone, trading_hours = :tradingHours,
					  lot_size = :lotSize, min_notional = :minNotional
					where id = :id""").paramSource(columns(definition, id)).update();
			this.jdbc.sql("delete from market_instrument_alias where instrument_id = :id").param("id", id).update();
			this.jdbc.sql("delete from market_tick_band where instrument_id = :id").param("id", id).update();
		}
		else {
			this.jdbc
				.sql("""
						insert into market_instrument
						  (symbol, name, local_name, asset_class, venue, currency, timezone, trading_hours, lot_size,
						   min_notional)
						values (:symbol, :name, :localName, :assetClass, :venue, :currency, :timezone, :tradingHours, :lotSize,
						  :minNotional)
						""")
				.paramSource(columns(definition, null))
				.update();
			id = this.jdbc.sql("select id from market_instrument where symbol = :symbol")
				.param("symbol", definition.symbol())
				.query(Long.class)
				.single();
		}
		for (String alias : definition.aliases()) {
			this.jdbc.sql("insert into market_instrument_alias (alias, instrument_id) values (:alias, :id)")
				.param("alias", alias)
				.param("id", id)
				.update();
		}
		for (TickBand band : definition.tickSizes()) {
			this.jdbc.sql("insert into market_tick_band (instrument_id, from_price, tick) values (:id, :from, :tick)")
				.param("id", id)
				.param("from", band.fromPrice())
				.param("tick", band.tick())
				.update();
		}
		return new Upserted(id, true);
	}

	/** The outcome of {@link #upsert}. */
	public record Upserted(long id, boolean changed) {
	}

	/**
	 * Locks the instrument's row until the transaction ends, so that two nodes importing
	 * the same file at once write it once.
	 */
	public void lock(long id) {
		this.jdbc.sql("select id from market_instrument where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/**
	 * Recomputes the coverage of one series from its bars; creates the series row when
	 * new.
	 * @param source attribution, kept when the series exists and {@code source} is null
	 */
	public void refreshSeries(long id, Timeframe timeframe, @Nullable String source) {
		SeriesStats stats = this.jdbc.sql("""
				select count(*) as bars, min(open_time) as first_bar, max(open_time) as last_bar
				from market_bar where instrument_id = :id and timeframe = :tf""")
			.param("id", id)
			.param("tf", timeframe.code())
			.query((rs, row) -> new SeriesStats(rs.getInt("bars"), rs.getObject("first_bar", OffsetDateTime.class),
					rs.getObject("last_bar", OffsetDateTime.class)))
			.single();
		List<Double> closes = this.jdbc.sql("""
				select close_price from market_bar where instrument_id = :id and timeframe = :tf
				order by open_time desc limit 2""")
			.param("id", id)
			.param("tf", timeframe.code())
			.query(Double.class)
			.list();
		int updated = this.jdbc.sql("""
				update market_series set bar_count = :bars, first_bar = :first, last_bar = :last,
				  last_close = :lastClose, previous_close = :previousClose, source = coalesce(:source, source)
				where instrument_id = :id and timeframe = :tf""")
			.paramSource(seriesColumns(id, timeframe, source, stats, closes))
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						insert into market_series
						  (instrument_id, timeframe, source, bar_count, first_bar, last_bar, last_close, previous_close)
						values (:id, :tf, coalesce(:source, 'unknown'), :bars, :first, :last, :lastClose, :previousClose)""")
				.paramSource(seriesColumns(id, timeframe, source, stats, closes))
				.update();
		}
	}

	private static Map<String, @Nullable Object> seriesColumns(long id, Timeframe timeframe, @Nullable String source,
			SeriesStats stats, List<Double> closes) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", id);
		columns.put("tf", timeframe.code());
		columns.put("source", source);
		columns.put("bars", stats.bars());
		columns.put("first", stats.first());
		columns.put("last", stats.last());
		columns.put("lastClose", closes.isEmpty() ? null : closes.get(0));
		columns.put("previousClose", (closes.size() < 2) ? null : closes.get(1));
		return columns;
	}

	private record SeriesStats(int bars, @Nullable OffsetDateTime first, @Nullable OffsetDateTime last) {
	}

	private @Nullable InstrumentDefinition definitionOf(long id) {
		return load(id)
			.map((i) -> new InstrumentDefinition(i.symbol(), i.name(), i.localName(), i.assetClass(), i.venue(),
					i.currency(), i.timezone(), i.tradingHours(), i.tickSizes(), i.lotSize(), i.minNotional(),
					i.aliases()))
			.orElse(null);
	}

	private static Map<String, @Nullable Object> columns(InstrumentDefinition definition, @Nullable Long id) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", id);
		columns.put("symbol", definition.symbol());
		columns.put("name", definition.name());
		columns.put("localName", definition.localName());
		columns.put("assetClass", definition.assetClass().name());
		columns.put("venue", definition.venue());
		columns.put("currency", definition.currency());
		columns.put("timezone", definition.timezone().getId());
		columns.put("tradingHours", definition.tradingHours());
		columns.put("lotSize", definition.lotSize());
		columns.put("minNotional", definition.minNotional());
		return columns;
	}

	private List<Instrument> loadAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> aliases = new HashMap<>();
		this.jdbc.sql(
				"select instrument_id, alias from market_instrument_alias where instrument_id in (:ids) order by alias")
			.param("ids", ids)
			.query((rs) -> {
				aliases.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<TickBand>> bands = new HashMap<>();
		this.jdbc.sql("""
				select instrument_id, from_price, tick from market_tick_band
				where instrument_id in (:ids) order by instrument_id, from_price""").param("ids", ids).query((rs) -> {
			bands.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new TickBand(InstrumentDefinition.canonical(rs.getBigDecimal(2)),
						InstrumentDefinition.canonical(rs.getBigDecimal(3))));
		});
		Map<Long, List<SeriesRow>> series = new HashMap<>();
		this.jdbc.sql("""
				select instrument_id, timeframe, source, bar_count, first_bar, last_bar, last_close, previous_close
				from market_series where instrument_id in (:ids)""").param("ids", ids).query((rs) -> {
			series.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(SeriesRow.of(rs));
		});
		Map<Long, Instrument> byId = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, symbol, name, local_name, asset_class, venue, currency, timezone, trading_hours, lot_size,
				  min_notional
				from market_instrument where id in (:ids)""").param("ids", ids).query((rs) -> {
			long id = rs.getLong("id");
			List<SeriesRow> rows = series.getOrDefault(id, List.of());
			BigDecimal lot = rs.getBigDecimal("lot_size");
			BigDecimal minNotional = rs.getBigDecimal("min_notional");
			byId.put(id, new Instrument(rs.getString("symbol"), rs.getString("name"), rs.getString("local_name"),
					AssetClass.valueOf(rs.getString("asset_class")), rs.getString("venue"), rs.getString("currency"),
					ZoneId.of(rs.getString("timezone")), rs.getString("trading_hours"),
					bands.getOrDefault(id, List.of()), (lot != null) ? InstrumentDefinition.canonical(lot) : null,
					(minNotional != null) ? InstrumentDefinition.canonical(minNotional) : null,
					aliases.getOrDefault(id, List.of()),
					rows.stream()
						.sorted(Comparator.comparing((SeriesRow r) -> r.coverage().timeframe()))
						.map(SeriesRow::coverage)
						.toList(),
					lastPrice(rows)));
		});
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The last close of the daily series, or of the longest-timeframe series there is.
	 */
	private static @Nullable LastPrice lastPrice(List<SeriesRow> rows) {
		return rows.stream()
			.filter((row) -> row.lastClose() != null && row.coverage().lastBar() != null)
			.min(Comparator.comparingInt((SeriesRow row) -> (row.coverage().timeframe() == Timeframe.D1) ? 0 : 1)
				.thenComparing((SeriesRow row) -> row.coverage().timeframe(), Comparator.reverseOrder()))
			.map((row) -> new LastPrice(Objects.requireNonNull(row.coverage().lastBar()),
					Objects.requireNonNull(row.lastClose()), row.previousClose()))
			.orElse(null);
	}

	private record SeriesRow(SeriesCoverage coverage, @Nullable Double lastClose, @Nullable Double previousClose) {

		static SeriesRow of(ResultSet rs) throws SQLException {
			Timeframe timeframe = Timeframe.ofCode(rs.getString("timeframe"))
				.orElseThrow(() -> new IllegalStateException("unknown timeframe in market_series"));
			return new SeriesRow(
					new SeriesCoverage(timeframe, instant(rs, "first_bar"), instant(rs, "last_bar"),
							rs.getInt("bar_count"), rs.getString("source")),
					rs.getObject("last_close", Double.class), rs.getObject("previous_close", Double.class));
		}

	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
