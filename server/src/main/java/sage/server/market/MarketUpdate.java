package sage.server.market;

import java.time.Instant;

/**
 * Something that happened to an instrument's price, as it streams to live subscribers: a
 * {@link Tick} or a {@link BarUpdate}.
 */
public sealed interface MarketUpdate permits Tick, BarUpdate {

	/** The canonical symbol ({@code BTC-USD}). */
	String symbol();

	/** When it happened in the market (for a bar, its open time), UTC. */
	Instant time();

	/**
	 * Where it came from, shown to users: {@code replay} for recorded data played back,
	 * never passed off as live.
	 */
	String source();

}
