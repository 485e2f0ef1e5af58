package sage.server.market.live;

import java.util.function.Consumer;

import sage.server.market.MarketUpdate;

/**
 * Carries market updates from publishers to listeners: in process on one node
 * ({@link LocalTickBus}), through Redis pub/sub across nodes ({@link RedisTickBus}).
 */
public interface TickBus {

	/** Delivers {@code update} to every listener (on every node sharing the bus). */
	void publish(MarketUpdate update);

	/**
	 * Registers {@code listener}; it is called on the bus's thread and must not block.
	 * @return closing it unregisters the listener
	 */
	AutoCloseable listen(Consumer<MarketUpdate> listener);

}
