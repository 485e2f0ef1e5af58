package sage.engine.sim;

import java.math.BigDecimal;

/**
 * How much worse than the reference price a taker fill executes. Applied to market orders
 * and triggered stops, never to limit fills (a limit order fills at its price or better).
 */
public sealed interface SlippageModel permits NoSlippage, FixedSlippage {

	/**
	 * The executed price.
	 * @param price the reference price (the open, or the stop price)
	 * @param side the taker's side: buys slip up, sells slip down
	 * @param instrument the instrument, for its tick
	 * @return the price the taker pays or receives, positive
	 */
	BigDecimal apply(BigDecimal price, Side side, InstrumentSpec instrument);

}
