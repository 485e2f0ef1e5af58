package sage.server.advisor.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import sage.server.advisor.BundledInstruments;
import sage.server.advisor.Signal;
import sage.server.advisor.Stance;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.advisor.risk.RiskAssessment;
import sage.server.advisor.risk.RiskLevel;
import sage.server.advisor.risk.Veto;
import sage.server.market.Instrument;

import static org.assertj.core.api.Assertions.assertThat;

class CallRuleTest {

	private static final Instant AS_OF = Instant.parse("2019-10-17T00:00:00Z");

	private static final Instrument BTC = BundledInstruments.BTC_USD;

	private final CallRule rule = new CallRule();

	@Test
	void anUptrendIsABuyConfirmedByThePriceAboveItsAverageAndAMonthUp() {
		Signal call = this.rule.call(asset(Trend.UP, "55", "110", "100", "4.2"), null).orElseThrow();
		assertThat(call.stance()).isEqualTo(Stance.BUY);
		assertThat(call.confidence()).isEqualByComparingTo("0.70");
		assertThat(call.price()).isEqualByComparingTo("110");
		assertThat(call.currency()).isEqualTo("USD");
		assertThat(call.pricedAt()).isEqualTo(AS_OF);
		assertThat(call.horizonDays()).isEqualTo(30);
		// below its average and down on the month: no confirmation
		assertThat(this.rule.call(asset(Trend.UP, "55", "90", "100", "-1"), null).orElseThrow().confidence())
			.isEqualByComparingTo("0.50");
	}

	@Test
	void aDowntrendIsASell() {
		Signal call = this.rule.call(asset(Trend.DOWN, "45", "90", "100", "-6"), null).orElseThrow();
		assertThat(call.stance()).isEqualTo(Stance.SELL);
		assertThat(call.confidence()).isEqualByComparingTo("0.70");
		assertThat(this.rule.call(asset(Trend.DOWN, "45", "110", "100", "-6"), null).orElseThrow().confidence())
			.isEqualByComparingTo("0.60");
	}

	@Test
	void extremesAndSidewaysMarketsAreHolds() {
		// overbought in an uptrend: not chased
		assertThat(this.rule.call(asset(Trend.UP, "70", "110", "100", "9"), null).orElseThrow().stance())
			.isEqualTo(Stance.HOLD);
		// oversold in a downtrend: not sold into
		assertThat(this.rule.call(asset(Trend.DOWN, "30", "90", "100", "-9"), null).orElseThrow().stance())
			.isEqualTo(Stance.HOLD);
		Signal sideways = this.rule.call(asset(Trend.SIDEWAYS, "50", "101", "100", "1"), null).orElseThrow();
		assertThat(sideways.stance()).isEqualTo(Stance.HOLD);
		assertThat(sideways.confidence()).isEqualByComparingTo("0.50");
	}

	@Test
	void aVetoedBuyIsAHold() {
		AssetAnalysis asset = asset(Trend.UP, "55", "110", "100", "4.2");
		Fact share = new Fact("BTC-USD.maxPositionShare", "share", BigDecimal.ONE, Unit.PERCENT, null, "BTC-USD",
				"rule", AS_OF);
		RiskAssessment vetoed = new RiskAssessment("BTC-USD", RiskLevel.VERY_HIGH, share,
				new Veto(Veto.Reason.TOO_RISKY_FOR_A_BEGINNER, "no"), List.of());
		assertThat(this.rule.call(asset, vetoed).orElseThrow().stance()).isEqualTo(Stance.HOLD);
		RiskAssessment allowed = new RiskAssessment("BTC-USD", RiskLevel.HIGH, share, null, List.of());
		assertThat(this.rule.call(asset, allowed).orElseThrow().stance()).isEqualTo(Stance.BUY);
	}

	@Test
	void noCallWithoutAPriceOrATrend() {
		assertThat(this.rule.call(asset(Trend.UNKNOWN, "55", "110", null, "4"), null)).isEmpty();
		assertThat(this.rule.call(new AssetAnalysis(BTC, FactSheet.EMPTY, Trend.UP), null)).isEmpty();
	}

	@Test
	void theCallsFactsAreWhatTheAnswerStates() {
		Signal call = this.rule.call(asset(Trend.UP, "55", "110", "100", "4.2"), null).orElseThrow();
		FactSheet facts = CallRule.facts(call);
		assertThat(facts.find("BTC-USD.callHorizon").map(Fact::value))
			.hasValueSatisfying((days) -> assertThat(days).isEqualByComparingTo("30"));
		Optional<Fact> confidence = facts.find("BTC-USD.callConfidence");
		assertThat(confidence).hasValueSatisfying((fact) -> {
			assertThat(fact.value()).isEqualByComparingTo("70");
			assertThat(fact.unit()).isEqualTo(Unit.PERCENT);
		});
	}

	private static AssetAnalysis asset(Trend trend, String rsi, String price, @Nullable String sma50, String change30) {
		List<Fact> facts = new ArrayList<>();
		facts.add(fact(Measure.PRICE, price, Unit.MONEY));
		facts.add(fact(Measure.RSI_14, rsi, Unit.INDEX));
		if (sma50 != null) {
			facts.add(fact(Measure.SMA_50, sma50, Unit.MONEY));
		}
		facts.add(fact(Measure.CHANGE_30D, change30, Unit.PERCENT));
		return new AssetAnalysis(BTC, new FactSheet(facts), trend);
	}

	private static Fact fact(Measure measure, String value, Unit unit) {
		return new Fact(measure.idFor(BTC.symbol()), measure.label(), new BigDecimal(value), unit,
				(unit == Unit.MONEY) ? "USD" : null, BTC.symbol(), "/api/v1/instruments/BTC-USD/quote", AS_OF);
	}

}
