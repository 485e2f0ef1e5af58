package sage.engine.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import sage.engine.series.BarSeries;
import sage.engine.param.ParamSpec;

/**
 * What one indicator publishes about itself, so that it can be chosen, configured and
 * computed by name: a description, its parameter schema, the columns it reads, its named
 * outputs, where it is drawn, and how to compute it over a {@link BarSeries}.
 *
 * <p>
 * The parameter schema is the strategies' {@link ParamSpec}, so one form component can
 * edit both.
 *
 * @param name a stable lowercase name, e.g. {@code rsi} or {@code williams-r}
 * @param description what it measures, for people
 * @param input the bar columns it reads
 * @param outputs the names of its lines, in order; a single line is named after the
 * indicator
 * @param overlay whether it is drawn over the price (in price units) rather than in a
 * panel of its own
 * @param params the parameters it takes
 * @param rule what the parameters must satisfy together beyond each one's range
 * @param warmUp leading bars without a value, for checked parameters
 * @param formula the computation, for checked parameters
 */
public record IndicatorDefinition(String name, String description, IndicatorInput input, List<String> outputs,
		boolean overlay, List<ParamSpec> params, Rule rule, WarmUp warmUp, Formula formula) {

	/** Copies the lists. */
	public IndicatorDefinition {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(warmUp, "warmUp");
		Objects.requireNonNull(formula, "formula");
		outputs = List.copyOf(outputs);
		params = List.copyOf(params);
	}

	/** Parameters judged together, e.g. MACD's fast period below its slow one. */
	@FunctionalInterface
	public interface Rule {

		/** No rule beyond each parameter's own range. */
		Rule NONE = (params) -> null;

		/**
		 * Why these parameters do not go together, or {@code null} when they do.
		 * @param params parameters, each within its own range
		 * @return a violation naming the parameter at fault and what is allowed, or
		 * {@code null}
		 */
		Violation check(IndicatorParams params);

	}

	/**
	 * A rule broken by a combination of parameters.
	 *
	 * @param parameter the parameter to change
	 * @param message what is wrong and what is allowed
	 */
	public record Violation(String parameter, String message) {
	}

	/** The number of leading bars without a value, as the indicator class counts them. */
	@FunctionalInterface
	public interface WarmUp {

		/**
		 * @param params checked parameters
		 * @return the unstable-bar count
		 */
		int bars(IndicatorParams params);

	}

	/** The computation: the indicator class called directly with the parameters. */
	@FunctionalInterface
	public interface Formula {

		/**
		 * @param bars the series
		 * @param params checked parameters
		 * @return one array per output, in the order of {@link #outputs()}, each as long
		 * as the series
		 */
		double[][] compute(BarSeries bars, IndicatorParams params);

	}

	/**
	 * Checks {@code given} against the schema and fills in defaults.
	 * @param given parameter values by name; any the schema has are optional
	 * @return every parameter, in the schema's order
	 * @throws InvalidIndicatorParameter naming the first unknown, malformed or
	 * out-of-range parameter, or the one at fault when a combination is not allowed
	 */
	public IndicatorParams resolve(Map<String, BigDecimal> given) {
		for (String parameter : given.keySet()) {
			if (this.params.stream().noneMatch((param) -> param.name().equals(parameter))) {
				throw new InvalidIndicatorParameter(parameter,
						this.name + " has no parameter " + parameter + "; it takes " + describeParams());
			}
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (ParamSpec param : this.params) {
			BigDecimal value = given.getOrDefault(param.name(), param.defaultValue());
			String problem = param.problemWith(value);
			if (problem != null) {
				throw new InvalidIndicatorParameter(param.name(), this.name + ": " + problem);
			}
			values.put(param.name(), value);
		}
		IndicatorParams resolved = new IndicatorParams(values);
		Violation violation = this.rule.check(resolved);
		if (violation != null) {
			throw new InvalidIndicatorParameter(violation.parameter(), this.name + ": " + violation.message());
		}
		return resolved;
	}

	/**
	 * The leading bars without a value for these parameters.
	 * @param given parameter values by name, defaults for the rest
	 * @throws InvalidIndicatorParameter as {@link #resolve} does
	 */
	public int unstableBars(Map<String, BigDecimal> given) {
		return this.warmUp.bars(resolve(given));
	}

	/**
	 * Computes every output over {@code bars}.
	 * @param bars the series, oldest first
	 * @param given parameter values by name, defaults for the rest
	 * @return one array per output, aligned to the bars, {@code NaN} where there is no
	 * value
	 * @throws InvalidIndicatorParameter as {@link #resolve} does
	 */
	public IndicatorLines compute(BarSeries bars, Map<String, BigDecimal> given) {
		IndicatorParams params = resolve(given);
		double[][] values = this.formula.compute(bars, params);
		Map<String, double[]> lines = new LinkedHashMap<>();
		for (int i = 0; i < this.outputs.size(); i++) {
			lines.put(this.outputs.get(i), values[i]);
		}
		return new IndicatorLines(lines, this.warmUp.bars(params));
	}

	private String describeParams() {
		if (this.params.isEmpty()) {
			return "none";
		}
		return String.join(", ", this.params.stream().map(ParamSpec::name).toList());
	}

}
