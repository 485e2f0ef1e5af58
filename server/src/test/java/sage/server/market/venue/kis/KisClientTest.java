package sage.server.market.venue.kis;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sage.engine.series.Timeframe;
import sage.server.market.provider.Quote;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.venue.Payloads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * KIS against WireMock serving answers built from KIS's documented fields (no recorded
 * KIS answers are available: see the fixtures' PROVENANCE.md).
 */
class KisClientTest {

	private static final String TOKEN = "/oauth2/tokenP";

	private static final String PRICE = "/uapi/domestic-stock/v1/quotations/inquire-price";

	private static final String CHART = "/uapi/domestic-stock/v1/quotations/inquire-daily-itemchartprice";

	private static final String APP_KEY = "PSappkey-secret-value-1234";

	private static final String APP_SECRET = "appsecret-secret-value-5678";

	private static final String ACCESS_TOKEN = "test-access-token-not-issued-by-kis-0001";

	private static final String EXPIRED = "{\"rt_cd\":\"1\",\"msg_cd\":\"EGW00123\",\"msg1\":\"기간이 만료된 token 입니다.\"}";

	@RegisterExtension
	static final WireMockExtension KIS = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final MovableClock clock = new MovableClock();

	private KisClient client;

	private UpstreamPolicy policy;

	@BeforeEach
	void connect() {
		KisProperties settings = new KisProperties(true, URI.create(KIS.baseUrl()), APP_KEY, APP_SECRET, "J", true,
				Duration.ofMinutes(10), Payloads.QUICK.timeout());
		this.policy = new UpstreamPolicy("kis", Payloads.QUICK, this.clock);
		this.client = KisClient.create(settings, this.policy, this.clock);
	}

	@Test
	void readsThePriceFieldByField() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(PRICE)).withQueryParam("FID_COND_MRKT_DIV_CODE", equalTo("J"))
			.withQueryParam("FID_INPUT_ISCD", equalTo("005930"))
			.willReturn(okJson(Payloads.read("kis/inquire-price_005930.json"))));
		assertThat(this.client.quotes(List.of("005930.KS"))).singleElement().satisfies((quote) -> {
			assertThat(quote.venueSymbol()).isEqualTo("005930");
			assertThat(quote.price()).isEqualTo(new BigDecimal("71100"));
			assertThat(quote.previousClose()).isEqualTo(new BigDecimal("71900"));
			assertThat(quote.change()).isEqualTo(new BigDecimal("-800"));
			assertThat(quote.changePercent()).isEqualTo(new BigDecimal("-1.11"));
			assertThat(quote.volume()).isEqualTo(new BigDecimal("11354253"));
			assertThat(quote.currency()).isEqualTo("KRW");
			assertThat(quote.time()).isEqualTo(this.clock.instant());
		});
	}

	@Test
	void sendsTheTokenAndKeysKisAsks() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(PRICE)).willReturn(okJson(Payloads.read("kis/inquire-price_005930.json"))));
		this.client.quotes(List.of("005930"));
		KIS.verify(postRequestedFor(urlPathEqualTo(TOKEN))
			.withRequestBody(equalToJson("{\"grant_type\":\"client_credentials\",\"appkey\":\"" + APP_KEY
					+ "\",\"appsecret\":\"" + APP_SECRET + "\"}")));
		KIS.verify(getRequestedFor(urlPathEqualTo(PRICE)).withHeader("authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withHeader("appkey", equalTo(APP_KEY))
			.withHeader("appsecret", equalTo(APP_SECRET))
			.withHeader("tr_id", equalTo("FHKST01010100"))
			.withHeader("custtype", equalTo("P")));
	}

	@Test
	void keepsOneTokenUntilShortlyBeforeItExpires() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(PRICE)).willReturn(okJson(Payloads.read("kis/inquire-price_005930.json"))));
		this.client.quotes(List.of("005930"));
		this.clock.advance(Duration.ofHours(23).plusMinutes(49));
		this.client.quotes(List.of("005930"));
		KIS.verify(1, postRequestedFor(urlPathEqualTo(TOKEN)));
		// inside the last 10 minutes of its 24 hours the token is replaced
		this.clock.advance(Duration.ofMinutes(2));
		this.client.quotes(List.of("005930"));
		KIS.verify(2, postRequestedFor(urlPathEqualTo(TOKEN)));
	}

	@Test
	void callersThatNeedATokenTogetherShareOneRequest() throws Exception {
		KIS.stubFor(
				post(urlPathEqualTo(TOKEN)).willReturn(okJson(Payloads.read("kis/tokenP.json")).withFixedDelay(300)));
		KIS.stubFor(get(urlPathEqualTo(PRICE)).willReturn(okJson(Payloads.read("kis/inquire-price_005930.json"))));
		List<Callable<List<Quote>>> callers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			callers.add(() -> this.client.quotes(List.of("005930")));
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (Future<List<Quote>> answer : pool.invokeAll(callers)) {
				assertThat(answer.get()).hasSize(1);
			}
		}
		KIS.verify(1, postRequestedFor(urlPathEqualTo(TOKEN)));
		KIS.verify(8, getRequestedFor(urlPathEqualTo(PRICE)));
	}

	@Test
	void replacesAnExpiredTokenOnceAndCallsAgain() {
		KIS.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("tokens")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(Payloads.read("kis/tokenP.json")))
			.willSetStateTo("second"));
		KIS.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("tokens")
			.whenScenarioStateIs("second")
			.willReturn(
					okJson("{\"access_token\":\"second-test-token\",\"token_type\":\"Bearer\",\"expires_in\":86400}")));
		KIS.stubFor(get(urlPathEqualTo(PRICE)).withHeader("authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.willReturn(okJson(EXPIRED)));
		KIS.stubFor(get(urlPathEqualTo(PRICE)).withHeader("authorization", equalTo("Bearer second-test-token"))
			.willReturn(okJson(Payloads.read("kis/inquire-price_005930.json"))));
		assertThat(this.client.quotes(List.of("005930"))).hasSize(1);
		KIS.verify(2, postRequestedFor(urlPathEqualTo(TOKEN)));
		KIS.verify(2, getRequestedFor(urlPathEqualTo(PRICE)));
	}

	@Test
	void givesUpWhenTheNewTokenIsRejectedToo() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(PRICE)).willReturn(okJson(EXPIRED)));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("005930")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.UNAUTHORIZED))
			.withMessageContaining("EGW00123");
		KIS.verify(2, postRequestedFor(urlPathEqualTo(TOKEN)));
		KIS.verify(2, getRequestedFor(urlPathEqualTo(PRICE)));
	}

	@Test
	void waitsASecondAfterThePerSecondLimitSentAsHttp500() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(PRICE)).inScenario("busy")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"rt_cd\":\"1\",\"msg_cd\":\"EGW00201\",\"msg1\":\"초당 거래건수를 초과하였습니다.\"}"))
			.willSetStateTo("free"));
		KIS.stubFor(get(urlPathEqualTo(PRICE)).inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(okJson(Payloads.read("kis/inquire-price_005930.json"))));
		long started = System.nanoTime();
		assertThat(this.client.quotes(List.of("005930"))).hasSize(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(KisErrors.PER_SECOND);
		KIS.verify(2, getRequestedFor(urlPathEqualTo(PRICE)));
	}

	@Test
	void aTokenRefusedForFrequencyBlocksAMinute() {
		KIS.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_description\":\"접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)\",\"error_code\":\"EGW00133\"}")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("005930")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(1));
			});
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("005930")));
		KIS.verify(1, postRequestedFor(urlPathEqualTo(TOKEN)));
	}

	@Test
	void neverPutsKeysOrTokensInMessages() {
		KIS.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("secrets")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(403)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error_description\":\"유효하지 않은 AppKey입니다.\",\"error_code\":\"EGW00103\"}"))
			.willSetStateTo("truncated"));
		// a token answer cut off mid-token: the body must not be quoted
		KIS.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("secrets")
			.whenScenarioStateIs("truncated")
			.willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN)));
		List<UpstreamException> faults = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			try {
				this.client.quotes(List.of("005930"));
			}
			catch (UpstreamException ex) {
				faults.add(ex);
			}
		}
		assertThat(faults).extracting(UpstreamException::kind).containsExactly(Kind.UNAUTHORIZED, Kind.MALFORMED);
		for (UpstreamException fault : faults) {
			assertThat(fault).hasMessageNotContaining(APP_KEY)
				.hasMessageNotContaining(APP_SECRET)
				.hasMessageNotContaining(ACCESS_TOKEN);
			assertThat(fault.getCause()).isNull();
		}
		assertThat(this.policy.status().lastError()).doesNotContain(ACCESS_TOKEN).doesNotContain(APP_SECRET);
		KisProperties settings = new KisProperties(true, URI.create(KIS.baseUrl()), APP_KEY, APP_SECRET, "J", true,
				Duration.ofMinutes(10), Duration.ofSeconds(1));
		assertThat(settings.toString()).doesNotContain(APP_KEY).doesNotContain(APP_SECRET);
		assertThat(new KisToken(ACCESS_TOKEN, Instant.EPOCH).toString()).doesNotContain(ACCESS_TOKEN);
	}

	@Test
	void readsDailyBarsOldestFirstAtTheSessionOpen() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(CHART))
			.willReturn(okJson(Payloads.read("kis/inquire-daily-itemchartprice_005930_D.json"))));
		List<RawBar> bars = this.client.bars("005930", Timeframe.D1, Instant.parse("2025-08-07T00:00:00Z"),
				Instant.parse("2025-08-12T00:00:00Z"));
		assertThat(bars).containsExactly(
				new RawBar(Instant.parse("2025-08-07T00:00:00Z"), 70900, 71800, 70600, 71500, 13021877),
				new RawBar(Instant.parse("2025-08-08T00:00:00Z"), 71500, 72300, 71100, 71900, 15797656),
				new RawBar(Instant.parse("2025-08-11T00:00:00Z"), 72000, 72100, 70800, 71100, 11354253));
		KIS.verify(getRequestedFor(urlPathEqualTo(CHART)).withHeader("tr_id", equalTo("FHKST03010100"))
			.withQueryParam("FID_INPUT_ISCD", equalTo("005930"))
			.withQueryParam("FID_INPUT_DATE_1", equalTo("20250807"))
			.withQueryParam("FID_INPUT_DATE_2", equalTo("20250811"))
			.withQueryParam("FID_PERIOD_DIV_CODE", equalTo("D"))
			.withQueryParam("FID_ORG_ADJ_PRC", equalTo("0")));
	}

	@Test
	void opensAWeeklyBarOnItsMonday() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(CHART)).withQueryParam("FID_PERIOD_DIV_CODE", equalTo("W"))
			.willReturn(okJson(Payloads.read("kis/inquire-daily-itemchartprice_005930_D.json"))));
		List<RawBar> bars = this.client.bars("005930", Timeframe.W1, Instant.parse("2025-08-01T00:00:00Z"),
				Instant.parse("2025-08-18T00:00:00Z"));
		// the rows dated 2025-08-07 and 2025-08-08 both fall in the week of Monday 08-04
		assertThat(bars).extracting(RawBar::openTime)
			.containsExactly(Instant.parse("2025-08-04T00:00:00Z"), Instant.parse("2025-08-11T00:00:00Z"));
	}

	@Test
	void pagesBackByDateWhileKisAnswersFullPages() {
		issueTokens();
		// a full page of 100 rows derived from a fixture row by changing its date
		String row = "{\"stck_bsop_date\":\"%s\",\"stck_clpr\":\"71100\",\"stck_oprc\":\"72000\",\"stck_hgpr\":\"72100\","
				+ "\"stck_lwpr\":\"70800\",\"acml_vol\":\"11354253\"}";
		StringBuilder page = new StringBuilder("{\"output1\":{},\"rt_cd\":\"0\",\"msg_cd\":\"MCA00000\",\"output2\":[");
		java.time.LocalDate day = java.time.LocalDate.of(2025, 12, 31);
		for (int i = 0; i < KisClient.BARS_PER_CALL; i++) {
			page.append((i > 0) ? "," : "")
				.append(row.formatted(day.minusDays(i).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
		}
		page.append("]}");
		KIS.stubFor(get(urlPathEqualTo(CHART)).withQueryParam("FID_INPUT_DATE_2", equalTo("20251231"))
			.willReturn(okJson(page.toString())));
		KIS.stubFor(get(urlPathEqualTo(CHART)).withQueryParam("FID_INPUT_DATE_2", equalTo("20250922"))
			.willReturn(okJson(Payloads.read("kis/inquire-daily-itemchartprice_005930_D.json"))));
		List<RawBar> bars = this.client.bars("005930", Timeframe.D1, Instant.parse("2025-08-01T00:00:00Z"),
				Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(bars).hasSize(103);
		assertThat(bars.get(0).openTime()).isEqualTo(Instant.parse("2025-08-07T00:00:00Z"));
		KIS.verify(2, getRequestedFor(urlPathEqualTo(CHART)));
	}

	@Test
	void refusesIntervalsKisDoesNotServeWithoutCalling() {
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("005930", Timeframe.H1, Instant.parse("2025-08-01T00:00:00Z"),
					Instant.parse("2025-08-02T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND));
		KIS.verify(0, postRequestedFor(urlPathEqualTo(TOKEN)));
	}

	@Test
	void leavesACodeWithoutAPriceOut() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(PRICE)).withQueryParam("FID_INPUT_ISCD", equalTo("999999"))
			.willReturn(okJson("{\"output\":{},\"rt_cd\":\"0\",\"msg_cd\":\"MCA00000\",\"msg1\":\"정상처리 되었습니다.\"}")));
		assertThat(this.client.quotes(List.of("999999"))).isEmpty();
	}

	@Test
	void retriesA5xxThenAnswers() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(PRICE)).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"))
			.willSetStateTo("up"));
		KIS.stubFor(get(urlPathEqualTo(PRICE)).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson(Payloads.read("kis/inquire-price_005930.json"))));
		assertThat(this.client.quotes(List.of("005930"))).hasSize(1);
	}

	@Test
	void classifiesATimeoutAResetAndTruncatedJson() {
		issueTokens();
		KIS.stubFor(get(urlPathEqualTo(PRICE)).withQueryParam("FID_INPUT_ISCD", equalTo("000001"))
			.willReturn(okJson(Payloads.read("kis/inquire-price_005930.json"))
				.withFixedDelay(Payloads.SLOWER_THAN_TIMEOUT)));
		KIS.stubFor(get(urlPathEqualTo(PRICE)).withQueryParam("FID_INPUT_ISCD", equalTo("000002"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		KIS.stubFor(get(urlPathEqualTo(PRICE)).withQueryParam("FID_INPUT_ISCD", equalTo("000003"))
			.willReturn(okJson(Payloads.truncated("kis/inquire-price_005930.json"))));
		assertKind("000001", Kind.TIMEOUT);
		assertKind("000002", Kind.CONNECTION);
		assertKind("000003", Kind.MALFORMED);
	}

	private void assertKind(String code, Kind kind) {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of(code)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

	private static void issueTokens() {
		KIS.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(containing("client_credentials"))
			.willReturn(okJson(Payloads.read("kis/tokenP.json"))));
	}

	/** A clock the test moves; read from several threads. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-11-23T12:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
