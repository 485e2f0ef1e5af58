package sage.server.market.live;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * What the live stream reports in {@code /actuator/prometheus}: connected clients,
 * messages sent, and messages a slow client never got (conflated into a newer one, or
 * dropped from a full queue).
 */
@Component
class LiveMeters {

	private final AtomicInteger clients = new AtomicInteger();

	private final Counter sent;

	private final Counter conflated;

	private final Counter dropped;

	LiveMeters(MeterRegistry registry) {
		Gauge.builder("sage.market.live.clients", this.clients, AtomicInteger::get)
			.description("WebSocket clients connected to /ws/market")
			.register(registry);
		this.sent = Counter.builder("sage.market.live.messages.sent")
			.description("Messages sent to /ws/market clients")
			.register(registry);
		this.conflated = Counter.builder("sage.market.live.messages.conflated")
			.description("Messages replaced by a newer one of the same symbol before a slow client took them")
			.register(registry);
		this.dropped = Counter.builder("sage.market.live.messages.dropped")
			.description("Messages dropped from a full client queue")
			.register(registry);
	}

	void connected() {
		this.clients.incrementAndGet();
	}

	void disconnected() {
		this.clients.decrementAndGet();
	}

	void sent() {
		this.sent.increment();
	}

	void offered(ConflatingQueue.Offer outcome) {
		switch (outcome) {
			case CONFLATED -> this.conflated.increment();
			case DROPPED_OLDEST -> this.dropped.increment();
			case QUEUED, CLOSED -> {
				// nothing lost (a closed client wanted nothing more)
			}
		}
	}

	double conflatedCount() {
		return this.conflated.count();
	}

}
