package sage.engine.sim;

/** How long an order works. */
public enum TimeInForce {

	/** Good till cancelled: works on every bar until it fills or is cancelled. */
	GTC,

	/**
	 * Immediate or cancel: works on the first bar after it was decided only; whatever has
	 * not filled on that bar is cancelled.
	 */
	IOC

}
