package sage.engine.paper;

/** The two currencies of a spot instrument: what is bought and what pays for it. */
public enum Asset {

	/** The currency bought and sold (BTC in BTC/USDT). */
	BASE,

	/** The currency prices are in, and fees are paid in (USDT in BTC/USDT). */
	QUOTE

}
