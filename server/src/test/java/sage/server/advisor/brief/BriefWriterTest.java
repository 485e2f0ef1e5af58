package sage.server.advisor.brief;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.server.advisor.BundledInstruments;
import sage.server.advisor.Citation;
import sage.server.advisor.Language;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.brief.BriefWriter.WrittenBrief;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.advisor.grounding.CheckedClaim;
import sage.server.advisor.grounding.GroundingChecker;
import sage.server.advisor.grounding.GroundingPolicy;
import sage.server.market.AssetClass;
import sage.server.market.Instrument;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief written from hand-built analyses, in both languages. */
class BriefWriterTest {

	private static final Instant AS_OF = Instant.parse("2026-12-05T00:00:00Z");

	private static final Instant AT = Instant.parse("2026-12-06T03:45:00Z");

	private final BriefWriter writer = new BriefWriter();

	// BTC +3.456 (notable, overbought, up), SPY -2.5 (notable, oversold, down), KOSPI
	// +0.37 (quiet, sideways), 005930 with no change
	private final List<AssetAnalysis> assets = List.of(
			analysis(BundledInstruments.SPY, Trend.DOWN, values("342.57", "-2.5", "25.5", "330.1", "345.2")),
			analysis(BundledInstruments.KOSPI, Trend.SIDEWAYS, values("2064.84", "0.37", "50.2", "2040", "2041")),
			analysis(BundledInstruments.BTC_USD, Trend.UP, values("64321.87", "3.456", "75.12", "60000", "50000")),
			analysis(BundledInstruments.SAMSUNG, Trend.UP, values("49500", null, "45", "47210.0", "45133.75")));

	private final MarketMood greed = new MarketMood(new FactSheet(List.of(
			new Fact(MarketMood.VALUE, "index", BigDecimal.valueOf(72), Unit.INDEX, null, null, "/fg", AS_OF),
			new Fact(MarketMood.CHANGE_7D, "change", BigDecimal.valueOf(15), Unit.INDEX, null, null, "/fg", AS_OF))),
			"Greed");

	@Test
	void notableMovesComeFirstLargestFirstWithTheThreshold() {
		WrittenBrief brief = this.writer.write(this.assets, this.greed, Map.of(), Language.ENGLISH, AT);

		assertThat(brief.headline()).isEqualTo(
				"Notable moves since the previous close, 2% or more either way: Bitcoin / US Dollar (BTC-USD) +3.46%.");
		assertThat(brief.text()).startsWith(brief.headline() + " SPDR S&P 500 ETF Trust (SPY) -2.50%.\n\n");
		List<String> paragraphs = List.of(brief.text().split("\n\n"));
		assertThat(paragraphs).hasSize(6);
		assertThat(paragraphs.get(1)).startsWith("Bitcoin / US Dollar (BTC-USD) is at $64,321.87, +3.46%");
		assertThat(paragraphs.get(2)).startsWith("SPDR S&P 500 ETF Trust (SPY) is at $342.57, -2.50%");
		assertThat(paragraphs.get(3)).startsWith("KOSPI Composite Index (KOSPI) is at 2,064.84, +0.37%");
		// no change: last
		assertThat(paragraphs.get(4)).startsWith("Samsung Electronics (005930) is at ₩49,500.");
		assertThat(cited(brief, "2%")).extracting(Citation::factId, Citation::source)
			.containsExactly(BriefWriter.NOTABLE_MOVE_ID, BriefWriter.CONVENTION);
		assertThat(cited(brief, "+3.46%").factId()).isEqualTo("BTC-USD.change1d");
	}

	@Test
	void aQuietMarketNamesItsLargestMove() {
		List<AssetAnalysis> quiet = List.of(
				analysis(BundledInstruments.SPY, Trend.UP, values("342.57", "-0.5", "50", "340", "300")),
				analysis(BundledInstruments.KOSPI, Trend.UP, values("2064.84", "1.99", "50", "2100", "2000")));

		WrittenBrief brief = this.writer.write(quiet, null, Map.of(), Language.ENGLISH, AT);

		assertThat(brief.headline()).isEqualTo("No tracked asset moved 2% or more since the previous close.");
		assertThat(brief.text()).contains("The largest move: KOSPI Composite Index (KOSPI) +1.99%.");
		// no crypto asset: nothing said of the crypto index
		assertThat(brief.text()).doesNotContain("Fear & Greed");
	}

	@Test
	void rsiExtremesAreCalledWithTheirThresholdsCited() {
		WrittenBrief brief = this.writer.write(this.assets, this.greed, Map.of(), Language.ENGLISH, AT);

		assertThat(brief.text()).contains("BTC-USD's RSI (14) is 75.12, above 70: overbought.")
			.contains("SPY's RSI (14) is 25.50, below 30: oversold.")
			.doesNotContain("RSI (14) is 50.20");
		assertThat(cited(brief, "70").factId()).isEqualTo(BriefWriter.OVERBOUGHT_ID);
		assertThat(cited(brief, "30").factId()).isEqualTo(BriefWriter.OVERSOLD_ID);
		assertThat(cited(brief, "75.12").factId()).isEqualTo("BTC-USD.rsi14");
	}

	@Test
	void aTrendIsSaidToTurnOnlyWhenThePreviousBriefSawAnother() {
		Map<String, Trend> before = Map.of("BTC-USD", Trend.DOWN, "SPY", Trend.DOWN, "KOSPI", Trend.UP);

		WrittenBrief brief = this.writer.write(this.assets, this.greed, before, Language.ENGLISH, AT);

		assertThat(brief.text()).contains(
				"BTC-USD's trend turned up since the previous brief: the 50-day average ($60,000.00) is above the 200-day "
						+ "($50,000.00).")
			.contains("SPY's trend is down: the 50-day average ($330.10) is below the 200-day ($345.20).")
			.contains("KOSPI's trend turned sideways since the previous brief: the 50-day average (2,040) is close to "
					+ "the 200-day (2,041).")
			// 005930 had no trend before: no turn
			.contains("005930's trend is up: the 50-day average (₩47,210) is above the 200-day (₩45,134).");
	}

	@Test
	void theFearAndGreedShiftIsThereWhenAProviderGivesIt() {
		WrittenBrief with = this.writer.write(this.assets, this.greed, Map.of(), Language.ENGLISH, AT);
		WrittenBrief without = this.writer.write(this.assets, null, Map.of(), Language.ENGLISH, AT);

		assertThat(with.text())
			.endsWith("Market mood: the crypto Fear & Greed index reads 72 (Greed), +15 on the week.");
		assertThat(cited(with, "+15").factId()).isEqualTo(MarketMood.CHANGE_7D);
		assertThat(without.text()).endsWith("The crypto Fear & Greed index is not available: no provider of it is on.");
	}

	@Test
	void koreanSaysTheSame() {
		Map<String, Trend> before = Map.of("BTC-USD", Trend.DOWN);

		WrittenBrief brief = this.writer.write(this.assets, this.greed, before, Language.KOREAN, AT);

		assertThat(brief.headline()).isEqualTo("전일 종가 대비 2% 이상 움직인 종목: 비트코인 (BTC-USD) +3.46%.");
		assertThat(brief.text()).contains("비트코인 (BTC-USD)의 현재 가격은 $64,321.87이며, 전일 종가 대비 +3.46%입니다.")
			.contains("이 종목(BTC-USD)의 RSI(14)는 75.12입니다. 과매수 기준인 70보다 높습니다.")
			.contains("이 종목(SPY)의 RSI(14)는 25.50입니다. 과매도 기준인 30보다 낮습니다.")
			.contains("이 종목(BTC-USD)의 50일 이동평균($60,000.00)이 200일 이동평균($50,000.00)보다 위에 있어, 지난 브리프 이후 추세가 상승으로 바뀌었습니다.")
			.contains("이 종목(SPY)의 50일 이동평균($330.10)이 200일 이동평균($345.20)보다 아래에 있어 추세는 하락입니다.")
			.contains("삼성전자 (005930)의 현재 가격은 49,500원입니다.")
			.contains("한 주 동안 +15 변했습니다.");
	}

	@Test
	void everyNumberIsCitedInBothLanguagesAndNothingIsRemoved() {
		Map<String, Trend> before = Map.of("BTC-USD", Trend.DOWN);
		for (Language language : Language.values()) {
			WrittenBrief brief = this.writer.write(this.assets, this.greed, before, language, AT);

			assertThat(brief.unsupported()).as(language.name()).isZero();
			List<CheckedClaim> claims = new GroundingChecker(GroundingPolicy.MARK).check(brief.text(), brief.facts());
			assertThat(claims).as(language.name()).allMatch(CheckedClaim::supported);
			assertThat(brief.citations()).as(language.name()).hasSize(claims.size());
			for (Citation citation : brief.citations()) {
				Fact fact = brief.facts().find(citation.factId()).orElseThrow();
				assertThat(citation.value()).isEqualByComparingTo(fact.value());
				assertThat(citation.source()).isEqualTo(fact.source());
			}
		}
	}

	@Test
	void twinsThatMovedAlikeEachCiteTheirOwnFacts() {
		List<AssetAnalysis> twins = List.of(
				analysis(BundledInstruments.BTC_USD, Trend.UP, values("64321.87", "3.456", "50", "60000", "50000")),
				analysis(BundledInstruments.BTC_USDT, Trend.UP, values("64321.87", "3.456", "50", "60000", "50000")));

		for (Language language : Language.values()) {
			WrittenBrief brief = this.writer.write(twins, null, Map.of(), language, AT);

			for (Citation citation : brief.citations()) {
				Fact fact = brief.facts().find(citation.factId()).orElseThrow();
				if (fact.symbol() == null) {
					continue;
				}
				String text = brief.text();
				int sentence = Math.max(text.lastIndexOf(". ", citation.start()),
						text.lastIndexOf('\n', citation.start()));
				String before = text.substring(Math.max(0, sentence), citation.start());
				assertThat(before).as("%s in %s", citation.factId(), language)
					.containsPattern("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(fact.symbol())
							+ "(?![\\p{L}\\p{N}])");
			}
		}
	}

	@Test
	void theSameFactsGiveTheSameBrief() {
		WrittenBrief first = this.writer.write(this.assets, this.greed, Map.of(), Language.KOREAN, AT);
		WrittenBrief second = this.writer.write(new ArrayList<>(this.assets), this.greed, Map.of(), Language.KOREAN,
				AT);

		assertThat(second).isEqualTo(first);
	}

	private static Citation cited(WrittenBrief brief, String number) {
		return brief.citations()
			.stream()
			.filter((c) -> brief.text().substring(c.start(), c.end()).equals(number))
			.findFirst()
			.orElseThrow(() -> new AssertionError(number + " is not cited in:\n" + brief.text()));
	}

	private static Map<Measure, String> values(String price, String change, String rsi, String sma50, String sma200) {
		Map<Measure, String> values = new LinkedHashMap<>();
		values.put(Measure.PRICE, price);
		if (change != null) {
			values.put(Measure.CHANGE_1D, change);
		}
		values.put(Measure.RSI_14, rsi);
		values.put(Measure.SMA_50, sma50);
		values.put(Measure.SMA_200, sma200);
		return values;
	}

	private static AssetAnalysis analysis(Instrument instrument, Trend trend, Map<Measure, String> values) {
		List<Fact> facts = new ArrayList<>();
		values.forEach((measure, value) -> {
			Unit unit = switch (measure) {
				case PRICE, SMA_50, SMA_200 -> (instrument.assetClass() == AssetClass.INDEX) ? Unit.INDEX : Unit.MONEY;
				case RSI_14 -> Unit.INDEX;
				default -> Unit.PERCENT;
			};
			facts.add(new Fact(measure.idFor(instrument.symbol()), measure.label(), new BigDecimal(value), unit,
					(unit == Unit.MONEY) ? instrument.currency() : null, instrument.symbol(),
					"/api/v1/instruments/" + instrument.symbol() + "/quote", AS_OF));
		});
		return new AssetAnalysis(instrument, new FactSheet(facts), trend);
	}

}
