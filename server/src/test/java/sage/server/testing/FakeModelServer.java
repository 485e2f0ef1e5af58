package sage.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A language model server for tests: answers each request with the next scripted
 * response, over a raw socket so that a stream can stall for a while or be cut mid-answer
 * (a TCP reset after some events), which an HTTP server library would not do. Streams are
 * sent chunked, one server-sent event per chunk.
 */
public final class FakeModelServer implements AutoCloseable {

	private final ServerSocket socket;

	private final ConcurrentLinkedQueue<Script> scripts = new ConcurrentLinkedQueue<>();

	private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

	private final Thread acceptor;

	private volatile Script fallback = Script.status(500, "{\"error\":{\"message\":\"no script left\"}}");

	public FakeModelServer() {
		try {
			this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.acceptor = Thread.ofPlatform().daemon().name("fake-model-server").start(this::accept);
	}

	/** {@code http://127.0.0.1:<port>}. */
	public String url() {
		return "http://127.0.0.1:" + this.socket.getLocalPort();
	}

	/**
	 * Points the server under test at this one as an OpenAI-compatible provider serving
	 * {@code gpt-4o-mini}, with a key that is not a real one.
	 */
	public void serveAsOpenAi(DynamicPropertyRegistry registry) {
		registry.add("sage.advisor.model.provider", () -> "openai");
		registry.add("sage.advisor.model.base-url", () -> url() + "/v1");
		registry.add("sage.advisor.model.name", () -> "gpt-4o-mini");
		registry.add("sage.advisor.model.api-key", () -> "sk-test-not-a-real-key");
	}

	/** Queues responses, answered in order, one per request. */
	public FakeModelServer then(Script... scripts) {
		this.scripts.addAll(List.of(scripts));
		return this;
	}

	/** Answers every request past the queued scripts with {@code script}. */
	public FakeModelServer always(Script script) {
		this.fallback = script;
		return this;
	}

	/** The requests received so far. */
	public List<Request> requests() {
		synchronized (this.requests) {
			return List.copyOf(this.requests);
		}
	}

	/** Forgets scripts and requests. */
	public void reset() {
		this.scripts.clear();
		this.requests.clear();
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		this.acceptor.interrupt();
	}

	/** The events of a scripted stream: a resource's text, split at blank lines. */
	public static List<String> events(String resource) {
		try (InputStream in = Objects.requireNonNull(FakeModelServer.class.getResourceAsStream(resource), resource)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
			List<String> events = new ArrayList<>();
			for (String event : text.split("\n\n")) {
				if (!event.isBlank() && !event.startsWith("#")) {
					events.add(event.strip() + "\n\n");
				}
			}
			return events;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				Thread.ofVirtual().start(() -> serve(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket client) {
		try (client) {
			InputStream in = client.getInputStream();
			Request request = read(in);
			this.requests.add(request);
			Script script = this.scripts.poll();
			if (script == null) {
				script = this.fallback;
			}
			respond(client, script);
		}
		catch (IOException ex) {
			// the client went away (a timeout): nothing to do
		}
	}

	private static void respond(Socket client, Script script) throws IOException {
		OutputStream out = client.getOutputStream();
		StringBuilder head = new StringBuilder("HTTP/1.1 " + script.status() + " Scripted\r\n");
		script.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("Connection: close\r\n");
		if (script.body() != null) {
			byte[] body = script.body().getBytes(StandardCharsets.UTF_8);
			head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n\r\n");
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			out.write(body);
			out.flush();
			return;
		}
		head.append("Content-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
		out.write(head.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
		List<String> events = script.events();
		for (int i = 0; i < events.size(); i++) {
			if (i == script.cutAfter()) {
				client.setSoLinger(true, 0); // closing now sends a reset
				return;
			}
			if (i == script.stallAfter()) {
				sleep(script.stall());
			}
			byte[] event = events.get(i).getBytes(StandardCharsets.UTF_8);
			out.write((Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(event);
			out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			sleep(script.pace());
		}
		out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static Request read(InputStream in) throws IOException {
		String line = line(in);
		String[] start = line.split(" ");
		int length = 0;
		boolean chunked = false;
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).strip();
			headers.put(name, value);
			if (name.equals("content-length")) {
				length = Integer.parseInt(value);
			}
			if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
				chunked = true;
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(),
					16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
			line(in);
		}
		else {
			body.write(in.readNBytes(length));
		}
		return new Request(start[0], start[1], headers, body.toString(StandardCharsets.UTF_8), System.nanoTime());
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b == -1) {
				throw new IOException("the request ended early");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A received request.
	 *
	 * @param receivedNanos {@link System#nanoTime()} when it had been read whole
	 */
	public record Request(String method, String path, Map<String, String> headers, String body, long receivedNanos) {
	}

	/**
	 * A scripted response: a status with a JSON body, or a stream of events, sent
	 * {@code pace} apart, cut (reset) before event {@code cutAfter} or paused
	 * {@code stall} before event {@code stallAfter} (-1: never).
	 */
	public record Script(int status, Map<String, String> headers, String body, List<String> events, Duration pace,
			int cutAfter, int stallAfter, Duration stall) {

		/** A status with a JSON body. */
		public static Script status(int status, String body) {
			return new Script(status, Map.of(), body, List.of(), Duration.ZERO, -1, -1, Duration.ZERO);
		}

		/** The events of {@code resource}, streamed whole. */
		public static Script stream(String resource) {
			return new Script(200, Map.of(), null, FakeModelServer.events(resource), Duration.ofMillis(5), -1, -1,
					Duration.ZERO);
		}

		/**
		 * An OpenAI chat completions stream of {@code pieces}, in the shape of the
		 * scripted resources (a role chunk, content chunks, a stop chunk, [DONE]).
		 */
		public static Script openAi(String model, String... pieces) {
			List<String> events = new ArrayList<>();
			events.add(chunk(model, "{\"role\":\"assistant\",\"content\":\"\"}", "null"));
			for (String piece : pieces) {
				events.add(chunk(
						model, "{\"content\":\""
								+ piece.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}",
						"null"));
			}
			events.add(chunk(model, "{}", "\"stop\""));
			events.add("data: [DONE]\n\n");
			return new Script(200, Map.of(), null, events, Duration.ofMillis(5), -1, -1, Duration.ZERO);
		}

		private static String chunk(String model, String delta, String finish) {
			return "data: {\"id\":\"chatcmpl-sage\",\"object\":\"chat.completion.chunk\",\"created\":1764979200,"
					+ "\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"delta\":" + delta
					+ ",\"logprobs\":null,\"finish_reason\":" + finish + "}]}\n\n";
		}

		/**
		 * This OpenAI stream with the last chunk a server sends when asked to report
		 * usage ({@code stream_options.include_usage}): no choices, the tokens spent.
		 */
		public Script withUsage(int promptTokens, int completionTokens) {
			List<String> events = new ArrayList<>(this.events);
			events.add(events.size() - 1,
					"data: {\"id\":\"chatcmpl-sage\",\"object\":\"chat.completion.chunk\",\"created\":1764979200,"
							+ "\"model\":\"gpt-4o-mini\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + promptTokens
							+ ",\"completion_tokens\":" + completionTokens + ",\"total_tokens\":"
							+ (promptTokens + completionTokens) + "}}\n\n");
			return new Script(this.status, this.headers, this.body, events, this.pace, this.cutAfter, this.stallAfter,
					this.stall);
		}

		/**
		 * This stream with its events sent {@code pace} apart ({@code ZERO}: at once).
		 */
		public Script paced(Duration pace) {
			return new Script(this.status, this.headers, this.body, this.events, pace, this.cutAfter, this.stallAfter,
					this.stall);
		}

		/** This response with a header. */
		public Script header(String name, String value) {
			Map<String, String> headers = new java.util.LinkedHashMap<>(this.headers);
			headers.put(name, value);
			return new Script(this.status, headers, this.body, this.events, this.pace, this.cutAfter, this.stallAfter,
					this.stall);
		}

		/** This stream, reset after {@code events} events. */
		public Script cutAfter(int events) {
			return new Script(this.status, this.headers, this.body, this.events, this.pace, events, this.stallAfter,
					this.stall);
		}

		/** This stream, pausing {@code stall} after {@code events} events. */
		public Script stallAfter(int events, Duration stall) {
			return new Script(this.status, this.headers, this.body, this.events, this.pace, this.cutAfter, events,
					stall);
		}

	}

}
