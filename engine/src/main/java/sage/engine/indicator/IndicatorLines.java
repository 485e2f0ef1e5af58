package sage.engine.indicator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link IndicatorDefinition} computed over a series: one array per output, each
 * aligned to the bars (index {@code i} belongs to bar {@code i}), {@code NaN} where the
 * indicator has no value yet.
 *
 * <p>
 * The arrays are fresh for each computation and belong to the caller, as the arrays the
 * indicator classes return do.
 *
 * @param lines values by output name, in the order the indicator lists its outputs
 * @param unstableBars leading bars at which no output has its final value yet (some
 * outputs, e.g. ADX's +DI, may start earlier)
 */
public record IndicatorLines(Map<String, double[]> lines, int unstableBars) {

	/** Copies the map, keeping its order. */
	public IndicatorLines {
		lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
	}

	/** The output names, in order. */
	public List<String> names() {
		return List.copyOf(this.lines.keySet());
	}

	/**
	 * One output.
	 * @throws IllegalArgumentException when the indicator has no such output
	 */
	public double[] line(String name) {
		double[] line = this.lines.get(name);
		if (line == null) {
			throw new IllegalArgumentException("no output " + name + "; outputs are " + names());
		}
		return line;
	}

}
