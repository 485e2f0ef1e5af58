package sage.server.market;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.market.catalog.InstrumentCatalog;
import sage.server.platform.RenderedJson;
import sage.server.market.catalog.InstrumentDefinition;
import sage.server.market.live.StalledSocket;
import sage.server.market.provider.RecordedPayloads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market module's serving benchmarks, written to docs/performance.md below the
 * engine's: the cached quote endpoint against a static endpoint in the same server under
 * the same load, single flight under 200 identical misses, and WebSocket fan-out to 10
 * and 1,000 clients with and without one stalled client.
 *
 * <p>
 * Runs only with
 * {@code mvn -B -pl server -am -Pserving-bench -Dskip.web -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false verify}
 * (a few minutes); the load generator shares the machine with the server, as both would
 * on a small host, so the ratios matter more than the absolute figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sage.data-dir=${sage.it.run-dir:target/it-run}/bench",
				"sage.market.providers.yahoo.enabled=true", "sage.market.providers.yahoo.max-attempts=1",
				"logging.level.sage=warn",
				// limits high enough never to refuse the load, so both endpoints still
				// pay for the check
				"sage.rate-limits.groups.stocks.per-minute=1000000", "sage.rate-limits.groups.api.per-minute=1000000" })
@Import(MarketServingBench.StaticBaseline.class)
class MarketServingBench {

	private static final WireMockServer yahoo = started();

	private static final int CONNECTIONS = 64;

	private static final Duration ROUND = Duration.ofSeconds(8);

	private static final int ROUNDS = 3;

	@LocalServerPort
	int port;

	@Autowired
	InstrumentCatalog catalog;

	@Autowired
	Instruments instruments;

	@Autowired
	LivePrices live;

	@DynamicPropertySource
	static void yahooAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("sage.market.providers.yahoo.base-url", yahoo::baseUrl);
	}

	@AfterAll
	static void stopYahoo() {
		yahoo.stop();
	}

	@Test
	void measureAndReport() throws Exception {
		listAppleAndAlibaba();
		List<String> report = new ArrayList<>();
		report.addAll(quoteThroughput());
		report.addAll(singleFlight());
		report.addAll(fanOut());
		write(report);
	}

	private List<String> quoteThroughput() throws Exception {
		String quote = "/api/v1/instruments/AAPL/quote";
		String constant = "/api/bench/static";
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String body = client.send(request(constant), BodyHandlers.ofString()).body();
		String quoteBody = client.send(request(quote), BodyHandlers.ofString()).body();
		assertThat(quoteBody).contains("\"source\":\"yahoo\"");
		// warm both paths up: JIT, connection pools, the cache
		load(client, constant, Duration.ofSeconds(5));
		load(client, quote, Duration.ofSeconds(5));
		List<Load> statics = new ArrayList<>();
		List<Load> quotes = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			statics.add(load(client, constant, ROUND));
			quotes.add(load(client, quote, ROUND));
		}
		Load staticLoad = Load.median(statics);
		Load quoteLoad = Load.median(quotes);
		double ratio = quoteLoad.perSecond() / staticLoad.perSecond();
		List<String> lines = new ArrayList<>();
		lines.add("## Cached quote against a static endpoint, " + CONNECTIONS + " connections");
		lines.add("");
		lines.add("| endpoint | requests/s | p50 | p99 |");
		lines.add("|---|---:|---:|---:|");
		lines.add(String.format(Locale.ROOT, "| `GET %s` (cached, from Yahoo at WireMock) | %.0f | %.2f ms | %.2f ms |",
				quote, quoteLoad.perSecond(), quoteLoad.p50Millis(), quoteLoad.p99Millis()));
		lines.add(String.format(Locale.ROOT,
				"| `GET %s` (a constant of the same size, %d bytes) | %.0f | %.2f ms | %.2f ms |", constant,
				body.length(), staticLoad.perSecond(), staticLoad.p50Millis(), staticLoad.p99Millis()));
		lines.add("");
		lines.add("| what | measured | target | met |");
		lines.add("|---|---:|---|---|");
		lines.add(String.format(Locale.ROOT,
				"| cached quote throughput / static endpoint throughput | %.2fx | >= 0.8x | %s |", ratio,
				yes(ratio >= 0.8)));
		lines.add(String.format(Locale.ROOT, "| cached quote p99 at %d connections | %.2f ms | <= 10 ms | %s |",
				CONNECTIONS, quoteLoad.p99Millis(), yes(quoteLoad.p99Millis() <= 10)));
		lines.add("");
		lines.add("Each endpoint gets " + ROUNDS + " rounds of " + ROUND.toSeconds() + " s, alternating, after 5 s "
				+ "of warm-up each; the table shows the median round. " + CONNECTIONS + " virtual threads each send "
				+ "one request at a time over HTTP/1.1 keep-alive (JDK HttpClient), in the server's JVM. The static "
				+ "endpoint is a controller returning a constant string, so the ratio isolates what the quote adds: "
				+ "the symbol check, the instrument lookup, the cache read and the cache headers; both send bytes "
				+ "written ahead (the quote's once per fetch).");
		lines.add("");
		return lines;
	}

	private List<String> singleFlight() throws Exception {
		int callers = 200;
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			answers.add(client.sendAsync(request("/api/v1/instruments/BABA/quote"), BodyHandlers.ofString()));
		}
		int ok = 0;
		for (CompletableFuture<HttpResponse<String>> answer : answers) {
			if (answer.get(60, TimeUnit.SECONDS).statusCode() == 200) {
				ok++;
			}
		}
		int upstreamCalls = yahoo.countRequestsMatching(
				getRequestedFor(urlPathEqualTo("/v7/finance/quote")).withQueryParam("symbols", equalTo("BABA")).build())
			.getCount();
		List<String> lines = new ArrayList<>();
		lines.add("## Single flight: " + callers + " concurrent identical cache misses");
		lines.add("");
		lines.add("| what | measured | target | met |");
		lines.add("|---|---:|---|---|");
		lines.add(String.format(Locale.ROOT,
				"| upstream calls for %d concurrent `GET /api/v1/instruments/BABA/quote` (%d answered 200) | %d | exactly 1 | %s |",
				callers, ok, upstreamCalls, yes(upstreamCalls == 1 && ok == callers)));
		lines.add("");
		lines.add("Yahoo (WireMock, the recorded quote payload) answers after 500 ms, so every request arrives "
				+ "while the first fetch is in flight. `QuotesFromProvidersIT` asserts the same on every build.");
		lines.add("");
		return lines;
	}

	private List<String> fanOut() throws Exception {
		Fanned ten = fan(10, false);
		List<Fanned> thousands = new ArrayList<>();
		List<Fanned> stalled = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			thousands.add(fan(1000, false));
			stalled.add(fan(1000, true));
		}
		Fanned thousand = Fanned.median(thousands);
		Fanned withStalled = Fanned.median(stalled);
		double scale = thousand.p99Millis() / ten.p99Millis();
		double stallEffect = withStalled.p99Millis() / thousand.p99Millis() - 1;
		List<String> lines = new ArrayList<>();
		lines.add("## WebSocket fan-out: tick to client, `/ws/market`");
		lines.add("");
		lines.add("| clients | ticks delivered | p50 | p99 |");
		lines.add("|---|---:|---:|---:|");
		lines.add(ten.row("10"));
		lines.add(thousand.row("1,000"));
		lines.add(withStalled.row("1,000 + 1 stalled"));
		lines.add("");
		lines.add("| what | measured | target | met |");
		lines.add("|---|---:|---|---|");
		lines.add(String.format(Locale.ROOT, "| p99 with 1,000 clients / p99 with 10 | %.2fx | <= 3x | %s |", scale,
				yes(scale <= 3)));
		lines.add(String.format(Locale.ROOT, "| p99 with 1,000 clients | %.2f ms | <= 50 ms | %s |",
				thousand.p99Millis(), yes(thousand.p99Millis() <= 50)));
		lines.add(String.format(Locale.ROOT,
				"| change of the others' p99 with one stalled client | %+.0f%% | <= 20%% | %s |", 100 * stallEffect,
				yes(stallEffect <= 0.20)));
		lines.add("");
		lines.add("Ticks of SPY are published on the live bus " + TICKS_PER_SECOND + " times a second for "
				+ FAN_TIME.toSeconds() + " s, each stamped with the time it was published; every client (a bare "
				+ "socket read on a virtual thread, frames parsed by hand, in the server's JVM) notes when it "
				+ "arrives. The stalled "
				+ "client subscribes and never reads, over a 1 KB receive buffer, so the server's writes to it block. "
				+ "1,000-client figures are the median of 2 rounds.");
		lines.add("");
		return lines;
	}

	private static final int TICKS_PER_SECOND = 20;

	private static final Duration FAN_TIME = Duration.ofSeconds(10);

	private Fanned fan(int clients, boolean withStalled) throws Exception {
		String subscribe = "{\"op\":\"subscribe\",\"symbols\":[\"SPY\"]}";
		long ticks = FAN_TIME.toSeconds() * TICKS_PER_SECOND;
		List<TickReader> readers = new ArrayList<>();
		AtomicLong delivered = new AtomicLong();
		CountDownLatch subscribed = new CountDownLatch(clients);
		StalledSocket stalled = null;
		try {
			for (int i = 0; i < clients; i++) {
				readers.add(new TickReader(this.port, subscribe, (int) ticks + 64, delivered, subscribed));
			}
			assertThat(subscribed.await(60, TimeUnit.SECONDS)).as("every client subscribed").isTrue();
			stalled = withStalled ? new StalledSocket(this.port, subscribe) : null;
			long interval = 1_000_000_000L / TICKS_PER_SECOND;
			long start = System.nanoTime();
			for (long n = 0; n < ticks; n++) {
				long wait = start + n * interval - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				this.live.publish(new Tick("SPY", BigDecimal.valueOf(40_000 + n % 100, 2), Instant.now(), "bench"));
			}
			TimeUnit.SECONDS.sleep(2);
		}
		finally {
			if (stalled != null) {
				stalled.close();
			}
			for (TickReader reader : readers) {
				reader.close();
			}
		}
		List<long[]> latencies = new ArrayList<>();
		for (TickReader reader : readers) {
			latencies.add(reader.latencies());
		}
		return Fanned.of(latencies, delivered.get(), ticks * clients);
	}

	/** Tick-to-client latencies of one fan-out round. */
	private record Fanned(double p50Millis, double p99Millis, long delivered, long published) {

		static Fanned of(List<long[]> perClient, long delivered, long published) {
			long[] all = perClient.stream()
				.flatMapToLong(Arrays::stream)
				.filter((nanos) -> nanos > 0)
				.sorted()
				.toArray();
			return new Fanned(percentile(all, 0.50), percentile(all, 0.99), delivered, published);
		}

		static Fanned median(List<Fanned> rounds) {
			List<Fanned> sorted = rounds.stream()
				.sorted(java.util.Comparator.comparingDouble(Fanned::p99Millis))
				.toList();
			return sorted.get(sorted.size() / 2);
		}

		String row(String clients) {
			return String.format(Locale.ROOT, "| %s | %,d of %,d | %.2f ms | %.2f ms |", clients, this.delivered,
					this.published, this.p50Millis, this.p99Millis);
		}

	}

	private Load load(HttpClient client, String path, Duration duration) throws Exception {
		HttpRequest request = request(path);
		long end = System.nanoTime() + duration.toNanos();
		List<Future<long[]>> workers = new ArrayList<>();
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < CONNECTIONS; i++) {
				workers.add(pool.submit(() -> {
					long[] times = new long[1 << 16];
					int n = 0;
					while (System.nanoTime() < end) {
						long sent = System.nanoTime();
						HttpResponse<Void> response = client.send(request, BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							throw new IllegalStateException(path + " answered " + response.statusCode());
						}
						if (n == times.length) {
							times = Arrays.copyOf(times, n * 2);
						}
						times[n++] = System.nanoTime() - sent;
					}
					return Arrays.copyOf(times, n);
				}));
			}
			List<long[]> all = new ArrayList<>();
			for (Future<long[]> worker : workers) {
				all.add(worker.get());
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			return new Load(latencies.length / seconds, percentile(latencies, 0.50), percentile(latencies, 0.99));
		}
	}

	/** One round of load on one endpoint. */
	private record Load(double perSecond, double p50Millis, double p99Millis) {

		static Load median(List<Load> rounds) {
			List<Load> sorted = rounds.stream().sorted(java.util.Comparator.comparingDouble(Load::perSecond)).toList();
			return sorted.get(sorted.size() / 2);
		}

	}

	private static double percentile(long[] sortedNanos, double quantile) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build();
	}

	private void listAppleAndAlibaba() {
		yahoo.stubFor(get(urlEqualTo("/")).willReturn(
				aResponse().withStatus(404).withHeader("Set-Cookie", "A3=d=AQABBRecordedSession; Path=/; HttpOnly")));
		yahoo.stubFor(get(urlPathEqualTo("/v1/test/getcrumb")).withCookie("A3", matching("d=.+"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("haT3oykhHqZ")));
		for (String symbol : List.of("AAPL", "BABA")) {
			yahoo.stubFor(get(urlPathEqualTo("/v7/finance/quote")).withQueryParam("symbols", equalTo(symbol))
				.willReturn(aResponse().withStatus(200)
					.withFixedDelay(symbol.equals("BABA") ? 500 : 0)
					.withHeader("Content-Type", "application/json")
					.withBody(RecordedPayloads.yahoo("quote-AAPL-BABA.json"))));
			this.catalog.upsert(new InstrumentDefinition(symbol, symbol, null, AssetClass.US_STOCK, "NYSE", "USD",
					ZoneId.of("America/New_York"), "09:30-16:00",
					List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01"))), BigDecimal.ONE, List.of()));
		}
		this.instruments.forgetCached();
	}

	private static void write(List<String> section) throws IOException {
		Path output = Path.of(System.getProperty("sage.bench.report", "../docs/performance.md"));
		List<String> lines = new ArrayList<>();
		if (Files.exists(output)) {
			List<String> existing = Files.readAllLines(output, StandardCharsets.UTF_8);
			int marker = existing.indexOf(MARKER);
			lines.addAll((marker < 0) ? existing : existing.subList(0, marker));
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		lines.add("");
		lines.add(MARKER);
		lines.add("");
		lines.add("# Serving market data");
		lines.add("");
		lines.add("Written by `server/src/test/java/sage/server/market/MarketServingBench.java`; rerun with");
		lines.add("");
		lines.add("```bash");
		lines.add(
				"mvn -B -pl server -am -Pserving-bench -Dskip.web -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false verify");
		lines.add("```");
		lines.add("");
		lines.add(String.format(Locale.ROOT, "Last run: %s, Java %s, %d cores, max heap %d MB.",
				LocalDate.now(ZoneOffset.UTC), Runtime.version(), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		lines.add("");
		lines.addAll(section);
		while (lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		Files.write(output, lines, StandardCharsets.UTF_8);
		System.out.println("Wrote " + output.toAbsolutePath().normalize());
		section.forEach(System.out::println);
	}

	/** Must equal the engine report's marker, which keeps what follows it. */
	private static final String MARKER = "<!-- server benchmarks: what follows is written by MarketServingBench -->";

	private static String yes(boolean met) {
		return met ? "yes" : "no";
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(64));
		server.start();
		return server;
	}

	/**
	 * The baseline: a controller that answers a constant of a quote's size, written the
	 * way the quote's body is (bytes rendered ahead).
	 */
	@TestConfiguration
	@RestController
	static class StaticBaseline {

		private static final String BODY = "{\"symbol\":\"AAPL\",\"price\":244.6,\"previousClose\":241.53,"
				+ "\"change\":3.07,\"changePercent\":1.271066,\"volume\":40896227,\"currency\":\"USD\","
				+ "\"time\":\"2025-02-14T21:00:00Z\",\"source\":\"yahoo\",\"stale\":false,"
				+ "\"asOf\":\"2026-12-04T18:00:00.123456Z\"}";

		private static final RenderedJson<String> RENDERED = new RenderedJson<>(
				BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		@GetMapping(path = "/api/bench/static", produces = MediaType.APPLICATION_JSON_VALUE)
		RenderedJson<String> constant() {
			return RENDERED;
		}

	}

}
