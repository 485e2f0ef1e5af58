package sage.server.advisor.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.advisor.BundledInstruments;
import sage.server.advisor.Profile;
import sage.server.advisor.Profile.Experience;
import sage.server.advisor.Profile.Tolerance;
import sage.server.advisor.reading.QuestionReader;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileReaderTest {

	private final ProfileReader reader = new ProfileReader(new QuestionReader(BundledInstruments::find));

	@Test
	void nobodyWhoHasSaidNothingIsAssumedTheMostCarefulProfile() {
		AdvisorProfile profile = this.reader.read(List.of());

		assertThat(profile.experience()).isEqualTo(new Trait<>(Experience.BEGINNER, TraitSource.ASSUMED, 0, List.of()));
		assertThat(profile.tolerance()).isEqualTo(new Trait<>(Tolerance.LOW, TraitSource.ASSUMED, 0, List.of()));
		assertThat(profile.assets()).isEmpty();
		assertThat(profile.effective()).isEqualTo(Profile.UNKNOWN);
	}

	@Test
	void oneStatementIsEnoughAndItsSentenceIsTheEvidence() {
		AdvisorProfile profile = this.reader
			.read(said("How is BTC doing? I'm an experienced trader and I like aggressive bets on it."));

		assertThat(profile.experience().value()).isEqualTo(Experience.EXPERT);
		assertThat(profile.experience().source()).isEqualTo(TraitSource.INFERRED);
		assertThat(profile.experience().confidence()).isEqualTo(1.0);
		Evidence evidence = profile.experience().evidence().getFirst();
		assertThat(evidence.excerpt()).isEqualTo("I'm an experienced trader and I like aggressive bets on it.");
		assertThat(evidence.cue()).isEqualTo("experienced trader");
		assertThat(evidence.messageId()).isEqualTo("m0");
		assertThat(profile.tolerance().value()).isEqualTo(Tolerance.HIGH);
		assertThat(profile.effective()).isEqualTo(new Profile(Experience.EXPERT, Tolerance.HIGH, List.of("BTC-USD")));
	}

	@ParameterizedTest(name = "{0} -> {1} / {2}")
	@CsvSource(delimiter = '|', textBlock = """
			I'm new to investing and want to keep it safe.            | BEGINNER     | LOW
			I am a complete beginner and I can't afford to lose much  | BEGINNER     | LOW
			I've been investing for six years, moderate risk is fine. | INTERMEDIATE | MEDIUM
			I'm a day trader and I want high risk, high return.       | EXPERT       | HIGH
			저는 주식 초보인데 안전하게 투자하고 싶어요.                     | BEGINNER     | LOW
			저는 전업 투자자이고 공격적인 투자를 선호합니다.                   | EXPERT       | HIGH
			투자한 지 5년 됐고 적당한 위험은 괜찮아요.                        | INTERMEDIATE | MEDIUM
			""")
	void statementsInEnglishAndKorean(String text, Experience experience, Tolerance tolerance) {
		AdvisorProfile profile = this.reader.read(said(text));

		assertThat(profile.experience().value()).isEqualTo(experience);
		assertThat(profile.experience().source()).isEqualTo(TraitSource.INFERRED);
		assertThat(profile.tolerance().value()).isEqualTo(tolerance);
		assertThat(profile.tolerance().source()).isEqualTo(TraitSource.INFERRED);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Is BTC high risk?
			Is an aggressive grid strategy a good idea for Bitcoin?
			I don't want high risk.
			I would never go all in on one coin.
			공격적인 투자는 싫어요.
			비트코인은 안전한가요?
			What is the RSI of ETH?
			""")
	void questionsAboutAssetsNegationsAndSingleHintsSayNothingSureOfTheUser(String text) {
		AdvisorProfile profile = this.reader.read(said(text));

		assertThat(profile.tolerance().value()).isIn(Tolerance.LOW);
		assertThat(profile.tolerance().source()).isEqualTo(TraitSource.ASSUMED);
		assertThat(profile.experience().source()).isEqualTo(TraitSource.ASSUMED);
	}

	@Test
	void hintsAddUpAndAStatementAgainstThemLowersTheConfidence() {
		AdvisorProfile hints = this.reader.read(said("What is the Sharpe ratio of my grid backtest?",
				"Show me the drawdown of BTC.", "Should I use a stop loss?"));
		assertThat(hints.experience().value()).isEqualTo(Experience.INTERMEDIATE);
		assertThat(hints.experience().confidence()).isEqualTo(1.0);
		assertThat(hints.experience().evidence()).extracting(Evidence::cue)
			.containsExactly("sharpe", "drawdown", "stop loss");

		AdvisorProfile against = this.reader.read(said("I'm a beginner by the way.", "What is the Sharpe ratio?",
				"How deep was the drawdown?", "Backtest a stop-loss rule."));
		// 3 for the statement against 3 for the hints: a tie goes to the careful value,
		// at half confidence
		assertThat(against.experience().value()).isEqualTo(Experience.BEGINNER);
		assertThat(against.experience().confidence()).isEqualTo(0.5);
	}

	@Test
	void theAssetsFollowedAreTheOnesMostQuestionsNamed() {
		AdvisorProfile profile = this.reader
			.read(said("How is Bitcoin today?", "Compare BTC and SPY", "삼성전자 주가는?", "What about BTC-USD over a year?"));

		assertThat(profile.assets()).extracting(AssetInterest::symbol).startsWith("BTC-USD");
		AssetInterest bitcoin = profile.assets().getFirst();
		assertThat(bitcoin.mentions()).isEqualTo(3);
		assertThat(bitcoin.confidence()).isEqualTo(1.0);
		assertThat(bitcoin.evidence()).extracting(Evidence::messageId).containsExactly("m0", "m1", "m3");
		assertThat(profile.assets()).extracting(AssetInterest::symbol).contains("SPY", "005930");
		assertThat(profile.assets()).filteredOn((a) -> a.symbol().equals("SPY"))
			.singleElement()
			.satisfies((spy) -> assertThat(spy.confidence()).isEqualTo(0.33));
	}

	@Test
	void onlyTheLatestQuestionsAreRead() {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < ProfileReader.QUESTIONS; i++) {
			texts.add("How is SPY?");
		}
		texts.add("I'm a professional trader and I go all in.");

		AdvisorProfile profile = this.reader.read(said(texts.toArray(String[]::new)));

		assertThat(profile.questionsRead()).isEqualTo(ProfileReader.QUESTIONS);
		assertThat(profile.experience().source()).isEqualTo(TraitSource.ASSUMED);
	}

	/** Questions, the first the newest, with ids m0, m1, ... */
	private static List<Said> said(String... texts) {
		List<Said> said = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			said.add(new Said("m" + i, "c1", texts[i], Instant.parse("2026-12-06T10:00:00Z").minusSeconds(60L * i)));
		}
		return said;
	}

}
