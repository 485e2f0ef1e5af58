package sage.engine.sim;

/**
 * Whether a fill added liquidity to the book or took it; fee models may price them
 * differently.
 */
public enum Liquidity {

	/** A resting limit order was filled. */
	MAKER,

	/** A market order, or a stop that became one, took liquidity. */
	TAKER

}
