package sage.engine.indicator;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checked parameter values of one indicator: every parameter of its schema present and in
 * range, in the schema's order.
 *
 * @param values value by parameter name, in the order the indicator lists them
 */
public record IndicatorParams(Map<String, BigDecimal> values) {

	/** Copies the map, keeping its order. */
	public IndicatorParams {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** An integer parameter's value. */
	public int intValue(String name) {
		return get(name).intValueExact();
	}

	/** A decimal parameter's value as the double the indicator computes with. */
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
