package sage.engine.pretrade;

import java.util.Optional;

/**
 * One pre-trade rule: a limit with a stable code. Rules are values; they hold their limit
 * and nothing else, so one instance may check orders from any thread.
 *
 * <p>
 * Every rule lets through a reduce-only order against the position
 * ({@link OrderIntent#reduces}): taking risk off must stay possible whatever limit was
 * crossed, a symbol dropped from the allowed list included.
 */
public interface RiskRule {

	/** The rule's code, stable across releases, e.g. {@code max-order-notional}. */
	String code();

	/**
	 * Why this rule refuses the order, or empty when it lets it through.
	 * @param order the order to check
	 * @param exposure what the account holds now
	 */
	Optional<RiskBreach> check(OrderIntent order, Exposure exposure);

}
