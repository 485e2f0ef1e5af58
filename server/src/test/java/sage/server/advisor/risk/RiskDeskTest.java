package sage.server.advisor.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.advisor.BundledInstruments;
import sage.server.advisor.Language;
import sage.server.advisor.Profile;
import sage.server.advisor.Profile.Experience;
import sage.server.advisor.Profile.Tolerance;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.market.Instrument;

import static org.assertj.core.api.Assertions.assertThat;

class RiskDeskTest {

	private static final Instant AS_OF = Instant.parse("2019-10-17T00:00:00Z");

	private final RiskDesk desk = new RiskDesk();

	@ParameterizedTest
	@CsvSource(nullValues = "-", textBlock = """
			10, -, LOW
			14.99, -5, LOW
			15, -, MEDIUM
			18, -12, MEDIUM
			12, -22, HIGH
			29.99, -, MEDIUM
			30, -, HIGH
			59.99, -, HIGH
			60, -, VERY_HIGH
			20, -35, VERY_HIGH
			20, -34.99, HIGH
			""")
	void theLevelIsTheWorseOfVolatilityAndDrawdown(BigDecimal volatility, @Nullable BigDecimal drawdown,
			RiskLevel level) {
		RiskAssessment risk = this.desk
			.assess(asset(BundledInstruments.SPY, volatility, drawdown), Profile.UNKNOWN, Language.ENGLISH)
			.orElseThrow();

		assertThat(risk.level()).isEqualTo(level);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			BEGINNER, LOW, 16, 20.00
			BEGINNER, LOW, 80, 12.50
			BEGINNER, MEDIUM, 30, 20.00
			INTERMEDIATE, MEDIUM, 30, 50.00
			INTERMEDIATE, LOW, 30, 33.33
			EXPERT, HIGH, 15, 100.00
			EXPERT, HIGH, 45, 66.66
			EXPERT, LOW, 64.3, 15.55
			""")
	void theShareTargetsTheProfilesVolatilityCappedByExperience(Experience experience, Tolerance tolerance,
			BigDecimal volatility, BigDecimal share) {
		RiskAssessment risk = this.desk
			.assess(asset(BundledInstruments.BTC_USD, volatility, null), new Profile(experience, tolerance),
					Language.ENGLISH)
			.orElseThrow();

		Fact fact = risk.maxPositionShare();
		assertThat(fact.value()).isEqualByComparingTo(share);
		assertThat(fact.value().scale()).isEqualTo(2);
		assertThat(fact.id()).isEqualTo("BTC-USD.maxPositionShare");
		assertThat(fact.unit()).isEqualTo(Unit.PERCENT);
		assertThat(fact.symbol()).isEqualTo("BTC-USD");
		assertThat(fact.asOf()).isEqualTo(AS_OF);
	}

	@Test
	void aCarefulBeginnerAskingAboutACoinGetsACautionNotABuy() {
		RiskAssessment risk = this.desk
			.assess(asset(BundledInstruments.BTC_USD, new BigDecimal("64.30"), new BigDecimal("-28.5")),
					Profile.UNKNOWN, Language.ENGLISH)
			.orElseThrow();

		assertThat(risk.vetoed()).isTrue();
		assertThat(risk.veto().reason()).isEqualTo(Veto.Reason.VOLATILITY_FAR_ABOVE_TOLERANCE);
		assertThat(risk.veto().explanation()).contains("would not suggest buying");
		assertThat(risk.level()).isEqualTo(RiskLevel.VERY_HIGH);
	}

	@Test
	void aBeginnerWhoAcceptsSwingsIsStillCautionedAboutAVeryHighRiskAsset() {
		RiskAssessment risk = this.desk
			.assess(asset(BundledInstruments.BTC_USD, new BigDecimal("58"), new BigDecimal("-40")),
					new Profile(Experience.BEGINNER, Tolerance.MEDIUM), Language.KOREAN)
			.orElseThrow();

		assertThat(risk.veto().reason()).isEqualTo(Veto.Reason.TOO_RISKY_FOR_A_BEGINNER);
		assertThat(risk.veto().explanation()).contains("매수를 권하지 않습니다");
	}

	@Test
	void anExpertWhoAcceptsLargeSwingsIsNotVetoedOnACoin() {
		RiskAssessment risk = this.desk
			.assess(asset(BundledInstruments.BTC_USD, new BigDecimal("64.30"), new BigDecimal("-28.5")),
					new Profile(Experience.EXPERT, Tolerance.HIGH), Language.ENGLISH)
			.orElseThrow();

		assertThat(risk.vetoed()).isFalse();
		assertThat(risk.maxPositionShare().value()).isEqualByComparingTo("46.65");
	}

	@Test
	void aCarefulBeginnerMayHoldABroadIndexFund() {
		RiskAssessment risk = this.desk
			.assess(asset(BundledInstruments.SPY, new BigDecimal("16.5"), new BigDecimal("-7.2")), Profile.UNKNOWN,
					Language.ENGLISH)
			.orElseThrow();

		assertThat(risk.vetoed()).isFalse();
		assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void nothingToSayWithoutVolatility() {
		assertThat(this.desk.assess(asset(BundledInstruments.SPY, null, new BigDecimal("-3")), Profile.UNKNOWN,
				Language.ENGLISH))
			.isEmpty();
	}

	@Test
	void disclaimersSayItIsNotAdviceAndThePastPromisesNothingInBothLanguages() {
		assertThat(String.join(" ", this.desk.disclaimers(Language.ENGLISH))).contains("not financial advice")
			.contains("past performance");
		assertThat(String.join(" ", this.desk.disclaimers(Language.KOREAN))).contains("투자 권유가 아닙니다").contains("과거의 성과");
		RiskAssessment risk = this.desk
			.assess(asset(BundledInstruments.SPY, BigDecimal.TEN, null), Profile.UNKNOWN, Language.KOREAN)
			.orElseThrow();
		assertThat(risk.disclaimers()).isEqualTo(this.desk.disclaimers(Language.KOREAN));
	}

	static AssetAnalysis asset(Instrument instrument, @Nullable BigDecimal volatility, @Nullable BigDecimal drawdown) {
		List<Fact> facts = new ArrayList<>();
		if (volatility != null) {
			facts.add(percent(instrument, Measure.VOLATILITY_30D, volatility));
		}
		if (drawdown != null) {
			facts.add(percent(instrument, Measure.MAX_DRAWDOWN_90D, drawdown));
		}
		return new AssetAnalysis(instrument, new FactSheet(facts), Trend.UNKNOWN);
	}

	private static Fact percent(Instrument instrument, Measure measure, BigDecimal value) {
		return new Fact(measure.idFor(instrument.symbol()), measure.label(), value, Unit.PERCENT, null,
				instrument.symbol(), "/api/v1/instruments/" + instrument.symbol() + "/bars", AS_OF);
	}

}
