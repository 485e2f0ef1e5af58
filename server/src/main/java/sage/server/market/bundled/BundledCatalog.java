package sage.server.market.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.TickBand;
import sage.server.market.catalog.InstrumentDefinition;

/**
 * The real market data shipped in the jar, described by
 * {@code market/bundled/datasets.json}: which instruments exist and which file holds
 * which series. Adding data means adding a file and a manifest entry, no code.
 */
record BundledCatalog(List<InstrumentDefinition> instruments, List<FileEntry> files) {

	static final String ROOT = "market/bundled/";

	/** Reads the manifest from the class path. */
	static BundledCatalog load(JsonMapper json) {
		return load(json, ROOT + "datasets.json");
	}

	static BundledCatalog load(JsonMapper json, String manifest) {
		try (InputStream in = new ClassPathResource(manifest).getInputStream()) {
			Manifest parsed = json.readValue(in, Manifest.class);
			List<InstrumentDefinition> instruments = parsed.instruments()
				.stream()
				.map((entry) -> entry.toDefinition(parsed.tickTables()))
				.toList();
			for (FileEntry file : parsed.files()) {
				if (instruments.stream().noneMatch((i) -> i.symbol().equals(file.symbol()))) {
					throw new IllegalStateException(
							manifest + ": file " + file.path() + " names unknown symbol " + file.symbol());
				}
			}
			return new BundledCatalog(instruments, parsed.files());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + manifest, ex);
		}
	}

	/** The definition of {@code symbol}. */
	InstrumentDefinition instrument(String symbol) {
		return this.instruments.stream()
			.filter((i) -> i.symbol().equals(symbol))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not in the manifest: " + symbol));
	}

	/** A bundled file: one series of one instrument. */
	record FileEntry(String dataset, String symbol, String timeframe, String path, BarFileFormat format,
			String source) {

		Timeframe bars() {
			return Timeframe.ofCode(this.timeframe)
				.orElseThrow(() -> new IllegalStateException(this.dataset + ": unknown timeframe " + this.timeframe));
		}

		/** The file's bytes, read from the class path. */
		byte[] read(String root) {
			try (InputStream in = new ClassPathResource(root + this.path).getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read bundled file " + this.path, ex);
			}
		}

	}

	private record Manifest(List<InstrumentEntry> instruments, Map<String, List<TickBand>> tickTables,
			List<FileEntry> files) {
	}

	private record InstrumentEntry(String symbol, String name, @Nullable String localName, AssetClass assetClass,
			String venue, String currency, String timezone, String tradingHours, @Nullable List<TickBand> tickSizes,
			@Nullable String tickTable, @Nullable BigDecimal lotSize, @Nullable BigDecimal minNotional,
			@Nullable List<String> aliases) {

		InstrumentDefinition toDefinition(Map<String, List<TickBand>> tables) {
			List<TickBand> ticks = (this.tickTable != null) ? tables.get(this.tickTable) : this.tickSizes;
			if (ticks == null) {
				throw new IllegalStateException(this.symbol + ": needs tickSizes or a known tickTable");
			}
			return new InstrumentDefinition(this.symbol, this.name, this.localName, this.assetClass, this.venue,
					this.currency, ZoneId.of(this.timezone), this.tradingHours, ticks, this.lotSize, this.minNotional,
					(this.aliases != null) ? this.aliases : List.of());
		}

	}

}
