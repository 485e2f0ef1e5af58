package sage.server.advisor.voice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import sage.server.advisor.BundledInstruments;
import sage.server.advisor.Intent;
import sage.server.advisor.Language;
import sage.server.advisor.Profile;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.advisor.reading.Question;
import sage.server.advisor.reading.Topic;
import sage.server.advisor.risk.RiskAssessment;
import sage.server.advisor.risk.RiskDesk;
import sage.server.market.Instrument;

import static org.assertj.core.api.Assertions.assertThat;

class WalletBuffettTest {

	private static final String OFFLINE_EN = "Offline analysis — written from market data, no AI model";

	private static final String OFFLINE_KO = "오프라인 분석 — AI 모델 없이 시장 데이터로 작성";

	private final WalletBuffett writer = new WalletBuffett();

	private final RiskDesk desk = new RiskDesk();

	private final AssetAnalysis bitcoin = SampleAnalyses.of(BundledInstruments.BTC_USD, Trend.UP,
			SampleAnalyses.bitcoin());

	private final AssetAnalysis samsung = SampleAnalyses.of(BundledInstruments.SAMSUNG, Trend.UP,
			SampleAnalyses.samsung());

	private final AssetAnalysis spy = SampleAnalyses.of(BundledInstruments.SPY, Trend.SIDEWAYS, SampleAnalyses.spy());

	private final AssetAnalysis kospi = SampleAnalyses.of(BundledInstruments.KOSPI, Trend.DOWN, SampleAnalyses.kospi());

	private final MarketMood fear = new MarketMood(new FactSheet(List.of(
			new Fact(MarketMood.VALUE, "index", BigDecimal.valueOf(40), Unit.INDEX, null, null, "/fg",
					SampleAnalyses.AS_OF),
			new Fact(MarketMood.CHANGE_7D, "change", BigDecimal.valueOf(-12), Unit.INDEX, null, null, "/fg",
					SampleAnalyses.AS_OF))),
			"Fear");

	@Test
	void describesOneCoinInEnglishFromItsFactsAlone() {
		Findings findings = findings(Language.ENGLISH, Intent.ONE_ASSET, List.of(this.bitcoin), this.fear,
				Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).startsWith(OFFLINE_EN)
			.contains("Bitcoin (BTC-USD) last traded at $8,034.32 (2019-10-17), +0.52% on the previous close.")
			.contains("Over the past week it moved -3.21%, and over the past month -22.87%.")
			.contains("The trend is up: the short-term average ($9,311.47) stands above the long-term average "
					+ "($9,024.10).")
			.contains("The price sits below the short-term average.")
			.contains("RSI reads 41.28, which is neutral")
			.contains("annualised volatility of 45.73%")
			.contains("deepest fall from a peak was -34.18%")
			.contains("support near $7,710.00 and met resistance near $10,370.99")
			.contains("Fear & Greed index reads 40 (Fear), -12 on the week.")
			.contains("Risk: high.")
			.contains("would not suggest buying")
			.doesNotContain("no more than")
			.contains("There is no need to hurry.")
			.endsWith("never invest money you cannot afford to lose.");
		assertGrounded(text, findings);
	}

	@Test
	void describesOneCoinInKorean() {
		Findings findings = findings(Language.KOREAN, Intent.ONE_ASSET, List.of(this.bitcoin), this.fear,
				Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).startsWith(OFFLINE_KO)
			.contains("비트코인 (BTC-USD)의 마지막 가격은 $8,034.32입니다 (2019-10-17 기준). 전일 종가 대비 +0.52%입니다.")
			.contains("지난 한 주 동안 -3.21%, 지난 한 달 동안 -22.87% 움직였습니다.")
			.contains("추세는 상승입니다. 단기 이동평균($9,311.47)이 장기 이동평균($9,024.10)보다 위에 있습니다.")
			.contains("RSI 값은 41.28입니다. 과열도 침체도 아닌 중립 구간입니다.")
			.contains("연율화 변동성은 45.73%입니다.")
			.contains("공포·탐욕 지수는 40입니다 (공포). 한 주 동안 -12 변했습니다.")
			.contains("위험도: 높음.")
			.contains("매수를 권하지 않습니다")
			.contains("투자 권유가 아닙니다");
		assertGrounded(text, findings);
	}

	@Test
	void suggestsAShareOfThePortfolioWhenTheRiskDeskDoesNotVeto() {
		Profile expert = new Profile(Profile.Experience.EXPERT, Profile.Tolerance.HIGH);
		Findings findings = findings(Language.ENGLISH, Intent.ONE_ASSET, List.of(this.bitcoin), this.fear, expert);

		String text = this.writer.write(findings);

		assertThat(text).contains("Risk: high. For an experienced investor comfortable with large swings, I would "
				+ "keep it to no more than 65.60% of your portfolio.");
		assertGrounded(text, findings);
	}

	@Test
	void writesWonTheKoreanWayAndReadsAnOverboughtRsi() {
		Findings korean = findings(Language.KOREAN, Intent.ONE_ASSET, List.of(this.samsung), null, Profile.UNKNOWN);
		Findings english = findings(Language.ENGLISH, Intent.ONE_ASSET, List.of(this.samsung), null, Profile.UNKNOWN);

		String koreanText = this.writer.write(korean);
		String englishText = this.writer.write(english);

		assertThat(koreanText).contains("삼성전자의 마지막 가격은 49,500원입니다")
			.contains("RSI 값은 74.50입니다. 과매수 구간으로")
			.contains("위험도: 보통. 작은 변동을 선호하는 초보 투자자라면 포트폴리오의 20.00% 이하로 두시길 권합니다.")
			.doesNotContain("005930")
			.doesNotContain("공포·탐욕");
		assertThat(englishText).contains("Samsung Electronics last traded at ₩49,500")
			.contains("in overbought territory");
		assertGrounded(koreanText, korean);
		assertGrounded(englishText, english);
	}

	@Test
	void readsAnOversoldRsiAndCallsAFundWithDigitsInItsNameByItsSymbol() {
		Findings findings = findings(Language.ENGLISH, Intent.ONE_ASSET, List.of(this.spy), null, Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).contains("SPY last traded at $342.57")
			.contains("RSI reads 25.50, in oversold territory")
			.contains("There is no clear trend")
			.doesNotContain("S&P 500");
		assertGrounded(text, findings);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void leavesOutWhatItDoesNotKnow(Language language) {
		AssetAnalysis young = SampleAnalyses.of(BundledInstruments.BTC_USDT, Trend.UNKNOWN,
				Map.of(Measure.PRICE, "64321.87"));
		AssetAnalysis unpriced = SampleAnalyses.of(BundledInstruments.NAVER, Trend.UNKNOWN, Map.of());
		Findings findings = findings(language, Intent.COMPARE, List.of(young, unpriced), null, Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).contains("64,321.87 USDT")
			.contains((language == Language.ENGLISH) ? "not enough history" : "가격 이력이 부족합니다")
			.contains((language == Language.ENGLISH) ? "NAVER is in the catalogue, but Sage holds no price"
					: "네이버: 종목 목록에는 있지만 아직 가격 데이터가 없어")
			.doesNotContain("RSI");
		assertGrounded(text, findings);
	}

	@Test
	void surveysTheMarketsInEnglishAndSaysTheMoodIsMissingOffline() {
		Findings findings = findings(Language.ENGLISH, Intent.MARKET_OVERVIEW,
				List.of(this.bitcoin, this.spy, this.kospi), null, Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).startsWith(OFFLINE_EN)
			.contains("- Bitcoin (BTC-USD): $8,034.32, +0.52% on the day, -22.87% over the past month; trend up.")
			.contains("- SPY: $342.57, +0.10% on the day, +3.40% over the past month; no clear trend.")
			.contains("- KOSPI Composite Index (KOSPI): 2,064.84, -0.37% on the day, -2.50% over the past month; "
					+ "trend down.")
			.contains("The crypto Fear & Greed index is not available offline")
			.doesNotContain("Risk:");
		assertGrounded(text, findings);
	}

	@Test
	void surveysTheMarketsInKoreanWithTheMood() {
		Findings findings = findings(Language.KOREAN, Intent.MARKET_OVERVIEW,
				List.of(this.bitcoin, this.spy, this.kospi), this.fear, Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).startsWith(OFFLINE_KO)
			.contains("- 비트코인 (BTC-USD): $8,034.32, 전일 대비 +0.52%, 지난 한 달 -22.87%, 상승 추세.")
			.contains("- 코스피 (KOSPI): 2,064.84, 전일 대비 -0.37%, 지난 한 달 -2.50%, 하락 추세.")
			.contains("공포·탐욕 지수는 40입니다");
		assertGrounded(text, findings);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void comparesTwoAssetsSideBySide(Language language) {
		Findings findings = findings(language, Intent.COMPARE, List.of(this.bitcoin, this.spy), this.fear,
				Profile.UNKNOWN);

		String text = this.writer.write(findings);

		if (language == Language.ENGLISH) {
			assertThat(text)
				.contains("SPY has been the steadier of them this past month (annualised volatility "
						+ "14.20% against 45.73%).")
				.contains("SPY did better over the past month (+3.40% against -22.87%)");
		}
		else {
			assertThat(text).contains("지난 한 달 동안은 SPY 쪽이 더 안정적이었습니다 (연율화 변동성 14.20% 대 45.73%).")
				.contains("지난 한 달 성과는 SPY 쪽이 좋았습니다 (+3.40% 대 -22.87%).");
		}
		assertGrounded(text, findings);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void teachesRsiWithItsThresholdsAsFacts(Language language) {
		Findings findings = lesson(language, Topic.RSI);

		String text = this.writer.write(findings);

		assertThat(text).contains((language == Language.ENGLISH) ? "Above 70 is usually read as overbought, below 30"
				: "보통 70보다 높으면 과매수, 30보다 낮으면 과매도로 봅니다.");
		assertGrounded(text, findings);
	}

	@ParameterizedTest
	@EnumSource(Topic.class)
	void teachesEveryTopicInBothLanguagesWithNoOtherNumber(Topic topic) {
		for (Language language : Language.values()) {
			Findings findings = lesson(language, topic);

			String text = this.writer.write(findings);

			assertThat(text).startsWith((language == Language.ENGLISH) ? OFFLINE_EN : OFFLINE_KO);
			assertThat(text.split("\n\n")).hasSizeGreaterThanOrEqualTo(3);
			assertGrounded(text, findings);
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void declinesWhatIsNotAboutMarketsPolitely(Language language) {
		Findings findings = findings(language, Intent.OFF_TOPIC, List.of(), null, Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).contains((language == Language.ENGLISH) ? "That is outside what I know" : "제가 잘 아는 분야가 아니어서");
		assertThat(GroundedNumbers.numbersIn(text)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void pointsStrategyQuestionsToTheBacktestsPageWithoutInventingResults(Language language) {
		Findings findings = findings(language, Intent.STRATEGY, List.of(this.spy), null, Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).contains((language == Language.ENGLISH) ? "The Backtests page" : "백테스트 화면에서");
		assertGrounded(text, findings);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void saysItCannotSeeAPortfolioOffline(Language language) {
		Findings findings = findings(language, Intent.PORTFOLIO, List.of(), null, Profile.UNKNOWN);

		String text = this.writer.write(findings);

		assertThat(text).contains((language == Language.ENGLISH) ? "I cannot see your holdings" : "보유 종목을 볼 수 없어서");
		assertThat(GroundedNumbers.numbersIn(text)).isEmpty();
	}

	@Test
	void saysWhichNamesItHasNoDataOnWithoutEchoingDigits() {
		Question question = new Question("ETH vs 035720?", Language.ENGLISH, Intent.COMPARE, List.of(),
				List.of("ETH-USD", "035720"), null);
		Findings findings = new Findings(question, Profile.UNKNOWN, FactSheet.EMPTY, List.of(), null, List.of(),
				this.desk.disclaimers(Language.ENGLISH));

		String text = this.writer.write(findings);

		assertThat(text).contains("I have no data on ETH-USD").doesNotContain("035720");
		assertThat(GroundedNumbers.numbersIn(text.replace("ETH-USD", ""))).isEmpty();
	}

	@Test
	void theGroundingCheckOfTheseTestsCatchesANumberNoFactHolds() {
		Findings findings = findings(Language.ENGLISH, Intent.ONE_ASSET, List.of(this.bitcoin), null, Profile.UNKNOWN);
		String text = this.writer.write(findings) + " It could reach $100,000.";

		org.assertj.core.api.Assertions.assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertGrounded(text, findings));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertGrounded(this.writer.write(findings).replace("-3.21%", "+3.21%"), findings));
	}

	private Findings lesson(Language language, Topic topic) {
		Question question = new Question("?", language, Intent.EDUCATION, List.of(), List.of(), topic);
		return new Findings(question, Profile.UNKNOWN, Lessons.facts(topic, Instant.parse("2025-01-01T00:00:00Z")),
				List.of(), null, List.of(), this.desk.disclaimers(language));
	}

	private Findings findings(Language language, Intent intent, List<AssetAnalysis> assets, @Nullable MarketMood mood,
			Profile profile) {
		List<Instrument> instruments = assets.stream().map(AssetAnalysis::instrument).toList();
		Question question = new Question("?", language, intent, instruments, List.of(), null);
		FactSheet facts = FactSheet.EMPTY;
		List<RiskAssessment> risks = new ArrayList<>();
		for (AssetAnalysis asset : assets) {
			facts = facts.and(asset.facts());
			if (intent != Intent.MARKET_OVERVIEW) {
				this.desk.assess(asset, profile, language).ifPresent(risks::add);
			}
		}
		if (mood != null) {
			facts = facts.and(mood.facts());
		}
		for (RiskAssessment risk : risks) {
			facts = facts.and(new FactSheet(List.of(risk.maxPositionShare())));
		}
		return new Findings(question, profile, facts, assets, mood, risks, this.desk.disclaimers(language));
	}

	private static void assertGrounded(String text, Findings findings) {
		GroundedNumbers.assertEveryNumberIsAFact(text, findings.facts(), findings.question().language(),
				findings.assets().stream().map(AssetAnalysis::instrument).toList());
	}

}
