package sage.server.advisor.risk;

import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.facts.Fact;

/**
 * The risk desk's view of one asset for one user.
 *
 * @param symbol the asset
 * @param level how risky it is
 * @param maxPositionShare the largest share of the portfolio it should take, a
 * {@link sage.server.advisor.facts.Unit#PERCENT} fact with the id
 * {@code <SYMBOL>.maxPositionShare}
 * @param veto set when the answer must caution rather than suggest buying
 * @param disclaimers what every answer about it must say, in the answer's language
 */
public record RiskAssessment(String symbol, RiskLevel level, Fact maxPositionShare, @Nullable Veto veto,
		List<String> disclaimers) {

	public RiskAssessment {
		disclaimers = List.copyOf(disclaimers);
	}

	/** Whether the desk vetoed advice to buy. */
	public boolean vetoed() {
		return this.veto != null;
	}

}
