package sage.server.market.live;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One connected {@code /ws/market} client: what it follows, and its own queue and sender
 * thread. Publishers only enqueue; the sender (a virtual thread) is the only one writing
 * to the socket, so a client that stops reading blocks nothing but its own sender, and
 * its queue conflates to the latest message per symbol meanwhile.
 */
final class MarketClient {

	private static final Logger log = LoggerFactory.getLogger(MarketClient.class);

	private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

	private static final long SEND_TIMEOUT_MILLIS = 10_000;

	private final WebSocketSession session;

	private final ConflatingQueue<Object, String> queue;

	private final LiveMeters meters;

	private final Set<String> symbols = ConcurrentHashMap.newKeySet();

	private final Thread sender;

	MarketClient(WebSocketSession session, int queueCapacity, LiveMeters meters) {
		this.session = session;
		this.queue = new ConflatingQueue<>(queueCapacity);
		this.meters = meters;
		if (session instanceof NativeWebSocketSession standard && standard
			.getNativeSession(jakarta.websocket.Session.class) instanceof jakarta.websocket.Session container) {
			// Tomcat: a client that reads nothing for this long is cut off (default 20 s)
			container.getUserProperties().put(BLOCKING_SEND_TIMEOUT, SEND_TIMEOUT_MILLIS);
		}
		this.sender = Thread.ofVirtual().name("ws-market-" + session.getId()).unstarted(this::sendUntilClosed);
	}

	void start() {
		this.sender.start();
	}

	String id() {
		return this.session.getId();
	}

	/** The canonical symbols this client follows. */
	Set<String> symbols() {
		return this.symbols;
	}

	/**
	 * Queues a market message; a waiting one of the same {@code key} (symbol and kind) is
	 * replaced.
	 */
	void send(Object key, String message) {
		this.meters.offered(this.queue.offer(key, message));
	}

	/** Queues a reply that must not be conflated with anything. */
	void reply(String message) {
		send(new Object(), message);
	}

	void close() {
		this.queue.close();
		this.sender.interrupt();
	}

	private void sendUntilClosed() {
		try {
			for (String message = this.queue.take(); message != null; message = this.queue.take()) {
				this.session.sendMessage(new TextMessage(message));
				this.meters.sent();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or stopped reading for longer than the send timeout
			log.debug("Closing /ws/market client {}: {}", id(), ex.getMessage());
			this.queue.close();
			try {
				this.session.close(CloseStatus.SESSION_NOT_RELIABLE);
			}
			catch (IOException closeFailed) {
				log.debug("Could not close /ws/market client {}", id(), closeFailed);
			}
		}
	}

}
