package sage.engine.sim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Everything a simulation needs besides the bars and the strategy.
 *
 * @param instrument tick, lot and min notional
 * @param fees the fee model
 * @param slippage the slippage model for taker fills
 * @param initialCash the cash at the start, positive
 */
public record SimulationSettings(InstrumentSpec instrument, FeeModel fees, SlippageModel slippage,
		BigDecimal initialCash) {

	/** Checks nothing is missing and the cash is positive. */
	public SimulationSettings {
		Objects.requireNonNull(instrument, "instrument");
		Objects.requireNonNull(fees, "fees");
		Objects.requireNonNull(slippage, "slippage");
		Objects.requireNonNull(initialCash, "initialCash");
		if (initialCash.signum() <= 0) {
			throw new IllegalArgumentException("initial cash must be positive: " + initialCash);
		}
	}

}
