package sage.engine.param;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One parameter a strategy publishes: enough for a UI to render a form and for
 * {@link StrategyDefinition#create} to check a value.
 *
 * @param name the key, e.g. {@code period}
 * @param type integer or decimal
 * @param defaultValue the value used when none is given
 * @param min the smallest accepted value, inclusive
 * @param max the largest accepted value, inclusive
 * @param description what it means, for people
 */
public record ParamSpec(String name, ParamType type, BigDecimal defaultValue, BigDecimal min, BigDecimal max,
		String description) {

	/** Checks the default lies in {@code [min, max]} and fits the type. */
	public ParamSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(description, "description");
		if (min.compareTo(max) > 0) {
			throw new IllegalArgumentException(name + ": min " + min + " is above max " + max);
		}
		if (problemWith(name, type, min, max, defaultValue) != null) {
			throw new IllegalArgumentException(problemWith(name, type, min, max, defaultValue));
		}
	}

	/** An integer parameter. */
	public static ParamSpec integer(String name, long defaultValue, long min, long max, String description) {
		return new ParamSpec(name, ParamType.INTEGER, BigDecimal.valueOf(defaultValue), BigDecimal.valueOf(min),
				BigDecimal.valueOf(max), description);
	}

	/** A decimal parameter; values are given as decimal strings to stay exact. */
	public static ParamSpec decimal(String name, String defaultValue, String min, String max, String description) {
		return new ParamSpec(name, ParamType.DECIMAL, new BigDecimal(defaultValue), new BigDecimal(min),
				new BigDecimal(max), description);
	}

	/**
	 * Why {@code value} is not acceptable, or {@code null} when it is.
	 */
	public String problemWith(BigDecimal value) {
		return problemWith(this.name, this.type, this.min, this.max, value);
	}

	private static String problemWith(String name, ParamType type, BigDecimal min, BigDecimal max, BigDecimal value) {
		if (value == null) {
			return name + " is missing";
		}
		if (type == ParamType.INTEGER && value.stripTrailingZeros().scale() > 0) {
			return name + " must be a whole number: " + value;
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			return name + " must lie in [" + min.toPlainString() + ", " + max.toPlainString() + "]: " + value;
		}
		return null;
	}

}
