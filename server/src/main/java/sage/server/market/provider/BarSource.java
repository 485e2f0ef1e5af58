package sage.server.market.provider;

import java.time.Instant;
import java.util.List;

import sage.engine.series.Timeframe;

/** {@link Capability#BARS}: bar history. */
public interface BarSource extends MarketDataProvider {

	/**
	 * The bars of {@code venueSymbol} at {@code interval} whose open time lies in
	 * {@code [from, to)}, oldest first, unvalidated. A provider that pages fetches every
	 * page.
	 * @throws UpstreamException when the upstream fails after retries, or the symbol or
	 * interval is unknown there ({@link UpstreamException.Kind#NOT_FOUND})
	 */
	List<RawBar> bars(String venueSymbol, Timeframe interval, Instant from, Instant to);

}
