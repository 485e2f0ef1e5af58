package sage.server.advisor;

import java.util.List;

import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.risk.RiskAssessment;

/**
 * The advisor's answer to one question.
 *
 * @param language the language it is written in, the question's
 * @param intent what the question was read as asking
 * @param symbols the canonical symbols of the instruments it is about, in the order asked
 * (for a market overview, those it surveys)
 * @param facts every value the text states, with its source and time
 * @param text the answer, starting with the label that says it is an offline analysis
 * @param risks the risk desk's view of each instrument it could assess
 * @param signals the calls it makes, one per asset it could call
 */
public record Answer(Language language, Intent intent, List<String> symbols, FactSheet facts, String text,
		List<RiskAssessment> risks, List<Signal> signals) {

	public Answer {
		symbols = List.copyOf(symbols);
		risks = List.copyOf(risks);
		signals = List.copyOf(signals);
	}

	/** An answer that makes no call. */
	public Answer(Language language, Intent intent, List<String> symbols, FactSheet facts, String text,
			List<RiskAssessment> risks) {
		this(language, intent, symbols, facts, text, risks, List.of());
	}

}
