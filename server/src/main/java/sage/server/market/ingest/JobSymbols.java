package sage.server.market.ingest;

import sage.server.market.Instrument;
import sage.server.market.ProviderSymbols;

/**
 * The symbol an ingestion job asks its provider for: the job's configured spelling
 * ({@code provider-symbols}) if it has one, otherwise the provider's own convention
 * ({@link sage.server.market.ProviderSymbols}).
 */
final class JobSymbols {

	private JobSymbols() {
	}

	/**
	 * The symbol {@code job}'s provider knows {@code instrument} by.
	 * @throws IllegalArgumentException when the provider's spelling cannot be derived
	 */
	static String of(IngestionJob job, Instrument instrument) {
		return job.providerSymbol(instrument.symbol())
			.or(() -> ProviderSymbols.of(job.provider(), instrument))
			.orElseThrow(() -> new IllegalArgumentException(job.provider() + " has no spelling Sage can derive for "
					+ instrument.symbol() + ": set sage.market.ingestion.jobs." + job.name() + ".provider-symbols."
					+ instrument.symbol() + " (for coingecko, the coin id, e.g. bitcoin)"));
	}

}
