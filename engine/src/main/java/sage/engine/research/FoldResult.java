package sage.engine.research;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What one walk-forward fold chose and how it did.
 *
 * @param fold the windows
 * @param params the parameters that ranked first on the train window
 * @param inSample their figures on the train window
 * @param outOfSample their figures on the test window
 */
public record FoldResult(Fold fold, Map<String, BigDecimal> params, Figures inSample, Figures outOfSample) {

	/** Checks nothing is missing. */
	public FoldResult {
		Objects.requireNonNull(fold, "fold");
		Objects.requireNonNull(params, "params");
		Objects.requireNonNull(inSample, "inSample");
		Objects.requireNonNull(outOfSample, "outOfSample");
	}

}
