package sage.engine.sim;

import java.math.BigDecimal;

/** Takers fill at the reference price, as backtrader does by default. */
public record NoSlippage() implements SlippageModel {

	@Override
	public BigDecimal apply(BigDecimal price, Side side, InstrumentSpec instrument) {
		return price;
	}

}
