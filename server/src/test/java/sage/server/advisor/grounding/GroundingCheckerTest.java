package sage.server.advisor.grounding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class GroundingCheckerTest {

	private final GroundingChecker remove = new GroundingChecker(GroundingPolicy.REMOVE);

	private final GroundingChecker mark = new GroundingChecker(GroundingPolicy.MARK);

	/**
	 * Which fact backs a claim, and how ("-" for none). The sheet is
	 * {@link Sheets#market()}; the claim is the only one in the text.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			BTC-USD at $64,321.87          | BTC-USD.price     | VALUE
			BTC-USD at $64,321.9           | BTC-USD.price     | VALUE
			BTC-USD at 64,322              | BTC-USD.price     | VALUE
			BTC-USD at $64.3K              | BTC-USD.price     | VALUE
			BTC-USD at $64K                | BTC-USD.price     | VALUE
			BTC-USD at 64,321.9 USD        | BTC-USD.price     | VALUE
			BTC-USD at 64,320              | -                 | -
			BTC-USD at $60K                | -                 | -
			BTC-USD at $64,000             | -                 | -
			BTC-USD at -$64,322            | -                 | -
			BTC-USD at 64,321.88           | -                 | -
			BTC-USDT at 64,350.10 USDT     | BTC-USDT.price    | VALUE
			BTC-USDT at $64,350            | BTC-USDT.price    | VALUE
			BTC-USDT at 64,350 USD         | -                 | -
			BTC-USD at 64,322 USDT         | -                 | -
			BTC-USD at 64,322 KRW          | -                 | -
			BTC-KRW at 9,512만 원           | BTC-KRW.price     | VALUE
			BTC-KRW at ₩95,123,456         | BTC-KRW.price     | VALUE
			BTC-KRW at 95.1M KRW           | BTC-KRW.price     | VALUE
			BTC-KRW at 1억 원               | BTC-KRW.price     | VALUE
			BTC-KRW at 9,500만 원           | -                 | -
			BTC-KRW at 9,512만 달러          | -                 | -
			change -1.53%                  | BTC-USD.change24h | VALUE
			change −1.5 %                  | BTC-USD.change24h | VALUE
			change of 1.5%                 | BTC-USD.change24h | VALUE
			change minus 2%                | BTC-USD.change24h | VALUE
			change +1.5%                   | -                 | -
			change -1.6%                   | -                 | -
			a share of 12.345%             | BTC-USD.pct       | VALUE
			a share of 12.35%              | BTC-USD.pct       | VALUE
			a share of 12.3 percent        | BTC-USD.pct       | VALUE
			a share of 12퍼센트              | BTC-USD.pct       | VALUE
			a share of 12.34%              | -                 | -
			RSI at 58.3                    | BTC-USD.rsi14     | VALUE
			RSI at 58                      | BTC-USD.rsi14     | VALUE
			RSI at 58.3%                   | -                 | -
			RSI(14)                        | BTC-USD.rsi14     | LABEL
			the 14-day RSI                 | BTC-USD.rsi14     | LABEL
			30일 변동성                       | BTC-USD.vol30     | LABEL
			the 52-week high               | BTC-USD.drawdown  | LABEL
			RSI 14.0                       | -                 | -
			RSI(15)                        | -                 | -
			down 23.4% from its high       | BTC-USD.drawdown  | VALUE
			a drawdown of -23.4%           | -                 | -
			Fear & Greed at 72             | fear-greed.value  | VALUE
			Fear & Greed out of 100        | fear-greed.value  | LABEL
			KOSPI at 2,612.35              | KOSPI.level       | VALUE
			KOSPI at 2,612                 | KOSPI.level       | VALUE
			volume of 1.23B                | BTC-USD.volume    | VALUE
			volume of 1.2 billion          | BTC-USD.volume    | VALUE
			volume of $1.23B               | -                 | -
			as of 2026-12-06 14:30 UTC     | BTC-USD.price     | AS_OF
			as of 2026-12-06T14:30:12Z     | BTC-USD.price     | AS_OF
			as of 2026-12-06 14:31 UTC     | -                 | -
			as of 23:30 KST                | BTC-USD.price     | AS_OF
			as of 23:30                    | BTC-USD.price     | AS_OF
			as of 14:30 KST                | -                 | -
			as of Dec 6, 2026              | BTC-USD.price     | AS_OF
			as of 2026-12-05               | -                 | -
			2026년 12월 6일 기준               | BTC-USD.price     | AS_OF
			6일 기준                         | BTC-USD.price     | AS_OF
			7일 기준                         | -                 | -
			in 2026                        | BTC-USD.price     | AS_OF
			in 2025                        | -                 | -
			""")
	void backsAClaimWithTheRightFact(String text, String factId, String support) {
		List<CheckedClaim> checked = this.remove.check(text, Sheets.market());
		assertThat(checked).hasSize(1);
		CheckedClaim claim = checked.get(0);
		if (factId.equals("-")) {
			assertThat(claim.supported()).as("%s is unsupported", claim.claim().written()).isFalse();
		}
		else {
			assertThat(claim.fact()).as("fact of %s", claim.claim().written()).isNotNull();
			assertThat(claim.fact().id()).isEqualTo(factId);
			assertThat(claim.support()).isEqualTo(Support.valueOf(support));
		}
	}

	@Test
	void citesTheFactOfTheSymbolTheSentenceNames() {
		FactSheet sheet = new FactSheet(
				List.of(Sheets.fact("BTC-USD.price", "last price", "65000", Unit.MONEY, "USD", "BTC-USD"),
						Sheets.fact("BTC-USDT.price", "last price", "65000", Unit.MONEY, "USDT", "BTC-USDT"),
						Sheets.fact("ETH-USD.rsi14", "RSI (14)", "61.2", Unit.INDEX, null, "ETH-USD"),
						Sheets.fact("BTC-USD.rsi14", "RSI (14)", "61.2", Unit.INDEX, null, "BTC-USD")));
		GroundedAnswer answer = this.remove.ground("BTC-USDT trades at $65,000. BTC-USD trades at $65,000. "
				+ "BTC's RSI is 61.2, and ETH-USD's is 61.2 too. Both at 65,000.", sheet);
		assertThat(answer.citations()).extracting(Citation::factId)
			.containsExactly("BTC-USDT.price", "BTC-USD.price", "BTC-USD.rsi14", "ETH-USD.rsi14", "BTC-USD.price");
	}

	@Test
	void aPeriodInAFactsIdBacksItToo() {
		FactSheet sheet = new FactSheet(
				List.of(Sheets.fact("SPY.sma200", "simple moving average", "598.12", Unit.MONEY, "USD", "SPY")));
		List<CheckedClaim> checked = this.remove.check("SPY's 200-day average is $598.12", sheet);
		assertThat(checked).extracting(CheckedClaim::support).containsExactly(Support.LABEL, Support.VALUE);
	}

	@Test
	void aSizeThatRoundsToZeroHasNoSignToGetWrong() {
		FactSheet sheet = new FactSheet(List.of(Sheets.fact("x", "change", "-0.03", Unit.PERCENT, null, null)));
		assertThat(this.remove.check("flat at 0.0%, +0.0% or -0.0%, not +0.03%", sheet))
			.extracting(CheckedClaim::supported)
			.containsExactly(true, true, true, false);
	}

	@Test
	void aKoreanDateIsReadInKoreasZoneToo() {
		// 14:30:12 UTC on the 6th is 23:30 on the 6th in Seoul; 20:00 UTC is the 7th
		// there
		FactSheet sheet = new FactSheet(List.of(new Fact("x", "x", java.math.BigDecimal.ONE, Unit.INDEX, null, null,
				"/x", java.time.Instant.parse("2026-12-06T20:00:00Z"))));
		assertThat(this.remove.check("2026년 12월 7일 오전 5시 기준, 2026-12-06 20:00 UTC, 12월 8일", sheet))
			.extracting(CheckedClaim::supported)
			.containsExactly(true, true, true, false);
	}

	@Test
	void prefersAFactTheClaimStatesExactly() {
		FactSheet sheet = new FactSheet(List.of(Sheets.fact("a", "a", "64.96", Unit.INDEX, null, null),
				Sheets.fact("b", "b", "65", Unit.INDEX, null, null)));
		assertThat(this.remove.ground("it is 65", sheet).citations()).extracting(Citation::factId).containsExactly("b");
	}

	@Test
	void citesEachSupportedClaimWhereItStandsInTheAnswer() {
		String text = "BTC-USD is at $99,999 (RSI 58.3), down 1.53% since 2026-12-06 14:30 UTC.";
		GroundedAnswer answer = this.remove.ground(text, Sheets.market());
		assertThat(answer.text()).isEqualTo("BTC-USD is (RSI 58.3), down 1.53% since 2026-12-06 14:30 UTC.");
		assertThat(answer.claims()).isEqualTo(4);
		assertThat(answer.supported()).isEqualTo(3);
		assertThat(answer.unsupported()).isEqualTo(1);
		assertThat(answer.flagged()).containsExactly("$99,999");
		for (Citation citation : answer.citations()) {
			assertThat(answer.text().substring(citation.start(), citation.end())).isEqualTo(citation.written());
			Fact fact = Sheets.market().find(citation.factId()).orElseThrow();
			assertThat(citation.source()).isEqualTo(fact.source());
			assertThat(citation.asOf()).isEqualTo(fact.asOf());
		}
		assertThat(answer.citations()).extracting(Citation::written)
			.containsExactly("58.3", "1.53%", "2026-12-06 14:30 UTC");
	}

	/** Removal leaves text that reads: each row is a text and the text after removal. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Analysts see support at $58,000.                 | Analysts see support.
			BTC-USD trades at $64,322, up 9.9% today.        | BTC-USD trades at $64,322, up today.
			It could rally 18% next week.                    | It could rally next week.
			BTC-USD (+9.9%) is at $64,322.                   | BTC-USD is at $64,322.
			Prices: $1, $64,322, $3.                         | Prices: $64,322.
			$70,000 is the target, RSI 58.3.                 | is the target, RSI 58.3.
			Targets: $70,000-$75,000 and RSI 58.3.           | Targets: and RSI 58.3.
			Range $64,322-$70,000 today.                     | Range $64,322 today.
			Range $50,000-$64,322 today.                     | Range $64,322 today.
			It moved from $60,000 to $64,322.                | It moved to $64,322.
			It moved from $64,322 to $70,000.                | It moved from $64,322.
			Around ~$70,000 soon.                            | Around soon.
			RSI is 58.3 (was 85 last week).                  | RSI is 58.3 (was last week).
			BTC는 70,000달러에 거래되고 있습니다.                  | BTC는 거래되고 있습니다.
			지지선은 약 58,000달러 선입니다.                      | 지지선은 선입니다.
			목표가는 9,800만 원으로 상향됐습니다.                   | 목표가는 상향됐습니다.
			변동률은 -1.53%이며 RSI는 91.2까지 올랐습니다.          | 변동률은 -1.53%이며 RSI는 올랐습니다.
			""")
	void removalLeavesReadableText(String text, String expected) {
		GroundedAnswer answer = this.remove.ground(text, Sheets.market());
		assertThat(answer.text()).isEqualTo(expected.strip());
		assertThat(answer.text()).doesNotContain("  ").doesNotContain(" .").doesNotContain(" ,").doesNotContain("()");
	}

	@Test
	void removalNeverLeavesALoneCurrencyOrPercentSign() {
		GroundedAnswer answer = this.remove.ground("Up 44.4% to $99,999 or ₩1,234원, 77.7 % and USD 5.",
				Sheets.market());
		assertThat(answer.text()).doesNotContain("%").doesNotContain("$").doesNotContain("₩").doesNotContain("USD");
		assertThat(answer.unsupported()).isEqualTo(5);
	}

	@Test
	void marksAnUnsupportedNumberAndCitesTheRest() {
		GroundedAnswer answer = this.mark.ground("BTC-USD is at $70,000, down 1.53%.", Sheets.market());
		assertThat(answer.text()).isEqualTo("BTC-USD is at [unverified: $70,000], down 1.53%.");
		assertThat(answer.citations()).singleElement().satisfies((citation) -> {
			assertThat(citation.written()).isEqualTo("1.53%");
			assertThat(answer.text().substring(citation.start(), citation.end())).isEqualTo("1.53%");
		});
	}

	@Test
	void marksOnlyOnce() {
		GroundedAnswer once = this.mark.ground("support at $58,000 and 9,800만 원", Sheets.market());
		GroundedAnswer twice = this.mark.ground(once.text(), Sheets.market());
		assertThat(once.text()).isEqualTo("support at [unverified: $58,000] and [unverified: 9,800만 원]");
		assertThat(twice.text()).isEqualTo(once.text());
		assertThat(twice.unsupported()).isEqualTo(2);
	}

	@Test
	void removingAMarkedNumberTakesTheMarkWithIt() {
		GroundedAnswer answer = this.remove.ground("BTC-USD is at [unverified: $70,000], down 1.53%.", Sheets.market());
		assertThat(answer.text()).isEqualTo("BTC-USD is, down 1.53%.");
	}

	@Test
	void anEmptySheetBacksNothing() {
		GroundedAnswer answer = this.remove.ground("BTC is at $65,000, RSI 58.", FactSheet.EMPTY);
		assertThat(answer.supported()).isZero();
		assertThat(answer.unsupported()).isEqualTo(2);
		assertThat(answer.text()).isEqualTo("BTC is, RSI.");
	}

	@Test
	void aTextWithoutNumbersPassesUnchanged() {
		String text = "I can only answer questions about markets.\n\nAsk me about BTC or 삼성전자.";
		GroundedAnswer answer = this.remove.ground(text, Sheets.market());
		assertThat(answer.text()).isEqualTo(text);
		assertThat(answer.claims()).isZero();
	}

}
