package sage.server.market.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real {@code /ws/market} client (the JDK's) that keeps every message it receives;
 * public for the live sources' tests in other packages.
 */
public final class MarketSocketClient implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

	private final WebSocket socket;

	public MarketSocketClient(int port) {
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/market"), new Collector())
			.orTimeout(20, TimeUnit.SECONDS)
			.join();
	}

	public void send(String message) {
		this.socket.sendText(message, true).join();
	}

	/** The next message, failing after {@code timeout}. */
	JsonNode next(Duration timeout) throws InterruptedException {
		JsonNode message = this.received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (message == null) {
			throw new AssertionError("no message within " + timeout);
		}
		return message;
	}

	/** The next message of this type, skipping others, failing after {@code timeout}. */
	public JsonNode next(String type, Duration timeout) throws InterruptedException {
		return next((m) -> m.path("type").asString().equals(type), timeout);
	}

	JsonNode next(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			JsonNode message = (left > 0) ? this.received.poll(left, TimeUnit.NANOSECONDS) : null;
			if (message == null) {
				throw new AssertionError("no wanted message within " + timeout);
			}
			if (wanted.test(message)) {
				return message;
			}
		}
	}

	/** Whatever arrives within {@code window}, or nothing. */
	JsonNode poll(Duration window) throws InterruptedException {
		return this.received.poll(window.toMillis(), TimeUnit.MILLISECONDS);
	}

	void clear() {
		this.received.clear();
	}

	@Override
	public void close() {
		this.socket.abort();
	}

	private final class Collector implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				MarketSocketClient.this.received.add(JSON.readTree(this.partial.toString()));
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

	}

}
