package sage.server.advisor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import sage.server.advisor.analysis.Analyst;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.call.CallRule;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.reading.Question;
import sage.server.advisor.reading.QuestionReader;
import sage.server.advisor.risk.RiskAssessment;
import sage.server.advisor.risk.RiskDesk;
import sage.server.advisor.voice.Findings;
import sage.server.advisor.voice.Lessons;
import sage.server.advisor.voice.WalletBuffett;
import sage.server.market.AssetClass;
import sage.server.market.Instrument;
import sage.server.market.Instruments;

/**
 * Answers a question with no language model: the default when no key is configured. The
 * desk runs in a fixed order: the question is read (language, intent, instruments), the
 * analyst gathers facts through the market's public services, the risk desk weighs each
 * asset against the user's profile, and Wallet Buffett writes the answer from those facts
 * alone. Synchronous, and the same question over the same data gives the same answer.
 */
@Service
public class OfflineAdvisor {

	/** What a market overview surveys, where the catalogue holds them. */
	static final List<String> OVERVIEW = List.of("BTC-USD", "SPY", "KOSPI");

	private final Instruments instruments;

	private final Analyst analyst;

	private final Clock clock;

	private final QuestionReader reader;

	private final RiskDesk riskDesk = new RiskDesk();

	private final CallRule callRule = new CallRule();

	private final WalletBuffett writer = new WalletBuffett();

	OfflineAdvisor(Instruments instruments, Analyst analyst, Clock clock) {
		this.instruments = instruments;
		this.analyst = analyst;
		this.clock = clock;
		this.reader = new QuestionReader(instruments::find);
	}

	/**
	 * The answer to {@code question} for a user of {@code profile}
	 * ({@link Profile#UNKNOWN} when the user has not said).
	 */
	public Answer answer(String question, Profile profile) {
		return answer(question, List.of(), profile);
	}

	/**
	 * The answer to {@code question} asked in a chat after {@code earlier} questions
	 * (oldest first): one that names no asset but points back ("and its RSI?") is about
	 * the assets the latest of them named.
	 */
	public Answer answer(String question, List<String> earlier, Profile profile) {
		Question read = this.reader.read(question, earlier);
		List<AssetAnalysis> assets = assets(read).stream().map(this.analyst::analyse).toList();
		MarketMood mood = needsMood(read, assets) ? this.analyst.mood().orElse(null) : null;
		List<RiskAssessment> risks = new ArrayList<>();
		if (read.intent() != Intent.MARKET_OVERVIEW) {
			for (AssetAnalysis asset : assets) {
				this.riskDesk.assess(asset, profile, read.language()).ifPresent(risks::add);
			}
		}
		List<Signal> signals = new ArrayList<>();
		if (read.intent() != Intent.MARKET_OVERVIEW) {
			for (AssetAnalysis asset : assets) {
				RiskAssessment risk = risks.stream()
					.filter((r) -> r.symbol().equals(asset.instrument().symbol()))
					.findFirst()
					.orElse(null);
				this.callRule.call(asset, risk).ifPresent(signals::add);
			}
		}
		FactSheet facts = facts(read, assets, mood, risks);
		for (Signal signal : signals) {
			facts = facts.and(CallRule.facts(signal));
		}
		Findings findings = new Findings(read, profile, facts, assets, mood, risks,
				this.riskDesk.disclaimers(read.language()), signals);
		String text = this.writer.write(findings);
		List<String> symbols = assets.stream().map((asset) -> asset.instrument().symbol()).toList();
		return new Answer(read.language(), read.intent(), symbols, facts, text, risks, signals);
	}

	/** The instruments to analyse: those named, or for an overview the usual survey. */
	private List<Instrument> assets(Question question) {
		return switch (question.intent()) {
			case MARKET_OVERVIEW -> OVERVIEW.stream().map(this.instruments::find).flatMap(Optional::stream).toList();
			case ONE_ASSET, COMPARE, PORTFOLIO, STRATEGY -> question.instruments();
			case EDUCATION, OFF_TOPIC -> List.of();
		};
	}

	/** The crypto index matters for an overview and for coins, not for a stock alone. */
	private static boolean needsMood(Question question, List<AssetAnalysis> assets) {
		return question.intent() == Intent.MARKET_OVERVIEW || assets.stream()
			.anyMatch((asset) -> asset.instrument().assetClass() == AssetClass.CRYPTO_SPOT
					|| asset.instrument().assetClass() == AssetClass.CRYPTO_PERP);
	}

	private FactSheet facts(Question question, List<AssetAnalysis> assets, @Nullable MarketMood mood,
			List<RiskAssessment> risks) {
		FactSheet facts = FactSheet.EMPTY;
		for (AssetAnalysis asset : assets) {
			facts = facts.and(asset.facts());
		}
		if (mood != null) {
			facts = facts.and(mood.facts());
		}
		for (RiskAssessment risk : risks) {
			facts = facts.and(new FactSheet(List.of(risk.maxPositionShare())));
		}
		if (question.intent() == Intent.EDUCATION && question.topic() != null) {
			facts = facts.and(Lessons.facts(question.topic(), this.clock.instant()));
		}
		return facts;
	}

}
