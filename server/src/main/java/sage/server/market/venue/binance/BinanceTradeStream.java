package sage.server.market.venue.binance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import sage.server.market.MarketUpdate;

/**
 * Binance spot trades (and 1-minute bars) as live updates: one combined-stream WebSocket
 * ({@code /stream?streams=btcusdt@trade/btcusdt@kline_1m}) through the JDK's client, each
 * trade published as a {@code source: binance} tick. When the connection drops, fails or
 * goes silent, it reconnects (asking for the same streams again) after an exponential,
 * jittered backoff; it logs when the state changes, not on every retry. A frame it cannot
 * read is counted and skipped.
 *
 * <p>
 * Frames are read on the WebSocket client's threads and handed to the publisher there;
 * the connection is kept by one virtual thread, so nothing here waits on the bus.
 */
class BinanceTradeStream implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BinanceTradeStream.class);

	/** Far larger than any market event; a bigger frame is dropped, not buffered. */
	private static final int MAX_FRAME = 1 << 20;

	private final URI endpoint;

	private final Consumer<MarketUpdate> publish;

	private final StreamMeters meters;

	private final Backoff backoff;

	private final Duration connectTimeout;

	private final Duration idleTimeout;

	private final RandomGenerator random = RandomGenerator.getDefault();

	private final CountDownLatch stopping = new CountDownLatch(1);

	private volatile @Nullable Thread keeper;

	private volatile @Nullable WebSocket socket;

	private volatile State state = State.STOPPED;

	private volatile boolean warnedMalformed;

	/**
	 * A stream for the configured symbols; it connects on {@link #start()}.
	 * @param publish where updates go ({@code LivePrices::publish})
	 * @throws IllegalArgumentException when a symbol is no pair Binance can list
	 */
	BinanceTradeStream(BinanceStreamProperties settings, Consumer<MarketUpdate> publish, MeterRegistry registry) {
		List<String> streams = BinanceStreamMapping.streams(settings.symbols(), settings.bars());
		if (streams.isEmpty()) {
			throw new IllegalArgumentException("no symbols to follow");
		}
		String root = settings.url().toString().replaceAll("/+$", "");
		this.endpoint = URI.create(root + "/stream?streams=" + String.join("/", streams));
		this.publish = publish;
		this.meters = new StreamMeters(registry, BinanceStreamMapping.SOURCE);
		this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
		this.connectTimeout = settings.connectTimeout();
		this.idleTimeout = settings.idleTimeout();
	}

	/** The combined-stream address this stream connects to. */
	URI endpoint() {
		return this.endpoint;
	}

	@Override
	public void start() {
		this.state = State.CONNECTING;
		this.keeper = Thread.ofVirtual().name("binance-stream").start(this::keepConnected);
	}

	@Override
	public void stop() {
		this.stopping.countDown();
		Thread thread = this.keeper;
		if (thread != null) {
			thread.interrupt();
		}
		WebSocket open = this.socket;
		if (open != null) {
			open.abort();
		}
		this.meters.connected(false);
		this.state = State.STOPPED;
	}

	@Override
	public boolean isRunning() {
		return this.state != State.STOPPED;
	}

	private void keepConnected() {
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(this.connectTimeout).build()) {
			int failures = 0;
			while (!stopped()) {
				String reason = connectAndRead(http);
				if (stopped()) {
					return;
				}
				failures = (this.state == State.CONNECTED) ? 1 : failures + 1;
				Duration wait = this.backoff.delay(failures, this.random);
				moveTo(State.RETRYING, reason + "; reconnecting with backoff (now " + wait.toMillis() + " ms, at most "
						+ this.backoff.max().toMillis() + " ms)");
				if (this.stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
					return;
				}
				this.meters.reconnect();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * One connection, from opening until it closes, fails or goes silent.
	 * @return why it ended
	 */
	private String connectAndRead(HttpClient http) throws InterruptedException {
		Frames frames = new Frames();
		WebSocket opened;
		try {
			opened = http.newWebSocketBuilder()
				.connectTimeout(this.connectTimeout)
				.buildAsync(this.endpoint, frames)
				.get(this.connectTimeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			return "could not connect to " + this.endpoint + " (" + describe(ex.getCause()) + ")";
		}
		catch (TimeoutException ex) {
			return "could not connect to " + this.endpoint + " within " + this.connectTimeout.toMillis() + " ms";
		}
		this.socket = opened;
		this.meters.connected(true);
		moveTo(State.CONNECTED, "connected to " + this.endpoint);
		try {
			return frames.awaitEnd(opened);
		}
		finally {
			this.meters.connected(false);
			this.socket = null;
		}
	}

	private void read(String frame) {
		this.meters.message();
		try {
			BinanceStreamMapping.read(frame).ifPresent(this.publish);
		}
		catch (MalformedFrame ex) {
			this.meters.malformed();
			// the first one says that it happens; the counter says how often
			if (!this.warnedMalformed) {
				this.warnedMalformed = true;
				log.warn("Skipping a malformed Binance stream frame ({}); further ones are counted in "
						+ "sage_live_stream_malformed_total and logged at debug", ex.getMessage());
			}
			else {
				log.debug("Skipping a malformed Binance stream frame ({})", ex.getMessage());
			}
		}
	}

	private boolean stopped() {
		return this.stopping.getCount() == 0;
	}

	private void moveTo(State next, String detail) {
		State previous = this.state;
		this.state = next;
		if (previous == next) {
			log.debug("Binance stream still {}: {}", next, detail);
		}
		else if (next == State.CONNECTED) {
			log.info("Binance stream {}", detail);
		}
		else {
			log.warn("Binance stream {}", detail);
		}
	}

	private static String describe(@Nullable Throwable failure) {
		if (failure == null) {
			return "no reason given";
		}
		return (failure.getMessage() != null) ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
				: failure.getClass().getSimpleName();
	}

	private enum State {

		STOPPED, CONNECTING, CONNECTED, RETRYING

	}

	/** Reads one connection's frames; text may come in parts. */
	private final class Frames implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		private final CompletableFuture<String> ended = new CompletableFuture<>();

		private final AtomicLong lastHeard = new AtomicLong(System.nanoTime());

		private boolean oversized;

		/**
		 * Waits until the connection ends, aborting it once it has been silent too long.
		 */
		String awaitEnd(WebSocket socket) throws InterruptedException {
			long idle = BinanceTradeStream.this.idleTimeout.toNanos();
			while (true) {
				long silentFor = System.nanoTime() - this.lastHeard.get();
				try {
					return this.ended.get(Math.max(1, idle - silentFor), TimeUnit.NANOSECONDS);
				}
				catch (ExecutionException ex) {
					return "lost (" + describe(ex.getCause()) + ")";
				}
				catch (TimeoutException ex) {
					if (System.nanoTime() - this.lastHeard.get() >= idle) {
						socket.abort();
						return "silent for " + BinanceTradeStream.this.idleTimeout.toMillis() + " ms";
					}
				}
				catch (InterruptedException ex) {
					socket.abort();
					throw ex;
				}
			}
		}

		@Override
		public void onOpen(WebSocket webSocket) {
			webSocket.request(1);
		}

		@Override
		public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.lastHeard.set(System.nanoTime());
			if (!this.oversized) {
				this.partial.append(data);
				if (this.partial.length() > MAX_FRAME) {
					this.oversized = true;
					this.partial.setLength(0);
				}
			}
			if (last) {
				if (this.oversized) {
					BinanceTradeStream.this.meters.message();
					BinanceTradeStream.this.meters.malformed();
					log.debug("Skipping a Binance stream frame over {} characters", MAX_FRAME);
				}
				else {
					read(this.partial.toString());
				}
				this.partial.setLength(0);
				this.oversized = false;
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
			this.lastHeard.set(System.nanoTime());
			webSocket.request(1);
			return null;
		}

		@Override
		public @Nullable CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
			// the client answers with a pong by itself; a ping says the connection lives
			this.lastHeard.set(System.nanoTime());
			webSocket.request(1);
			return null;
		}

		@Override
		public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			this.ended.complete("closed by the server (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			this.ended.complete("lost (" + describe(error) + ")");
		}

	}

}
