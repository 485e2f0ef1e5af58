package sage.server.market;

import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import sage.server.market.live.TickBus;

/**
 * Live ticks and bar updates: publish them, or listen to them. On one node they fan out
 * in process; with Redis configured every node's listeners see what any node published.
 * The web app receives them over the {@code /ws/market} WebSocket.
 */
@Service
public class LivePrices {

	private final TickBus bus;

	LivePrices(TickBus bus) {
		this.bus = bus;
	}

	/** Sends {@code update} to every listener, on every node. Never blocks for long. */
	public void publish(MarketUpdate update) {
		this.bus.publish(update);
	}

	/**
	 * Calls {@code listener} for every update from now on, on the bus's thread: the
	 * listener must hand work off rather than block.
	 * @return closing it stops the calls
	 */
	public AutoCloseable listen(Consumer<MarketUpdate> listener) {
		return this.bus.listen(listener);
	}

}
