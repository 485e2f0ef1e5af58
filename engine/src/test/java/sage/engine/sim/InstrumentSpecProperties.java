package sage.engine.sim;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Rounding invariants over generated (synthetic) prices, quantities, ticks and lots. */
class InstrumentSpecProperties {

	@Property
	void roundingAPriceTwiceIsRoundingItOnce(@ForAll("amounts") BigDecimal price, @ForAll("steps") BigDecimal tick,
			@ForAll Side side) {
		InstrumentSpec spec = new InstrumentSpec(tick, BigDecimal.ONE, BigDecimal.ZERO);
		BigDecimal once = spec.roundPrice(price, side);
		assertThat(spec.roundPrice(once, side)).isEqualTo(once);
		assertThat(spec.roundPrice(once, side.opposite())).isEqualTo(once);
		assertThat(spec.isOnTick(once)).isTrue();
	}

	@Property
	void roundedPricesAreWithinOneTickOnTheTradersSide(@ForAll("amounts") BigDecimal price,
			@ForAll("steps") BigDecimal tick) {
		InstrumentSpec spec = new InstrumentSpec(tick, BigDecimal.ONE, BigDecimal.ZERO);
		BigDecimal buy = spec.roundPrice(price, Side.BUY);
		BigDecimal sell = spec.roundPrice(price, Side.SELL);
		assertThat(buy).isLessThanOrEqualTo(price).isGreaterThan(price.subtract(tick));
		assertThat(sell).isGreaterThanOrEqualTo(price).isLessThan(price.add(tick));
	}

	@Property
	void roundingAQuantityTwiceIsRoundingItOnce(@ForAll("amounts") BigDecimal quantity,
			@ForAll("steps") BigDecimal lot) {
		InstrumentSpec spec = new InstrumentSpec(BigDecimal.ONE, lot, BigDecimal.ZERO);
		BigDecimal once = spec.roundQty(quantity);
		assertThat(spec.roundQty(once)).isEqualTo(once);
		assertThat(once).isLessThanOrEqualTo(quantity).isGreaterThan(quantity.subtract(lot));
	}

	@Provide
	Arbitrary<BigDecimal> amounts() {
		return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(9);
	}

	@Provide
	Arbitrary<BigDecimal> steps() {
		return Arbitraries.of("0.00000001", "0.0001", "0.001", "0.01", "0.05", "0.25", "1", "5", "100")
			.map(BigDecimal::new);
	}

}
