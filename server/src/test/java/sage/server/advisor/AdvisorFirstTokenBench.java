package sage.server.advisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import sage.server.testing.Browser;
import sage.server.testing.FakeModelServer;
import sage.server.testing.FakeModelServer.Script;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor's pipeline overhead before the first token, written to
 * docs/performance-advisor.md: a question posted to the chat endpoint with a language
 * model configured, the model being a local fake server that answers at once, timed to
 * the first {@code token} event the client reads; against a bare event-stream endpoint in
 * the same server that sends one {@code token} event at once (the HTTP, security and SSE
 * cost every answer pays anyway), measured alternately in the same run.
 *
 * <p>
 * Runs only with
 * {@code mvn -B -pl server -am -Pserving-bench -Dskip.web -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AdvisorFirstTokenBench verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sage.data-dir=${sage.it.run-dir:target/it-run}/advisor-bench", "logging.level.sage=warn",
				"sage.rate-limits.groups.api.per-minute=1000000", "sage.advisor.model.monthly-tokens.free=-1" })
@Import(AdvisorFirstTokenBench.StaticStream.class)
class AdvisorFirstTokenBench {

	private static final FakeModelServer MODEL = new FakeModelServer();

	private static final int WARM_UP = 150;

	private static final int ROUNDS = 3;

	private static final int PER_ROUND = 100;

	private static final double TARGET_MS = 100;

	private static final String QUESTION = "How is BTC doing?";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private Browser user;

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry registry) {
		MODEL.serveAsOpenAi(registry);
	}

	@AfterAll
	static void stopModel() {
		MODEL.close();
	}

	@Test
	void measureAndReport() throws Exception {
		// answers at once: a role chunk, one sentence, the stop chunk, [DONE]
		MODEL.always(Script.openAi("gpt-4o-mini", "Patience matters more than any single day. ")
			.withUsage(400, 12)
			.paced(Duration.ZERO));
		this.user = Browser.withApiKey(this.port, TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
		for (int i = 0; i < WARM_UP; i++) {
			question();
			staticStream();
		}
		List<Long> firstToken = new ArrayList<>();
		List<Long> beforeModel = new ArrayList<>();
		List<Long> baseline = new ArrayList<>();
		double[] roundOverheads = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			long[] answers = new long[PER_ROUND];
			long[] statics = new long[PER_ROUND];
			for (int i = 0; i < PER_ROUND; i++) {
				Timing timing = question();
				answers[i] = timing.firstToken();
				firstToken.add(timing.firstToken());
				beforeModel.add(timing.beforeModel());
				statics[i] = staticStream();
				baseline.add(statics[i]);
			}
			roundOverheads[round] = millis(median(answers) - median(statics));
		}
		double overhead = millis(median(firstToken) - median(baseline));
		write(List.of("| path | p50 | p90 | p99 |", "|---|---:|---:|---:|",
				row("question to first `token` (model answering at once)", firstToken),
				row("question to the model's request (Sage's work before the call)", beforeModel),
				row("bare event stream to its `token` (static baseline)", baseline), "",
				"| what | measured | target | met |", "|---|---:|---|---|",
				String.format(Locale.ROOT,
						"| pipeline overhead before the first token (p50 − baseline p50) | %.2f ms | < %.0f ms | %s |",
						overhead, TARGET_MS, (overhead < TARGET_MS) ? "yes" : "no"),
				String.format(Locale.ROOT, "| first token p50 / baseline p50 | %.1fx | | |",
						(double) median(firstToken) / median(baseline)),
				String.format(Locale.ROOT, "| overhead per round (p50 − baseline p50) | %s | | |",
						String.join(", ",
								Arrays.stream(roundOverheads)
									.mapToObj((ms) -> String.format(Locale.ROOT, "%.2f ms", ms))
									.toList()))));
		assertThat(MODEL.requests()).hasSizeGreaterThanOrEqualTo(WARM_UP + ROUNDS * PER_ROUND);
	}

	/** One question in a new chat, timed from sending it to its first token. */
	private Timing question() throws Exception {
		String chat = this.json.readTree(this.user.send("POST", "/api/v1/chats", null, false).body())
			.path("id")
			.asString();
		int asked = MODEL.requests().size();
		String body = "{\"turnId\":\"" + UUID.randomUUID() + "\",\"text\":\"" + QUESTION + "\"}";
		long start = System.nanoTime();
		long first = firstEvent("/api/v1/chats/" + chat + "/messages", body, "token", start);
		long received = MODEL.requests().get(asked).receivedNanos();
		return new Timing(first - start, received - start);
	}

	private long staticStream() throws Exception {
		long start = System.nanoTime();
		return firstEvent("/bench/static-stream", null, "token", start) - start;
	}

	/**
	 * Posts {@code body} (or GETs, without one) asking for an event stream and returns
	 * when the first event named {@code name} was read; reads the rest of the stream so
	 * the answer ends before the next question.
	 */
	private long firstEvent(String path, @Nullable String body, String name, long start) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/event-stream")
			.header("Content-Type", "application/json")
			.method((body != null) ? "POST" : "GET",
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		this.user.headers.forEach(request::header);
		HttpResponse<InputStream> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		long first = -1;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (first < 0 && line.equals("event:" + name)) {
					first = System.nanoTime();
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(path + " broke off", ex);
		}
		assertThat(first).as("a %s event from %s", name, path).isPositive();
		return first;
	}

	private static String row(String what, List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms |", what, millis(at(sorted, 0.5)),
				millis(at(sorted, 0.9)), millis(at(sorted, 0.99)));
	}

	private static long median(List<Long> nanos) {
		return median(nanos.stream().mapToLong(Long::longValue).toArray());
	}

	private static long median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return at(sorted, 0.5);
	}

	private static long at(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static void write(List<String> section) throws IOException {
		Path output = Path.of(System.getProperty("sage.bench.report", "../docs/performance.md"))
			.resolveSibling("performance-advisor.md");
		List<String> lines = new ArrayList<>();
		lines.add("# Advisor: time to the first token");
		lines.add("");
		lines.add("Written by `server/src/test/java/sage/server/advisor/AdvisorFirstTokenBench.java`; rerun with");
		lines.add("");
		lines.add("```bash");
		lines.add(
				"mvn -B -pl server -am -Pserving-bench -Dskip.web -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \\");
		lines.add("  -Dit.test=AdvisorFirstTokenBench verify");
		lines.add("```");
		lines.add("");
		lines.add(String.format(Locale.ROOT, "Last run: %s, Java %s, %d cores, max heap %d MB.",
				LocalDate.now(ZoneOffset.UTC), Runtime.version(), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		lines.add("");
		lines.addAll(section);
		lines.add("");
		lines.add(String.format(Locale.ROOT,
				"The server runs on the embedded defaults (H2, in-process cache) with `sage.advisor.model.provider=openai` "
						+ "pointed at a local fake model server that streams its answer at once (a role chunk, one "
						+ "sentence, the stop chunk, a usage chunk, `[DONE]`), so what is measured is Sage's own work: "
						+ "signing the request in by API key, committing the question and the answer's row, the user's "
						+ "profile (their latest 200 questions, up to 200 of them here; each question's reading kept), "
						+ "reading the question, the analyst's and risk's facts over the bundled market data (quote, history, RSI, "
						+ "trend, volatility, drawdown, support and resistance, the call), building the prompt, the "
						+ "model client's request, cutting and grounding the first sentence, and the SSE write. Each "
						+ "question goes to a new chat (`How is BTC doing?`), one at a time from a JDK HttpClient in "
						+ "the server's JVM, alternating with the baseline: a bare `GET /bench/static-stream` "
						+ "through the same security filters (outside `/api`, so without the rate limiter's bucket; an unlisted `/api` path needs the admin scope) that sends one `token` event at once. %d warm-up pairs, then %d "
						+ "rounds of %d.",
				WARM_UP, ROUNDS, PER_ROUND));
		Files.write(output, lines, StandardCharsets.UTF_8);
		System.out.println("Wrote " + output.toAbsolutePath().normalize());
		section.forEach(System.out::println);
	}

	private record Timing(long firstToken, long beforeModel) {
	}

	/** The baseline: an event stream that sends one token at once. */
	@TestConfiguration
	@RestController
	static class StaticStream {

		@GetMapping(path = "/bench/static-stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
		SseEmitter stream() throws IOException {
			SseEmitter emitter = new SseEmitter(5_000L);
			emitter.send(SseEmitter.event().id("bench.t0").name("token").data("{\"text\":\"Patience \"}"));
			emitter.complete();
			return emitter;
		}

	}

}
