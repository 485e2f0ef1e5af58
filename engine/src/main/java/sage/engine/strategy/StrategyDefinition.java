package sage.engine.strategy;

import sage.engine.param.ParamSpec;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a strategy publishes about itself: its id, a description, its parameter schema,
 * and how to make a fresh instance from checked parameters.
 *
 * @param id a stable kebab-case id, e.g. {@code rsi-threshold}
 * @param description what it does, for people
 * @param params the parameters it takes
 * @param factory makes a fresh instance from checked parameters
 */
public record StrategyDefinition(String id, String description, List<ParamSpec> params,
		Function<StrategyParams, Strategy> factory) {

	/** Copies the parameter list. */
	public StrategyDefinition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(factory, "factory");
		params = List.copyOf(params);
	}

	/**
	 * Checks {@code given} against the schema, filling in defaults.
	 * @throws IllegalArgumentException naming the first unknown, malformed or
	 * out-of-range parameter
	 */
	public StrategyParams resolve(Map<String, BigDecimal> given) {
		Map<String, BigDecimal> values = new HashMap<>();
		for (String name : given.keySet()) {
			if (this.params.stream().noneMatch((param) -> param.name().equals(name))) {
				throw new IllegalArgumentException(this.id + " has no parameter " + name);
			}
		}
		for (ParamSpec param : this.params) {
			BigDecimal value = given.getOrDefault(param.name(), param.defaultValue());
			String problem = param.problemWith(value);
			if (problem != null) {
				throw new IllegalArgumentException(this.id + ": " + problem);
			}
			values.put(param.name(), value);
		}
		return new StrategyParams(values);
	}

	/** A fresh instance with {@code given} parameters, defaults for the rest. */
	public Strategy create(Map<String, BigDecimal> given) {
		return this.factory.apply(resolve(given));
	}

}
