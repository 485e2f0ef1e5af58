package sage.engine.research;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

import sage.engine.param.ParamSpec;
import sage.engine.param.ParamType;

/**
 * The values one parameter takes in a {@link Sweep}: either an arithmetic range
 * ({@code from}, {@code from + step}, ... up to {@code to}) or an explicit list. Ranges
 * are exact ({@link BigDecimal}) and never materialised, so a range's size can be checked
 * against the sweep's cap before any value is made.
 */
public final class ParamRange {

	private final String name;

	private final BigDecimal from;

	private final BigDecimal step;

	private final BigInteger count;

	private final List<BigDecimal> values;

	private ParamRange(String name, BigDecimal from, BigDecimal step, BigInteger count, List<BigDecimal> values) {
		this.name = name;
		this.from = from;
		this.step = step;
		this.count = count;
		this.values = values;
	}

	/**
	 * {@code from}, {@code from + step}, ... while the value is below {@code to}, or at
	 * most {@code to} when {@code inclusive}.
	 * @param step positive
	 * @throws IllegalArgumentException when the step is not positive or the range is
	 * empty
	 */
	public static ParamRange of(String name, BigDecimal from, BigDecimal to, BigDecimal step, boolean inclusive) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(step, "step");
		if (step.signum() <= 0) {
			throw new IllegalArgumentException(name + ": step must be positive: " + step);
		}
		BigDecimal span = to.subtract(from);
		BigInteger count = BigInteger.ZERO;
		if (span.signum() >= 0) {
			BigDecimal[] steps = span.divideAndRemainder(step);
			count = steps[0].toBigIntegerExact();
			if (inclusive || steps[1].signum() != 0) {
				count = count.add(BigInteger.ONE);
			}
		}
		if (count.signum() == 0) {
			throw new IllegalArgumentException(name + ": the range from " + from + " to " + to + " is empty");
		}
		return new ParamRange(name, from, step, count, null);
	}

	/**
	 * {@link #of(String, BigDecimal, BigDecimal, BigDecimal, boolean)} from decimal
	 * strings.
	 */
	public static ParamRange of(String name, String from, String to, String step, boolean inclusive) {
		return of(name, new BigDecimal(from), new BigDecimal(to), new BigDecimal(step), inclusive);
	}

	/**
	 * Exactly these values, in this order.
	 * @throws IllegalArgumentException when the list is empty
	 */
	public static ParamRange values(String name, List<BigDecimal> values) {
		Objects.requireNonNull(name, "name");
		List<BigDecimal> copy = List.copyOf(values);
		if (copy.isEmpty()) {
			throw new IllegalArgumentException(name + ": no values");
		}
		return new ParamRange(name, null, null, BigInteger.valueOf(copy.size()), copy);
	}

	/** The parameter's name. */
	public String name() {
		return this.name;
	}

	/** How many values the parameter takes; may exceed a {@code long}. */
	public BigInteger count() {
		return this.count;
	}

	/** Value {@code i}, in {@code [0, count())}. */
	public BigDecimal value(long i) {
		if (i < 0 || BigInteger.valueOf(i).compareTo(this.count) >= 0) {
			throw new IndexOutOfBoundsException(this.name + ": no value " + i + " of " + this.count);
		}
		return (this.values != null) ? this.values.get((int) i)
				: this.from.add(this.step.multiply(BigDecimal.valueOf(i)));
	}

	/**
	 * Why the parameter's values do not fit {@code spec}, or {@code null} when they do. A
	 * range increases, so its first and last values bound it; an integer range needs a
	 * whole start and step.
	 */
	String problemWith(ParamSpec spec) {
		if (this.values != null) {
			for (BigDecimal value : this.values) {
				String problem = spec.problemWith(value);
				if (problem != null) {
					return problem;
				}
			}
			return null;
		}
		if (spec.type() == ParamType.INTEGER && this.step.stripTrailingZeros().scale() > 0) {
			return this.name + " must be a whole number: step " + this.step;
		}
		BigDecimal last = this.from.add(this.step.multiply(new BigDecimal(this.count.subtract(BigInteger.ONE))));
		String problem = spec.problemWith(this.from);
		return (problem != null) ? problem : spec.problemWith(last);
	}

	@Override
	public String toString() {
		return (this.values != null) ? this.name + " in " + this.values
				: this.name + " from " + this.from + " step " + this.step + " x " + this.count;
	}

}
