package sage.server.advisor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sage.server.advisor.analysis.Analyst;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.Unit;
import sage.server.advisor.voice.FactFormat;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline advisor as {@code ./sage serve} runs it with no key and no provider: its
 * facts are the numbers the market API shows for the same things, fetched over HTTP from
 * the paths the facts name as their sources.
 */
@OnEmbeddedDefaults
class OfflineAdvisorIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Instruments instruments;

	@Autowired
	Analyst analyst;

	@Autowired
	OfflineAdvisor advisor;

	@ParameterizedTest
	@ValueSource(strings = { "BTC-USD", "SPY", "005930", "KOSPI" })
	void theAnalystsFactsAreWhatTheMarketApiShows(String symbol) throws Exception {
		Instrument instrument = this.instruments.find(symbol).orElseThrow();

		AssetAnalysis analysis = this.analyst.analyse(instrument);

		JsonNode quote = get("/api/v1/instruments/" + symbol + "/quote");
		Fact price = analysis.fact(Measure.PRICE).orElseThrow();
		assertThat(price.source()).isEqualTo("/api/v1/instruments/" + symbol + "/quote");
		assertThat(price.value()).isEqualByComparingTo(quote.path("price").decimalValue());
		assertThat(price.asOf()).hasToString(quote.path("time").asString());
		assertThat(price.unit()).isEqualTo(symbol.equals("KOSPI") ? Unit.INDEX : Unit.MONEY);
		Fact change = analysis.fact(Measure.CHANGE_1D).orElseThrow();
		assertThat(change.value()).isEqualByComparingTo(quote.path("changePercent").decimalValue());

		assertNewestIndicatorValue(analysis, Measure.RSI_14, symbol, "rsi", 14);
		assertNewestIndicatorValue(analysis, Measure.SMA_50, symbol, "sma", 50);
		assertNewestIndicatorValue(analysis, Measure.SMA_200, symbol, "sma", 200);

		for (Measure measure : List.of(Measure.CHANGE_7D, Measure.CHANGE_30D)) {
			Fact fact = analysis.fact(measure).orElseThrow();
			List<JsonNode> bars = bars(fact);
			BigDecimal first = bars.get(0).path("close").decimalValue();
			BigDecimal last = bars.get(bars.size() - 1).path("close").decimalValue();
			assertThat(fact.value()).as(measure.name())
				.isEqualByComparingTo(last.divide(first, MathContext.DECIMAL64)
					.subtract(BigDecimal.ONE)
					.movePointRight(2)
					.setScale(2, RoundingMode.HALF_UP));
			assertThat(fact.asOf()).hasToString(bars.get(bars.size() - 1).path("time").asString());
		}
		Fact support = analysis.fact(Measure.SUPPORT_30D).orElseThrow();
		assertThat(support.value()).isEqualByComparingTo(bars(support).stream()
			.map((bar) -> bar.path("low").decimalValue())
			.min(BigDecimal::compareTo)
			.orElseThrow());
		Fact resistance = analysis.fact(Measure.RESISTANCE_30D).orElseThrow();
		assertThat(resistance.value()).isEqualByComparingTo(bars(resistance).stream()
			.map((bar) -> bar.path("high").decimalValue())
			.max(BigDecimal::compareTo)
			.orElseThrow());
		Fact volatility = analysis.fact(Measure.VOLATILITY_30D).orElseThrow();
		assertThat(volatility.value().doubleValue())
			.isEqualTo(annualisedVolatility(bars(volatility), symbol.equals("BTC-USD") ? 365 : 252));
		Fact drawdown = analysis.fact(Measure.MAX_DRAWDOWN_90D).orElseThrow();
		assertThat(drawdown.value().signum()).isLessThanOrEqualTo(0);
		assertThat(drawdown.value().doubleValue()).isEqualTo(maxDrawdown(bars(drawdown)));
	}

	@Test
	void offlineThereIsNoFearAndGreedAndNoFactIsMadeUpForIt() {
		assertThat(this.analyst.mood()).isEmpty();

		Answer answer = this.advisor.answer("How is BTC doing?", Profile.UNKNOWN);

		assertThat(answer.facts().find(MarketMood.VALUE)).isEmpty();
		assertThat(answer.text()).contains("Fear & Greed index is not available offline");
	}

	@Test
	void answersHowIsBtcDoingInEnglishWithTheApisNumbers() throws Exception {
		Answer answer = this.advisor.answer("How is BTC doing?", Profile.UNKNOWN);

		assertThat(answer.language()).isEqualTo(Language.ENGLISH);
		assertThat(answer.intent()).isEqualTo(Intent.ONE_ASSET);
		assertThat(answer.symbols()).containsExactly("BTC-USD");
		assertMatchesTheApi(answer);
		assertThat(answer.text()).startsWith("Offline analysis — written from market data, no AI model")
			.contains("Bitcoin (BTC-USD) last traded at ")
			.contains("not financial advice");
		assertThat(answer.risks()).singleElement().satisfies((risk) -> assertThat(risk.symbol()).isEqualTo("BTC-USD"));
	}

	@Test
	void answersTheSameQuestionInKorean() throws Exception {
		Answer answer = this.advisor.answer("비트코인 어때?", Profile.UNKNOWN);

		assertThat(answer.language()).isEqualTo(Language.KOREAN);
		assertThat(answer.intent()).isEqualTo(Intent.ONE_ASSET);
		assertThat(answer.symbols()).containsExactly("BTC-USD");
		assertMatchesTheApi(answer);
		assertThat(answer.text()).startsWith("오프라인 분석 — AI 모델 없이 시장 데이터로 작성")
			.contains("비트코인 (BTC-USD)의 마지막 가격은 ")
			.contains("투자 권유가 아닙니다");
	}

	@Test
	void surveysTheMarketsItHoldsDataFor() {
		Answer answer = this.advisor.answer("How are the markets today?", Profile.UNKNOWN);

		assertThat(answer.intent()).isEqualTo(Intent.MARKET_OVERVIEW);
		assertThat(answer.symbols()).containsExactly("BTC-USD", "SPY", "KOSPI");
		assertThat(answer.risks()).isEmpty();
		for (String symbol : answer.symbols()) {
			Fact price = answer.facts().find(symbol + ".price").orElseThrow();
			assertThat(answer.text()).contains(FactFormat.in(Language.ENGLISH).value(price));
		}
	}

	@Test
	void comparesAndTeachesAndDeclinesInBothLanguages() {
		Answer compare = this.advisor.answer("삼성전자랑 SPY 비교해줘", Profile.UNKNOWN);
		assertThat(compare.intent()).isEqualTo(Intent.COMPARE);
		assertThat(compare.symbols()).containsExactly("005930", "SPY");
		assertThat(compare.text())
			.contains(FactFormat.in(Language.KOREAN).value(compare.facts().find("005930.price").orElseThrow()))
			.contains("원");

		Answer lesson = this.advisor.answer("What is RSI?", Profile.UNKNOWN);
		assertThat(lesson.intent()).isEqualTo(Intent.EDUCATION);
		assertThat(lesson.facts().find("rsi.overbought").orElseThrow().value()).isEqualByComparingTo("70");
		assertThat(lesson.text()).contains("Above 70");

		Answer offTopic = this.advisor.answer("오늘 날씨 어때?", Profile.UNKNOWN);
		assertThat(offTopic.intent()).isEqualTo(Intent.OFF_TOPIC);
		assertThat(offTopic.facts().isEmpty()).isTrue();
		assertThat(offTopic.text()).startsWith("오프라인 분석").contains("제가 잘 아는 분야가 아니어서");
	}

	private void assertMatchesTheApi(Answer answer) throws Exception {
		JsonNode quote = get("/api/v1/instruments/BTC-USD/quote");
		Fact price = answer.facts().find("BTC-USD.price").orElseThrow();
		assertThat(price.value()).isEqualByComparingTo(quote.path("price").decimalValue());
		assertThat(answer.facts().find("BTC-USD.change1d").orElseThrow().value())
			.isEqualByComparingTo(quote.path("changePercent").decimalValue());
		JsonNode rsi = get("/api/v1/instruments/BTC-USD/indicators?name=rsi&interval=1d&period=14");
		JsonNode line = rsi.path("values").path("rsi");
		assertThat(answer.facts().find("BTC-USD.rsi14").orElseThrow().value())
			.isEqualByComparingTo(line.get(line.size() - 1).decimalValue());
		FactFormat format = FactFormat.in(answer.language());
		assertThat(answer.text()).contains(format.value(price))
			.contains(format.value(answer.facts().find("BTC-USD.rsi14").orElseThrow()));
	}

	private void assertNewestIndicatorValue(AssetAnalysis analysis, Measure measure, String symbol, String name,
			int period) throws Exception {
		Fact fact = analysis.fact(measure).orElseThrow();
		assertThat(fact.source())
			.isEqualTo("/api/v1/instruments/" + symbol + "/indicators?name=" + name + "&interval=1d&period=" + period);
		JsonNode values = get(fact.source());
		JsonNode line = values.path("values").path(name);
		assertThat(fact.value()).as(measure.name()).isEqualByComparingTo(line.get(line.size() - 1).decimalValue());
		JsonNode times = values.path("times");
		assertThat(fact.asOf()).hasToString(times.get(times.size() - 1).asString());
	}

	private List<JsonNode> bars(Fact fact) throws Exception {
		assertThat(fact.source()).startsWith("/api/v1/instruments/" + fact.symbol() + "/bars?interval=1d&from=");
		List<JsonNode> bars = new ArrayList<>();
		get(fact.source()).path("bars").forEach(bars::add);
		assertThat(bars).isNotEmpty();
		return bars;
	}

	/** The bars' first close is the one before the window's first return. */
	private static double annualisedVolatility(List<JsonNode> bars, int periodsPerYear) {
		int count = bars.size() - 1;
		double[] returns = new double[count];
		double mean = 0;
		for (int i = 0; i < count; i++) {
			returns[i] = Math.log(bars.get(i + 1).path("close").asDouble() / bars.get(i).path("close").asDouble());
			mean += returns[i] / count;
		}
		double squares = 0;
		for (double r : returns) {
			squares += (r - mean) * (r - mean);
		}
		double annual = Math.sqrt(squares / (count - 1)) * Math.sqrt(periodsPerYear) * 100;
		return BigDecimal.valueOf(annual).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	private static double maxDrawdown(List<JsonNode> bars) {
		double peak = 0;
		double deepest = 0;
		for (JsonNode bar : bars) {
			peak = Math.max(peak, bar.path("close").asDouble());
			deepest = Math.min(deepest, bar.path("close").asDouble() / peak - 1);
		}
		return BigDecimal.valueOf(deepest * 100).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

}
