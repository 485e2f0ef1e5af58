package sage.server.advisor;

/**
 * What the advisor would do with an asset over a call's horizon. A hold means keeping
 * what one has, without adding to it.
 */
public enum Stance {

	/** Buy (or add to) the asset. */
	BUY,
	/** Keep what one has; do not add. */
	HOLD,
	/** Sell (or stay out of) the asset. */
	SELL

}
