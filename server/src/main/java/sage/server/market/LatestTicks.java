package sage.server.market;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The newest tick of each symbol seen on the live bus (exchange streams, replay), so a
 * quote can be as recent as the live screens.
 */
@Component
class LatestTicks implements DisposableBean {

	private final Map<String, Tick> latest = new ConcurrentHashMap<>();

	private final AutoCloseable subscription;

	LatestTicks(LivePrices live) {
		this.subscription = live.listen((update) -> {
			if (update instanceof Tick tick) {
				this.latest.merge(tick.symbol(), tick,
						(kept, arrived) -> arrived.time().isBefore(kept.time()) ? kept : arrived);
			}
		});
	}

	/** The newest tick of {@code symbol}, if any arrived since start-up. */
	Optional<Tick> of(String symbol) {
		return Optional.ofNullable(this.latest.get(symbol));
	}

	@Override
	public void destroy() throws Exception {
		this.subscription.close();
	}

}
