package sage.server.advisor.reading;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.server.advisor.BundledInstruments;
import sage.server.advisor.Intent;
import sage.server.advisor.Language;
import sage.server.market.Instrument;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionReaderTest {

	private final QuestionReader reader = new QuestionReader(BundledInstruments::find);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# question                                         | language | intent          | instruments         | unknown   | topic
					How is BTC doing?                                  | ENGLISH  | ONE_ASSET       | BTC-USD             | -         | -
					how's bitcoin doing today                          | ENGLISH  | ONE_ASSET       | BTC-USD             | -         | -
					Should I buy Bitcoin now?                          | ENGLISH  | ONE_ASSET       | BTC-USD             | -         | -
					What's BTC's RSI?                                  | ENGLISH  | ONE_ASSET       | BTC-USD             | -         | RSI
					Is BTC-USDT overbought?                            | ENGLISH  | ONE_ASSET       | BTC-USDT            | -         | -
					Tell me about BTCUSDT                              | ENGLISH  | ONE_ASSET       | BTC-USDT            | -         | -
					How is SPY doing?                                  | ENGLISH  | ONE_ASSET       | SPY                 | -         | -
					What about the S&P 500 this month?                 | ENGLISH  | ONE_ASSET       | SPY                 | -         | -
					Is Samsung a good buy?                             | ENGLISH  | ONE_ASSET       | 005930              | -         | -
					How is 005930 doing?                               | ENGLISH  | ONE_ASSET       | 005930              | -         | -
					Quote 005930.KS please                             | ENGLISH  | ONE_ASSET       | 005930              | -         | -
					How is the KOSPI today?                            | ENGLISH  | ONE_ASSET       | KOSPI               | -         | -
					How volatile is SK hynix?                          | ENGLISH  | ONE_ASSET       | 000660              | -         | VOLATILITY
					How is ETH doing?                                  | ENGLISH  | ONE_ASSET       | -                   | ETH-USD   | -
					What do you think of AAPL?                         | ENGLISH  | ONE_ASSET       | -                   | AAPL      | -
					BTC vs SPY                                         | ENGLISH  | COMPARE         | BTC-USD SPY         | -         | -
					Compare bitcoin and ethereum                       | ENGLISH  | COMPARE         | BTC-USD             | ETH-USD   | -
					Which is better, Samsung or Naver?                 | ENGLISH  | COMPARE         | 005930 035420       | -         | -
					Hyundai or LG Chem for the long run?               | ENGLISH  | COMPARE         | 005380 051910       | -         | -
					Is my portfolio too risky?                         | ENGLISH  | PORTFOLIO       | -                   | -         | -
					How much of my portfolio should be in BTC?         | ENGLISH  | PORTFOLIO       | BTC-USD             | -         | -
					Should I rebalance into SPY?                       | ENGLISH  | PORTFOLIO       | SPY                 | -         | -
					Backtest an RSI strategy on BTC                    | ENGLISH  | STRATEGY        | BTC-USD             | -         | RSI
					What if I had bought SPY with a golden cross rule? | ENGLISH  | STRATEGY        | SPY                 | -         | -
					What is RSI?                                       | ENGLISH  | EDUCATION       | -                   | -         | RSI
					Explain volatility to me                           | ENGLISH  | EDUCATION       | -                   | -         | VOLATILITY
					What does max drawdown mean?                       | ENGLISH  | EDUCATION       | -                   | -         | DRAWDOWN
					Is dollar-cost averaging a good idea?              | ENGLISH  | EDUCATION       | -                   | -         | DOLLAR_COST_AVERAGING
					What is the fear and greed index?                  | ENGLISH  | EDUCATION       | -                   | -         | FEAR_GREED
					What is a moving average?                          | ENGLISH  | EDUCATION       | -                   | -         | MOVING_AVERAGE
					How are the markets today?                         | ENGLISH  | MARKET_OVERVIEW | -                   | -         | -
					Is it a good time to invest?                       | ENGLISH  | MARKET_OVERVIEW | -                   | -         | -
					How is crypto doing this week?                     | ENGLISH  | MARKET_OVERVIEW | -                   | -         | -
					How's the fear & greed today in the market?        | ENGLISH  | MARKET_OVERVIEW | -                   | -         | FEAR_GREED
					What's the weather in Seoul?                       | ENGLISH  | OFF_TOPIC       | -                   | -         | -
					Write me a poem about cats                         | ENGLISH  | OFF_TOPIC       | -                   | -         | -
					Which version of Java should I use?                | ENGLISH  | OFF_TOPIC       | -                   | -         | -
					HOW IS THE WEATHER                                 | ENGLISH  | OFF_TOPIC       | -                   | -         | -
					비트코인 어때?                                         | KOREAN   | ONE_ASSET       | BTC-USD             | -         | -
					비트코인은 요즘 어때요?                                   | KOREAN   | ONE_ASSET       | BTC-USD             | -         | -
					BTC 지금 사도 돼?                                     | KOREAN   | ONE_ASSET       | BTC-USD             | -         | -
					삼성전자 주가 어때?                                     | KOREAN   | ONE_ASSET       | 005930              | -         | -
					삼전 전망 알려줘                                        | KOREAN   | ONE_ASSET       | 005930              | -         | -
					코스피 오늘 어때?                                       | KOREAN   | ONE_ASSET       | KOSPI               | -         | -
					하이닉스 RSI 알려줘                                     | KOREAN   | ONE_ASSET       | 000660              | -         | RSI
					네이버 변동성이 커?                                      | KOREAN   | ONE_ASSET       | 035420              | -         | VOLATILITY
					이더리움 어때?                                         | KOREAN   | ONE_ASSET       | -                   | ETH-USD   | -
					비트코인이랑 삼성전자 비교해줘                               | KOREAN   | COMPARE         | BTC-USD 005930      | -         | -
					현대차랑 LG화학 중에 뭐가 나아?                              | KOREAN   | COMPARE         | 005380 051910       | -         | -
					SPY하고 코스피 비교                                    | KOREAN   | COMPARE         | SPY KOSPI           | -         | -
					내 포트폴리오 괜찮아?                                    | KOREAN   | PORTFOLIO       | -                   | -         | -
					비트코인 비중을 얼마나 둘까?                                 | KOREAN   | PORTFOLIO       | BTC-USD             | -         | -
					비트코인 RSI 전략 백테스트 해줘                              | KOREAN   | STRATEGY        | BTC-USD             | -         | RSI
					골든크로스 매매법 알려줘                                    | KOREAN   | STRATEGY        | -                   | -         | -
					RSI가 뭐야?                                          | KOREAN   | EDUCATION       | -                   | -         | RSI
					변동성이 뭐예요?                                        | KOREAN   | EDUCATION       | -                   | -         | VOLATILITY
					최대 낙폭이란?                                         | KOREAN   | EDUCATION       | -                   | -         | DRAWDOWN
					적립식 투자란 무엇인가요?                                   | KOREAN   | EDUCATION       | -                   | -         | DOLLAR_COST_AVERAGING
					공포탐욕 지수가 뭐야?                                     | KOREAN   | EDUCATION       | -                   | -         | FEAR_GREED
					이동평균선 설명해줘                                       | KOREAN   | EDUCATION       | -                   | -         | MOVING_AVERAGE
					요즘 시장 어때?                                         | KOREAN   | MARKET_OVERVIEW | -                   | -         | -
					코인 시장 분위기 어때?                                     | KOREAN   | MARKET_OVERVIEW | -                   | -         | -
					지금 투자해도 될까?                                       | KOREAN   | MARKET_OVERVIEW | -                   | -         | -
					오늘 날씨 어때?                                         | KOREAN   | OFF_TOPIC       | -                   | -         | -
					점심 뭐 먹지?                                          | KOREAN   | OFF_TOPIC       | -                   | -         | -
					트리플 크라운이 뭐야?                                      | KOREAN   | OFF_TOPIC       | -                   | -         | -
					""")
	void readsTheQuestion(String question, Language language, Intent intent, @Nullable String instruments,
			@Nullable String unknown, @Nullable Topic topic) {
		Question read = this.reader.read(question);

		assertThat(read.language()).as("language").isEqualTo(language);
		assertThat(read.intent()).as("intent").isEqualTo(intent);
		assertThat(read.instruments().stream().map(Instrument::symbol)).as("instruments")
			.containsExactlyElementsOf(words(instruments));
		assertThat(read.unknown()).as("unknown").containsExactlyElementsOf(words(unknown));
		assertThat(read.topic()).as("topic").isEqualTo(topic);
	}

	@Test
	void namesTheSameInstrumentOnceWhateverItIsCalled() {
		Question read = this.reader.read("BTC, bitcoin, 비트코인 and BTC-USD: how is it doing?");

		assertThat(read.instruments()).containsExactly(BundledInstruments.BTC_USD);
		assertThat(read.intent()).isEqualTo(Intent.ONE_ASSET);
	}

	@Test
	void keepsTheOrderTheAssetsWereNamedIn() {
		Question read = this.reader.read("Compare SPY, Samsung and BTC");

		assertThat(read.instruments().stream().map(Instrument::symbol)).containsExactly("SPY", "005930", "BTC-USD");
	}

	@Test
	void keepsTheQuestionAsAsked() {
		assertThat(this.reader.read("  How is BTC doing?").text()).isEqualTo("  How is BTC doing?");
	}

	private static List<String> words(@Nullable String text) {
		return (text == null) ? List.of() : Arrays.asList(text.trim().split("\\s+"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			And its RSI?                 | How is BTC doing?          | BTC-USD         | ONE_ASSET
			What about them this week?   | Compare BTC and SPY        | BTC-USD,SPY     | COMPARE
			그럼 그거 변동성은?            | 비트코인 어때?               | BTC-USD         | ONE_ASSET
			And SPY?                     | How is BTC doing?          | SPY             | ONE_ASSET
			What is RSI?                 | How is BTC doing?          | ''              | EDUCATION
			""")
	void aQuestionThatPointsBackIsAboutTheAssetsTheChatWasAbout(String question, String before, String symbols,
			String intent) {
		var read = this.reader.read(question, List.of("hello", before));
		assertThat(read.instruments().stream().map((i) -> i.symbol()).toList())
			.isEqualTo(symbols.isEmpty() ? List.of() : List.of(symbols.split(",")));
		assertThat(read.intent().name()).isEqualTo(intent);
	}

	@Test
	void withoutAnEarlierAssetAPointingQuestionStaysAsItIs() {
		assertThat(this.reader.read("And its RSI?", List.of("hello"))).isEqualTo(this.reader.read("And its RSI?"));
	}

}
