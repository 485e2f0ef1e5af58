package sage.server.market.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sage.engine.series.Timeframe;

/**
 * A configured ingestion job, read and checked.
 *
 * @param name the job's name, unique
 * @param provider the provider it fetches from
 * @param symbols canonical symbols of the instruments it collects
 * @param interval the interval it fetches
 * @param every the time between two scheduled runs
 * @param backfill how far back a first run and gap repair reach
 * @param derive higher intervals built from the fetched bars, shortest first
 * @param enabled whether it runs on its schedule
 * @param providerSymbols the provider's spelling of a symbol, where configured
 */
public record IngestionJob(String name, String provider, List<String> symbols, Timeframe interval, Duration every,
		Duration backfill, List<Timeframe> derive, boolean enabled, Map<String, String> providerSymbols) {

	public IngestionJob {
		symbols = List.copyOf(symbols);
		derive = List.copyOf(derive);
		providerSymbols = Map.copyOf(providerSymbols);
	}

	/** The job {@code name} as configured. */
	static IngestionJob of(String name, IngestionProperties.JobSettings settings) {
		Timeframe interval = timeframe(settings.interval());
		List<Timeframe> derive = settings.derive()
			.stream()
			.map(IngestionJob::timeframe)
			.distinct()
			.sorted((a, b) -> a.duration().compareTo(b.duration()))
			.toList();
		Duration every = (settings.every() != null) ? settings.every() : interval.duration();
		return new IngestionJob(name, settings.provider(), settings.symbols(), interval, every, settings.backfill(),
				derive, settings.enabled(), settings.providerSymbols());
	}

	/** The provider's spelling of {@code symbol} if the job configures one. */
	Optional<String> providerSymbol(String symbol) {
		return Optional.ofNullable(this.providerSymbols.get(symbol));
	}

	private static Timeframe timeframe(String code) {
		return Timeframe.ofCode(code).orElseThrow(() -> new IllegalArgumentException("unknown interval " + code));
	}

}
