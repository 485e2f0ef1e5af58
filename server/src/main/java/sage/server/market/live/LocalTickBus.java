package sage.server.market.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.server.market.MarketUpdate;

/**
 * The one-node bus: {@link #publish} calls every listener on the publisher's thread.
 * Listeners only enqueue (see {@link ConflatingQueue}), so that is cheap. Also the last
 * hop of {@link RedisTickBus}, which delivers what arrives from Redis through one.
 */
public class LocalTickBus implements TickBus {

	private static final Logger log = LoggerFactory.getLogger(LocalTickBus.class);

	private final List<Consumer<MarketUpdate>> listeners = new CopyOnWriteArrayList<>();

	@Override
	public void publish(MarketUpdate update) {
		for (Consumer<MarketUpdate> listener : this.listeners) {
			try {
				listener.accept(update);
			}
			catch (RuntimeException ex) {
				// one broken listener must not keep the update from the others
				log.warn("A market update listener failed on {}", update, ex);
			}
		}
	}

	@Override
	public AutoCloseable listen(Consumer<MarketUpdate> listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

}
