package sage.server.advisor.voice;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Profile;
import sage.server.advisor.Signal;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.reading.Question;
import sage.server.advisor.risk.RiskAssessment;

/**
 * Everything an answer is written from.
 *
 * @param question the question as read
 * @param profile the user's profile
 * @param facts every fact the answer may state: the assets', the mood's, the risk desk's
 * and the lesson's
 * @param assets what the analyst found, per asset, in the order asked
 * @param mood the market's mood, when known and relevant
 * @param risks the risk desk's view per asset, where it had one
 * @param disclaimers what every answer ends with, in the answer's language
 * @param signals the calls made, one per asset that could be called
 */
public record Findings(Question question, Profile profile, FactSheet facts, List<AssetAnalysis> assets,
		@Nullable MarketMood mood, List<RiskAssessment> risks, List<String> disclaimers, List<Signal> signals) {

	public Findings {
		assets = List.copyOf(assets);
		risks = List.copyOf(risks);
		disclaimers = List.copyOf(disclaimers);
		signals = List.copyOf(signals);
	}

	/** Findings that make no call. */
	public Findings(Question question, Profile profile, FactSheet facts, List<AssetAnalysis> assets,
			@Nullable MarketMood mood, List<RiskAssessment> risks, List<String> disclaimers) {
		this(question, profile, facts, assets, mood, risks, disclaimers, List.of());
	}

	/** The call on {@code symbol}, if one was made. */
	public Optional<Signal> signal(String symbol) {
		return this.signals.stream().filter((signal) -> signal.symbol().equals(symbol)).findFirst();
	}

	/** The risk desk's view of {@code symbol}, if it had one. */
	public Optional<RiskAssessment> risk(String symbol) {
		return this.risks.stream().filter((risk) -> risk.symbol().equals(symbol)).findFirst();
	}

}
