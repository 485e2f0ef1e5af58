package sage.server.trading.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sage.server.trading.LiveOrders;

/**
 * Asks the exchanges about Sage's working live orders every
 * {@code sage.trading.live.poll-interval} (5 s by default): orders whose answer was lost
 * are resolved, fills made while nobody watched (or while the server was down) are kept,
 * and orders placed outside Sage are imported. Every node polls; what it applies is
 * idempotent and made holding the order's row, so two nodes polling the same account keep
 * one copy of everything.
 *
 * <p>
 * Binance's user-data stream would report sooner; polling is what every venue has, and
 * the stream's reports fold into orders the same way (see {@code TrackedOrder}).
 */
@Component
class LiveOrderPolling {

	private static final Logger log = LoggerFactory.getLogger(LiveOrderPolling.class);

	private final LiveOrders orders;

	private final Duration interval;

	private final boolean enabled;

	private @Nullable ScheduledExecutorService timer;

	LiveOrderPolling(LiveOrders orders, @Value("${sage.trading.live.poll-interval:5s}") Duration interval,
			@Value("${sage.trading.live.enabled:true}") boolean enabled) {
		this.orders = orders;
		this.interval = interval;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (!this.enabled || this.timer != null) {
			return;
		}
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("live-orders").factory());
		executor.scheduleWithFixedDelay(this::round, this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.timer = executor;
	}

	@PreDestroy
	synchronized void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

	private void round() {
		try {
			this.orders.syncAll();
		}
		catch (RuntimeException ex) {
			// an exception would cancel the schedule: log it and go on next round
			log.warn("Live order round failed: {}", ex.getMessage());
		}
	}

}
