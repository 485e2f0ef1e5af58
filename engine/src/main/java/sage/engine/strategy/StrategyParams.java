package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Checked parameter values of one strategy instance: every published parameter present
 * and within its bounds.
 *
 * @param values value by parameter name
 */
public record StrategyParams(Map<String, BigDecimal> values) {

	/** Copies the map. */
	public StrategyParams {
		values = Map.copyOf(values);
	}

	/** An integer parameter's value. */
	public int intValue(String name) {
		return get(name).intValueExact();
	}

	/** A decimal parameter's value, exact. */
	public BigDecimal decimal(String name) {
		return get(name);
	}

	/** A decimal parameter's value as a double, for comparing with indicator outputs. */
	public double doubleValue(String name) {
		return get(name).doubleValue();
	}

	private BigDecimal get(String name) {
		BigDecimal value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no parameter " + name);
		}
		return value;
	}

}
