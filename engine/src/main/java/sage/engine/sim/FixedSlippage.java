package sage.engine.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fixed adverse move: a number of ticks, or a fraction of the price rounded to the tick
 * against the taker (buys up, sells down). A sell never slips below one tick.
 *
 * @param ticks ticks of slippage, used when {@code fraction} is zero
 * @param fraction slippage as a fraction of the price, e.g. {@code 0.0005} for 5 bp
 */
public record FixedSlippage(int ticks, BigDecimal fraction) implements SlippageModel {

	/** Checks exactly one kind of slippage is set and it is not negative. */
	public FixedSlippage {
		if (ticks < 0 || fraction.signum() < 0) {
			throw new IllegalArgumentException("slippage must not be negative: " + ticks + ", " + fraction);
		}
		if (ticks > 0 && fraction.signum() > 0) {
			throw new IllegalArgumentException("slippage is either ticks or a fraction, not both");
		}
	}

	/** Slippage of {@code n} ticks. */
	public static FixedSlippage ticks(int n) {
		return new FixedSlippage(n, BigDecimal.ZERO);
	}

	/** Slippage of a fraction of the price. */
	public static FixedSlippage fraction(BigDecimal fraction) {
		return new FixedSlippage(0, fraction);
	}

	@Override
	public BigDecimal apply(BigDecimal price, Side side, InstrumentSpec instrument) {
		BigDecimal slipped;
		if (this.ticks == 0 && this.fraction.signum() == 0) {
			return price;
		}
		if (this.ticks > 0) {
			BigDecimal move = instrument.tickSize().multiply(BigDecimal.valueOf(this.ticks));
			slipped = (side == Side.BUY) ? price.add(move) : price.subtract(move);
		}
		else {
			BigDecimal factor = (side == Side.BUY) ? BigDecimal.ONE.add(this.fraction)
					: BigDecimal.ONE.subtract(this.fraction);
			slipped = instrument.toTick(price.multiply(factor),
					(side == Side.BUY) ? RoundingMode.CEILING : RoundingMode.FLOOR);
		}
		return slipped.max(instrument.tickSize());
	}

}
