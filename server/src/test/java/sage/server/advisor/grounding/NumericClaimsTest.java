package sage.server.advisor.grounding;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumericClaimsTest {

	/** Which parts of a text are claims: each row is a text and its claims as written. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
							BTC is at $65,000 today.                        | $65,000
							BTC trades at 65000 and ETH at 3,512.40.        | 65000 ¦ 3,512.40
							up +3.2% or down -1.5% or −1.5 %                | +3.2% ¦ -1.5% ¦ −1.5 %
							fell (-2.1%) today                              | -2.1%
							12.5 percent, 12.5 per cent, 12.5 pct           | 12.5 percent ¦ 12.5 per cent ¦ 12.5 pct
							12.5퍼센트, 12.5 퍼센트, 3%p, 3%포인트, 5프로       | 12.5퍼센트 ¦ 12.5 퍼센트 ¦ 3%p ¦ 3%포인트 ¦ 5프로
							65,000 USD, 65,000 USDT, 65,000USDC             | 65,000 USD ¦ 65,000 USDT ¦ 65,000USDC
							USD 65,000 and KRW 95,000,000                   | USD 65,000 ¦ KRW 95,000,000
							₩95,000,000 or 95,000,000원 or 9,500만 원          | ₩95,000,000 ¦ 95,000,000원 ¦ 9,500만 원
							1억 2,000만원, 1억2000만 원, 1.5억                  | 1억 2,000만원 ¦ 1억2000만 원 ¦ 1.5억
							9천5백만 원, 5만 5,300원, 5천만                     | 9천5백만 원 ¦ 5만 5,300원 ¦ 5천만
							5만 3일 전                                        | 5만 ¦ 3일
							65,000달러, 65,000 달러, 65,000 dollars, 65,000 won | 65,000달러 ¦ 65,000 달러 ¦ 65,000 dollars ¦ 65,000 won
							$1.2B, $1.2bn, $15m, $3.5 million, 1.2 billion dollars | $1.2B ¦ $1.2bn ¦ $15m ¦ $3.5 million ¦ 1.2 billion dollars
							volume 65k, 1.2M, 3T                            | 65k ¦ 1.2M ¦ 3T
							450조 원 market cap                              | 450조 원
							minus 1.5% or 마이너스 1.5% or plus 2%              | minus 1.5% ¦ 마이너스 1.5% ¦ plus 2%
							-$1,200 and $-1,200                             | -$1,200 ¦ $-1,200
							€5, £5, ¥500, US$5                              | €5 ¦ £5 ¦ ¥500 ¦ US$5
							RSI(14) at 58.3                                 | 14 ¦ 58.3
							RSI 14 at 58                                    | 14 ¦ 58
							14-day RSI over 30 days and 30일                  | 14-day ¦ 30 days ¦ 30일
							the 52-week high; 24h change; 3x; 2nd; 15m chart | 52-week ¦ 24h ¦ 3x ¦ 2nd ¦ 15m
							60,000-70,000                                   | 60,000 ¦ 70,000
							$60,000 to $70,000                              | $60,000 ¦ $70,000
							BTC는 65,000달러에 거래됩니다                          | 65,000달러
							RSI는58이고 변동성은 -1.5%입니다                      | 58 ¦ -1.5%
							in 2026, BTC rose                               | 2026
							the end of the sentence is 65,000.              | 65,000
					1e6 is read as a number with letters            | 1e6
					₩95.1M and US$1.2bn                             | ₩95.1M ¦ US$1.2bn
							""")
	void readsTheClaimsOfAText(String text, String expected) {
		List<String> written = NumericClaims.in(text).stream().map(Claim::written).toList();
		assertThat(written).containsExactlyElementsOf(split(expected));
	}

	/** Numbers that are not claims. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			RSI14 and SMA200 crossed
			Q3 results for H1 and v1.2.3
			Samsung (005930) and SK hynix (000660)
			005930.KS and 000660.KS
			the S&P 500 and the Nasdaq 100 and the Nasdaq-100
			KOSPI 200 and KOSDAQ 150 and Russell 2000 and Nikkei 225
			코스피 200 종목과 코스닥 150
			markets trade 24/7 and it is 50/50
			as the source says [1] and [12]
			BTC-USD and ETH/USDT pairs
			""")
	void skipsNumbersThatAreNotClaims(String text) {
		assertThat(NumericClaims.in(text)).isEmpty();
	}

	@Test
	void skipsListMarkersAtTheStartOfALine() {
		String text = "1. BTC is at $65,000\n2) ETH is at $3,500\n  3. done\n- 4. too";
		assertThat(NumericClaims.in(text)).extracting(Claim::written).containsExactly("$65,000", "$3,500");
	}

	@Test
	void aNumberOpeningALineIsAClaimWhenNoSpaceFollowsItsPoint() {
		assertThat(NumericClaims.in("1.5% today")).extracting(Claim::written).containsExactly("1.5%");
	}

	@Test
	void anIndexNamedWithANumberStillHasItsLevelRead() {
		assertThat(NumericClaims.in("the S&P 500 at 5,123.4 and KOSPI 2,612.35")).extracting(Claim::written)
			.containsExactly("5,123.4", "2,612.35");
	}

	@Test
	void aCurrencyCodeInAPairIsNotTakenAsTheNumbersCurrency() {
		NumberClaim claim = (NumberClaim) NumericClaims.in("BTC-USDT 65,000").get(0);
		assertThat(claim.written()).isEqualTo("65,000");
		assertThat(claim.unit()).isEqualTo(ClaimUnit.PLAIN);
	}

	/** What one claim says: its value with its sign, its unit and its scale. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			65,000             | 65000          | PLAIN   | 0
			65,000.50          | 65000.50       | PLAIN   | 2
			0.5                | 0.5            | PLAIN   | 1
			+3.2%              | 3.2            | PERCENT | 1
			-1.5%              | -1.5           | PERCENT | 1
			−1.5 %             | -1.5           | PERCENT | 1
			minus 12 percent   | -12            | PERCENT | 0
			마이너스 1.5퍼센트      | -1.5           | PERCENT | 1
			$65,000            | 65000          | MONEY   | 0
			-$1,200.5          | -1200.5        | MONEY   | 1
			$1.2B              | 1200000000     | MONEY   | -8
			$1.20B             | 1200000000     | MONEY   | -7
			$64.3K             | 64300          | MONEY   | -2
			$64k               | 64000          | MONEY   | -3
			$15m               | 15000000       | MONEY   | -6
			$3.5 million       | 3500000        | MONEY   | -5
			1.2 billion dollars | 1200000000    | MONEY   | -8
			1.2bn              | 1200000000     | PLAIN   | -8
			3T                 | 3000000000000  | PLAIN   | -12
			9,500만 원           | 95000000       | MONEY   | -4
			9,512만원            | 95120000       | MONEY   | -4
			1억 2,000만           | 120000000      | PLAIN   | -4
			1억 2,346만 원        | 123460000      | MONEY   | -4
			1억                 | 100000000      | PLAIN   | -8
			10억 원              | 1000000000     | MONEY   | -8
			1.5억               | 150000000      | PLAIN   | -7
			9천5백만 원           | 95000000       | MONEY   | -6
			5천만                | 50000000       | PLAIN   | -7
			5만 5,300원          | 55300          | MONEY   | 0
			5만5천 원            | 55000          | MONEY   | -3
			3천                 | 3000           | PLAIN   | -3
			450조 원             | 450000000000000 | MONEY  | -12
			1.2조               | 1200000000000  | PLAIN   | -11
			95,000,000원        | 95000000       | MONEY   | 0
			₩95,000,000        | 95000000       | MONEY   | 0
			14-day             | 14             | DAYS    | 0
			30 days            | 30             | DAYS    | 0
			30일                | 30             | DAYS    | 0
			20거래일              | 20             | DAYS    | 0
			24h                | 24             | PLAIN   | 0
			""")
	void readsWhatAClaimSays(String text, BigDecimal value, ClaimUnit unit, int scale) {
		List<Claim> claims = NumericClaims.in(text);
		assertThat(claims).hasSize(1);
		NumberClaim claim = (NumberClaim) claims.get(0);
		assertThat(claim.written()).isEqualTo(text);
		assertThat(claim.value()).isEqualByComparingTo(value);
		assertThat(claim.unit()).isEqualTo(unit);
		assertThat(claim.scale()).isEqualTo(scale);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			$65,000              | USD USDT USDC
			65,000 dollars       | USD USDT USDC
			65,000달러            | USD USDT USDC
			US$65,000            | USD
			65,000 USD           | USD
			USD 65,000           | USD
			65,000 USDT          | USDT
			₩95,000,000          | KRW
			95,000,000원          | KRW
			9,500만 원             | KRW
			65,000 won           | KRW
			KRW 95,000,000       | KRW
			€5                   | EUR
			¥500                 | JPY CNY
			0.5 BTC              | BTC
			""")
	void namesTheCurrenciesAMoneyClaimMayBeIn(String text, String codes) {
		NumberClaim claim = (NumberClaim) NumericClaims.in(text).get(0);
		assertThat(claim.unit()).isEqualTo(ClaimUnit.MONEY);
		assertThat(claim.currencies()).containsAll(Arrays.asList(codes.split(" ")));
	}

	@Test
	void aSignIsOnlyReadWhereItCanBeOne() {
		// a hyphen after a word or a number joins; it is no minus
		assertThat(NumericClaims.in("BTC-5 and 60,000-70,000")).extracting(Claim::written)
			.containsExactly("5", "60,000", "70,000");
		assertThat(NumericClaims.in("BTC-5 and 60,000-70,000"))
			.allMatch((c) -> ((NumberClaim) c).sign() == Sign.UNSTATED);
		assertThat(((NumberClaim) NumericClaims.in("change: -1.5%").get(0)).sign()).isEqualTo(Sign.NEGATIVE);
		assertThat(((NumberClaim) NumericClaims.in("change:−1.5%").get(0)).sign()).isEqualTo(Sign.NEGATIVE);
	}

	@Test
	void directionWordsDoNotSetTheSign() {
		NumberClaim claim = (NumberClaim) NumericClaims.in("BTC fell 1.5% today").get(0);
		assertThat(claim.sign()).isEqualTo(Sign.UNSTATED);
		assertThat(claim.written()).isEqualTo("1.5%");
	}

	@Test
	void aKoreanParticleOrWordAfterANumberIsNotPartOfIt() {
		assertThat(NumericClaims.in("RSI는 58.3입니다")).extracting(Claim::written).containsExactly("58.3");
		assertThat(NumericClaims.in("65,000달러에서 70,000달러로")).extracting(Claim::written)
			.containsExactly("65,000달러", "70,000달러");
		assertThat(NumericClaims.in("3만큼 올랐다")).extracting(Claim::written).containsExactly("3");
	}

	@Test
	void aSpanIsWhereTheClaimIsInTheText() {
		String text = "BTC: $65,000 (+2.1%), 9,500만 원.";
		for (Claim claim : NumericClaims.in(text)) {
			assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claim.written());
		}
	}

	/**
	 * Dates and times: each row is a text, then year, month, day, hour, minute, second,
	 * zone ("-" for none).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			2026-12-06             | 2026 | 12 | 6 | -  | -  | -  | -
			2026-12-06T14:30:00Z   | 2026 | 12 | 6 | 14 | 30 | 0  | UTC
			2026-12-06T14:30+09:00 | 2026 | 12 | 6 | 14 | 30 | -  | +09:00
			2026-12-06 14:30 UTC   | 2026 | 12 | 6 | 14 | 30 | -  | UTC
			2026-12-06 14:30       | 2026 | 12 | 6 | 14 | 30 | -  | -
			2026.12.06             | 2026 | 12 | 6 | -  | -  | -  | -
			2026/12/06             | 2026 | 12 | 6 | -  | -  | -  | -
			14:30                  | -    | -  | - | 14 | 30 | -  | -
			14:30:05 UTC           | -    | -  | - | 14 | 30 | 5  | UTC
			09:05 KST              | -    | -  | - | 9  | 5  | -  | KST
			2:30 PM                | -    | -  | - | 14 | 30 | -  | -
			12:15 am               | -    | -  | - | 0  | 15 | -  | -
			2 pm UTC               | -    | -  | - | 14 | -  | -  | UTC
			Dec 6, 2026            | 2026 | 12 | 6 | -  | -  | -  | -
			December 6             | -    | 12 | 6 | -  | -  | -  | -
			Sept 30th, 2026        | 2026 | 9  | 30 | - | -  | -  | -
			6 December 2026        | 2026 | 12 | 6 | -  | -  | -  | -
			December 2026          | 2026 | 12 | - | -  | -  | -  | -
			2026년 12월 6일          | 2026 | 12 | 6 | -  | -  | -  | -
			12월 6일                | -    | 12 | 6 | -  | -  | -  | -
			2026년                  | 2026 | -  | - | -  | -  | -  | -
			오후 2시 30분             | -    | -  | - | 14 | 30 | -  | -
			오전 9시                 | -    | -  | - | 9  | -  | -  | -
			14시 30분 KST           | -    | -  | - | 14 | 30 | -  | KST
			""")
	void readsDatesAndTimes(String text, String year, String month, String day, String hour, String minute,
			String second, String zone) {
		List<Claim> claims = NumericClaims.in(text);
		assertThat(claims).hasSize(1);
		TimeClaim claim = (TimeClaim) claims.get(0);
		assertThat(claim.written()).isEqualTo(text);
		assertThat(claim.year()).isEqualTo(part(year));
		assertThat(claim.month()).isEqualTo(part(month));
		assertThat(claim.day()).isEqualTo(part(day));
		assertThat(claim.hour()).isEqualTo(part(hour));
		assertThat(claim.minute()).isEqualTo(part(minute));
		assertThat(claim.second()).isEqualTo(part(second));
		assertThat(claim.zone()).isEqualTo(zone(zone));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			a ratio of 3:1
			24시간 변동률
			May be higher
			""")
	void doesNotTakeOtherThingsForTimes(String text) {
		assertThat(NumericClaims.in(text)).noneMatch(TimeClaim.class::isInstance);
	}

	@Test
	void readsAWholeKoreanAnswer() {
		String text = "2026년 12월 6일 오후 2시 30분 기준 삼성전자(005930)는 55,300원으로 전일 대비 -1.2% 하락했습니다. "
				+ "RSI (14)는 41.2이며 30일 변동성은 28.4%입니다. 시가총액은 330조 원입니다.";
		assertThat(NumericClaims.in(text)).extracting(Claim::written)
			.containsExactly("2026년 12월 6일", "오후 2시 30분", "55,300원", "-1.2%", "14", "41.2", "30일", "28.4%", "330조 원");
	}

	@Test
	void readsAWholeEnglishAnswer() {
		String text = """
				As of 2026-12-06 14:30 UTC:
				1. BTC-USD last traded at $64,321.87 (+2.35% over 24h).
				2. RSI(14) is 58.3 and 30-day volatility is 41.2%.
				3. The S&P 500 (SPY) closed at $612.40; volume was 1.2B shares.
				""";
		assertThat(NumericClaims.in(text)).extracting(Claim::written)
			.containsExactly("2026-12-06 14:30 UTC", "$64,321.87", "+2.35%", "24h", "14", "58.3", "30-day", "41.2%",
					"$612.40", "1.2B");
	}

	private static List<String> split(String expected) {
		return Arrays.stream(expected.split("¦")).map(String::strip).toList();
	}

	private static Integer part(String written) {
		return written.equals("-") ? null : Integer.valueOf(written);
	}

	private static ZoneId zone(String written) {
		return switch (written) {
			case "-" -> null;
			case "UTC" -> ZoneOffset.UTC;
			case "KST" -> ZoneId.of("Asia/Seoul");
			default -> ZoneOffset.of(written);
		};
	}

}
