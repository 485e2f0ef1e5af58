package sage.engine.research;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One combination of a sweep and what its backtest gave.
 *
 * @param index the combination's position in the sweep's order
 * @param params the swept parameters' values, in the sweep's parameter order (parameters
 * not swept take their defaults)
 * @param figures the backtest's figures; {@code null} when the strategy refused the
 * combination
 * @param refusal why the strategy refused the combination (e.g. a fast period not shorter
 * than the slow one); {@code null} when it ran
 */
public record SweepResult(int index, Map<String, BigDecimal> params, Figures figures, String refusal) {

	/** Checks exactly one of figures and refusal is present. */
	public SweepResult {
		Objects.requireNonNull(params, "params");
		if ((figures == null) == (refusal == null)) {
			throw new IllegalArgumentException("a result has either figures or a refusal");
		}
	}

	/** Whether the strategy refused the combination, so nothing ran. */
	public boolean isRefused() {
		return this.refusal != null;
	}

}
