package sage.server.market.ingest;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.identity.ApiKeys;
import sage.server.identity.account.Accounts;
import sage.server.market.AssetClass;
import sage.server.market.IngestionRunStarted;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.PriceHistory;
import sage.server.market.TickBand;
import sage.server.market.catalog.InstrumentCatalog;
import sage.server.market.catalog.InstrumentDefinition;
import sage.server.market.provider.MovableClock;
import sage.server.market.provider.RecordedPayloads;
import sage.server.testing.TestAccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scheduled ingestion end to end, on every database Sage supports: jobs fetch from a
 * stand-in for Yahoo serving the recorded AAPL daily chart (and an altered copy, see
 * PROVENANCE.md beside it), and the bars land in storage, the refused rows in the
 * quarantine, the runs in the run table, the API and the metrics. The clock stands on
 * Saturday 2020-11-07, the day after the recording's last bar.
 */
@TestPropertySource(properties = { "sage.market.providers.yahoo.enabled=true",
		"sage.market.providers.yahoo.max-attempts=3", "sage.market.providers.yahoo.initial-backoff=5ms",
		"sage.market.providers.yahoo.max-backoff=20ms", "sage.market.providers.yahoo.max-retry-after=2s",
		"sage.market.providers.yahoo.timeout=5s", "sage.market.providers.yahoo.failure-rate-percent=100",
		"sage.market.providers.yahoo.window=1000", "sage.market.ingestion.jobs.aapl-daily.provider=yahoo",
		"sage.market.ingestion.jobs.aapl-daily.symbols=AAPL", "sage.market.ingestion.jobs.aapl-daily.interval=1d",
		"sage.market.ingestion.jobs.aapl-daily.backfill=120d", "sage.market.ingestion.jobs.aapl-daily.derive=1w",
		"sage.market.ingestion.jobs.altered-daily.provider=yahoo",
		"sage.market.ingestion.jobs.altered-daily.symbols=ZZ.ALTERED",
		"sage.market.ingestion.jobs.altered-daily.interval=1d",
		"sage.market.ingestion.jobs.altered-daily.backfill=120d",
		"sage.market.ingestion.jobs.flaky-daily.provider=yahoo",
		"sage.market.ingestion.jobs.flaky-daily.symbols=ZZ.FLAKY,ZZ.DOWN",
		"sage.market.ingestion.jobs.flaky-daily.interval=1d", "sage.market.ingestion.jobs.flaky-daily.backfill=120d",
		"sage.market.ingestion.jobs.slow-daily.provider=yahoo", "sage.market.ingestion.jobs.slow-daily.symbols=ZZ.SLOW",
		"sage.market.ingestion.jobs.slow-daily.interval=1d", "sage.market.ingestion.jobs.slow-daily.backfill=120d",
		"sage.market.ingestion.jobs.scheduled-daily.provider=yahoo",
		"sage.market.ingestion.jobs.scheduled-daily.symbols=ZZ.SCHEDULED",
		"sage.market.ingestion.jobs.scheduled-daily.interval=1d", "sage.market.ingestion.jobs.scheduled-daily.every=1s",
		"sage.market.ingestion.jobs.scheduled-daily.enabled=true" })
abstract class IngestionContract {

	static final Instant NOW = Instant.parse("2020-11-07T00:00:00Z");

	static final WireMockServer YAHOO = new WireMockServer(options().dynamicPort());

	static {
		YAHOO.start();
	}

	@DynamicPropertySource
	static void yahoo(DynamicPropertyRegistry registry) {
		registry.add("sage.market.providers.yahoo.base-url", YAHOO::baseUrl);
	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	Ingestion ingestion;

	@Autowired
	IngestionRuns runs;

	@Autowired
	PriceHistory history;

	@Autowired
	Instruments instruments;

	@Autowired
	InstrumentCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry registry;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiKeys apiKeys;

	@BeforeEach
	void defineInstrumentsAndResetTheStandIn() {
		for (String symbol : List.of("AAPL", "ZZ.ALTERED", "ZZ.FLAKY", "ZZ.DOWN", "ZZ.SLOW")) {
			this.catalog.upsert(new InstrumentDefinition(symbol, symbol + " (ingestion test)", null,
					AssetClass.US_STOCK, "NASDAQ", "USD", ZoneId.of("America/New_York"), "09:30-16:00",
					List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01"))), BigDecimal.ONE, List.of()));
		}
		this.instruments.forgetCached();
		YAHOO.resetAll();
	}

	@Test
	void backfillsThenStoresNothingNewThenRepairsAGap() {
		serve("AAPL", "chart-AAPL-2020-08-31-to-2020-11-07.json");

		IngestionRun first = runToEnd("aapl-daily");

		assertThat(first.result()).isEqualTo(IngestionRun.Result.SUCCEEDED);
		assertThat(first.rowsFetched()).isEqualTo(49);
		// 49 days and the 10 weeks they make
		assertThat(first.rowsStored()).isEqualTo(59);
		assertThat(first.rowsQuarantined()).isZero();
		BarSeries days = bars("AAPL", Timeframe.D1);
		assertThat(days.size()).isEqualTo(49);
		assertThat(days.time(0)).isEqualTo(Instant.parse("2020-08-31T13:30:00Z").toEpochMilli());
		assertThat(days.close(0)).isEqualTo(129.0399932861328);
		BarSeries weeks = bars("AAPL", Timeframe.W1);
		assertThat(weeks.size()).isEqualTo(10);
		assertThat(weeks.time(0)).isEqualTo(Instant.parse("2020-08-31T13:30:00Z").toEpochMilli());
		assertThat(weeks.open(0)).isEqualTo(days.open(0));
		assertThat(weeks.close(0)).isEqualTo(days.close(4));
		assertThat(weeks.time(9)).isEqualTo(Instant.parse("2020-11-02T14:30:00Z").toEpochMilli());
		YAHOO.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL"))
			.withQueryParam("period1", equalTo(String.valueOf(NOW.minus(Duration.ofDays(120)).getEpochSecond())))
			.withQueryParam("interval", equalTo("1d")));

		IngestionRun second = runToEnd("aapl-daily");

		assertThat(second.result()).isEqualTo(IngestionRun.Result.SUCCEEDED);
		// from the newest stored bar on, that bar included
		assertThat(second.rowsFetched()).isEqualTo(1);
		assertThat(second.rowsStored()).isZero();
		YAHOO.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL")).withQueryParam("period1",
				equalTo(String.valueOf(Instant.parse("2020-11-06T14:30:00Z").getEpochSecond()))));

		int deleted = this.jdbc.update("""
				delete from market_bar where timeframe = '1d' and open_time >= ? and open_time < ?
				  and instrument_id = (select id from market_instrument where symbol = 'AAPL')""",
				utc("2020-09-14T00:00:00Z"), utc("2020-09-19T00:00:00Z"));
		assertThat(deleted).isEqualTo(5);

		IngestionRun third = runToEnd("aapl-daily");

		assertThat(third.result()).isEqualTo(IngestionRun.Result.SUCCEEDED);
		assertThat(third.rowsStored()).isEqualTo(5);
		assertThat(bars("AAPL", Timeframe.D1)).isEqualTo(days);
		// the gap is asked for from the day after the bar before it (Friday 11 September)
		YAHOO.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL"))
			.withQueryParam("period1", equalTo(String.valueOf(Instant.parse("2020-09-12T13:30:00Z").getEpochSecond())))
			.withQueryParam("period2",
					equalTo(String.valueOf(Instant.parse("2020-09-21T13:30:00Z").getEpochSecond()))));

		assertThat(this.registry.get(IngestionMetrics.ROWS)
			.tag("job", "aapl-daily")
			.tag("outcome", "stored")
			.counter()
			.count()).isEqualTo(64);
		assertThat(this.registry.get(IngestionMetrics.RUNS)
			.tag("job", "aapl-daily")
			.tag("result", "succeeded")
			.counter()
			.count()).isEqualTo(3);
		assertThat(this.registry.get(IngestionMetrics.DURATION).tag("job", "aapl-daily").timer().count()).isEqualTo(3);
		assertThat(this.registry.get(IngestionMetrics.LAST_SUCCESS).tag("job", "aapl-daily").gauge().value())
			.isEqualTo(NOW.getEpochSecond());
	}

	@Test
	void quarantinesExactlyTheAlteredRowsWithTheirReasons() throws Exception {
		serve("ZZ.ALTERED", "chart-AAPL-2020-08-31-to-2020-11-07-altered.json");

		IngestionRun run = runToEnd("altered-daily");

		assertThat(run.result()).isEqualTo(IngestionRun.Result.SUCCEEDED);
		assertThat(run.rowsFetched()).isEqualTo(49);
		assertThat(run.rowsQuarantined()).isEqualTo(5);
		assertThat(run.rowsStored()).isEqualTo(44);
		BarSeries stored = bars("ZZ.ALTERED", Timeframe.D1);
		assertThat(stored.size()).isEqualTo(44);
		for (String refused : List.of("2020-09-04T13:30:00Z", "2020-09-14T13:30:00Z", "2020-09-28T13:30:00Z",
				"2020-10-12T13:30:00Z")) {
			assertThat(stored.times()).doesNotContain(Instant.parse(refused).toEpochMilli());
		}
		// of the two rows sent for 23 October the first, the real one, is kept
		int october23 = stored.indexAtOrAfter(Instant.parse("2020-10-23T13:30:00Z").toEpochMilli());
		assertThat(stored.close(october23)).isEqualTo(115.04000091552734);

		HttpResponse<String> response = httpGet("/api/v1/market/ingestion/altered-daily/quarantine?limit=10");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode items = this.json.readTree(response.body()).path("items");
		assertThat(items.findValuesAsString("reason")).containsExactlyInAnyOrder("high is below low",
				"price or volume is not a finite number", "volume is negative", "price is zero or negative",
				"duplicate open time");
		JsonNode nan = items.valueStream()
			.filter((item) -> item.path("reason").asString().equals("price or volume is not a finite number"))
			.findFirst()
			.orElseThrow();
		assertThat(nan.path("openTime").asString()).isEqualTo("2020-09-14T13:30:00Z");
		assertThat(nan.path("close").asString()).isEqualTo("NaN");
		assertThat(nan.path("symbol").asString()).isEqualTo("ZZ.ALTERED");

		IngestionRun again = runToEnd("altered-daily");
		assertThat(again.rowsStored()).isZero();
		assertThat(this.ingestion.quarantine("altered-daily", 100)).as("the same bad row is kept once").hasSize(5);
	}

	@Test
	void aFailedSymbolKeepsWhatTheOthersStoredAndTheNextRunResumes() {
		// a 500, then a 429 that asks for no wait, then the chart: all inside one call
		YAHOO.stubFor(get(urlPathEqualTo("/v8/finance/chart/ZZ.FLAKY")).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("limited"));
		YAHOO.stubFor(get(urlPathEqualTo("/v8/finance/chart/ZZ.FLAKY")).inScenario("flaky")
			.whenScenarioStateIs("limited")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
			.willSetStateTo("answered"));
		YAHOO.stubFor(get(urlPathEqualTo("/v8/finance/chart/ZZ.FLAKY")).inScenario("flaky")
			.whenScenarioStateIs("answered")
			.willReturn(chart("chart-AAPL-2020-08-31-to-2020-11-07.json")));
		YAHOO.stubFor(get(urlPathEqualTo("/v8/finance/chart/ZZ.DOWN")).willReturn(aResponse().withStatus(503)));

		IngestionRun failed = runToEnd("flaky-daily");

		assertThat(failed.result()).isEqualTo(IngestionRun.Result.FAILED);
		assertThat(failed.error()).startsWith("ZZ.DOWN: ").contains("503");
		assertThat(failed.rowsStored()).isEqualTo(49);
		assertThat(bars("ZZ.FLAKY", Timeframe.D1).size()).isEqualTo(49);
		YAHOO.verify(3, getRequestedFor(urlPathEqualTo("/v8/finance/chart/ZZ.FLAKY")));
		assertThat(this.ingestion.job("flaky-daily").lastSuccess()).isNull();

		serve("ZZ.DOWN", "chart-AAPL-2020-08-31-to-2020-11-07.json");
		IngestionRun resumed = runToEnd("flaky-daily");

		assertThat(resumed.result()).isEqualTo(IngestionRun.Result.SUCCEEDED);
		assertThat(resumed.error()).isNull();
		assertThat(resumed.rowsStored()).isEqualTo(49);
		assertThat(bars("ZZ.DOWN", Timeframe.D1).size()).isEqualTo(49);
		assertThat(this.registry.get(IngestionMetrics.RUNS)
			.tag("job", "flaky-daily")
			.tag("result", "failed")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void theApiListsJobsStartsARunAndRefusesASecondWhileItGoes() throws Exception {
		YAHOO.stubFor(get(urlPathEqualTo("/v8/finance/chart/ZZ.SLOW"))
			.willReturn(chart("chart-AAPL-2020-08-31-to-2020-11-07.json").withFixedDelay(1500)));

		TestAccounts.AdministratorKey admin = TestAccounts.newAdministratorKey(this.accounts, this.apiKeys);
		HttpResponse<String> anonymous = httpPost("/api/v1/market/ingestion/slow-daily/runs", null);
		HttpResponse<String> started = httpPost("/api/v1/market/ingestion/slow-daily/runs", admin.key());
		HttpResponse<String> again = httpPost("/api/v1/market/ingestion/slow-daily/runs", admin.key());

		// starting a run is an administrator's; the start is audited with them as the
		// actor
		assertThat(anonymous.statusCode()).isEqualTo(401);

		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		JsonNode run = this.json.readTree(started.body());
		assertThat(run.path("job").asString()).isEqualTo("slow-daily");
		assertThat(run.path("result").asString()).isEqualTo("RUNNING");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
		assertThat(this.json.readTree(again.body()).path("code").asString()).isEqualTo("ingestion-running");
		assertThat(this.jdbc.queryForList(
				"select actor from audit_log where action = 'ingestion.run-started' and entity_id = 'slow-daily'",
				String.class))
			.containsExactly(admin.accountId());
		HttpResponse<String> unknown = httpPost("/api/v1/market/ingestion/no-such-job/runs", admin.key());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(unknown.body()).path("code").asString()).isEqualTo("ingestion-job-not-found");
		assertThat(httpGet("/api/v1/market/ingestion/no-such-job/quarantine").statusCode()).isEqualTo(404);

		IngestionRun finished = awaitEnd("slow-daily", run.path("id").asLong());
		assertThat(finished.rowsStored()).isEqualTo(49);

		HttpResponse<String> listed = httpGet("/api/v1/market/ingestion");
		assertThat(listed.statusCode()).isEqualTo(200);
		JsonNode jobs = this.json.readTree(listed.body()).path("items");
		assertThat(jobs.findValuesAsString("name")).containsExactly("aapl-daily", "altered-daily", "flaky-daily",
				"scheduled-daily", "slow-daily");
		assertThat(jobs.get(3).path("enabled").asBoolean()).isTrue();
		assertThat(jobs.get(3).path("nextRun").isString()).as("an enabled job is scheduled").isTrue();
		JsonNode slow = jobs.get(4);
		assertThat(slow.path("provider").asString()).isEqualTo("yahoo");
		assertThat(slow.path("interval").asString()).isEqualTo("1d");
		assertThat(slow.path("backfill").asString()).isEqualTo("PT2880H");
		assertThat(slow.path("every").asString()).as("one interval by default").isEqualTo("PT24H");
		assertThat(slow.path("enabled").asBoolean(true)).isFalse();
		assertThat(slow.path("running").asBoolean(true)).isFalse();
		assertThat(slow.has("nextRun")).as("a disabled job is not scheduled").isFalse();
		assertThat(slow.path("lastRun").path("result").asString()).isEqualTo("SUCCEEDED");
		assertThat(slow.path("lastRun").path("rowsStored").asInt()).isEqualTo(49);
		assertThat(slow.path("lastRun").path("durationMs").isNumber()).isTrue();
	}

	@Test
	void anEnabledJobRunsAtStartAndNotAgainWithinHalfAPeriod() {
		// every second by the timer, but the clock stands still: each tick finds the run
		// that started "just now" and skips
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.registry.find(IngestionMetrics.RUNS)
				.tag("job", "scheduled-daily")
				.tag("result", "skipped")
				.counter() != null
					&& this.registry.get(IngestionMetrics.RUNS)
						.tag("job", "scheduled-daily")
						.tag("result", "skipped")
						.counter()
						.count() >= 2);
		List<IngestionRun> runs = this.runs.recent("scheduled-daily", 10);
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).startedAt()).isEqualTo(NOW);
		assertThat(this.ingestion.job("scheduled-daily").nextRun()).isEqualTo(NOW.plusSeconds(1));
	}

	/** Runs {@code job} now and waits for the run to end. */
	IngestionRun runToEnd(String job) {
		return awaitEnd(job, this.ingestion.runNow(job, IngestionRunStarted.SCHEDULE).id());
	}

	private IngestionRun awaitEnd(String job, long id) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.runs.recent(job, 10)
				.stream()
				.anyMatch((run) -> run.id() == id && run.result() != IngestionRun.Result.RUNNING));
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.ingestion.job(job).running());
		return this.runs.recent(job, 10).stream().filter((run) -> run.id() == id).findFirst().orElseThrow();
	}

	BarSeries bars(String symbol, Timeframe timeframe) {
		this.instruments.forgetCached();
		Instrument instrument = this.instruments.find(symbol).orElseThrow();
		return this.history
			.bars(instrument, timeframe, Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"),
					1_000_000)
			.bars();
	}

	static void serve(String symbol, String recording) {
		YAHOO.stubFor(get(urlPathEqualTo("/v8/finance/chart/" + symbol)).willReturn(chart(recording)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder chart(String recording) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(RecordedPayloads.yahoo(recording));
	}

	private HttpResponse<String> httpGet(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A POST as {@code key}'s owner, or anonymous without a key. */
	private HttpResponse<String> httpPost(String path, @Nullable String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.POST(HttpRequest.BodyPublishers.noBody());
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static java.time.OffsetDateTime utc(String instant) {
		return Instant.parse(instant).atOffset(java.time.ZoneOffset.UTC);
	}

	/** The clock the whole context runs on. */
	@TestConfiguration(proxyBeanMethods = false)
	static class StoppedClock {

		@Bean
		@Primary
		Clock ingestionTestClock() {
			return new MovableClock(NOW);
		}

	}

}
