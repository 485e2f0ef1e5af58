package sage.engine.paper;

import java.math.BigDecimal;

/**
 * A tick or a lot: converts a decimal on its grid to a whole number of steps and back.
 * The book works in steps ({@code long}), so that matching compares and adds integers;
 * the decimals come back with the step's scale, whatever scale the trader wrote.
 */
final class GridStep {

	/** What {@link #steps} answers for a value off the grid. */
	static final long OFF_GRID = Long.MIN_VALUE;

	private final BigDecimal step;

	private final long unscaled;

	private final int scale;

	GridStep(BigDecimal step) {
		this.step = step;
		// 0.010 and 0.01 are the same step; the shorter one makes the cheaper conversions
		BigDecimal stripped = step.stripTrailingZeros();
		this.unscaled = stripped.unscaledValue().longValueExact();
		this.scale = stripped.scale();
	}

	/**
	 * The whole number of steps in {@code value}, or {@link #OFF_GRID}. Shifting the
	 * decimal point and asking for an exact long is much cheaper than a division, and
	 * throws only for values off the grid, which are rare.
	 */
	long steps(BigDecimal value) {
		long units;
		try {
			units = value.movePointRight(this.scale).longValueExact();
		}
		catch (ArithmeticException ex) {
			return OFF_GRID;
		}
		if (this.unscaled == 1) {
			return units;
		}
		return (units % this.unscaled == 0) ? units / this.unscaled : OFF_GRID;
	}

	/** {@code steps} steps as a decimal with the step's scale. */
	BigDecimal value(long steps) {
		return BigDecimal.valueOf(Math.multiplyExact(steps, this.unscaled), this.scale);
	}

	/** The step itself. */
	BigDecimal step() {
		return this.step;
	}

}
