package sage.server.market.venue.binance;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What an exchange stream reports in {@code /actuator/prometheus}, tagged with its
 * source: {@code sage_live_stream_connected} (1 while connected),
 * {@code sage_live_stream_messages_total}, {@code sage_live_stream_malformed_total} and
 * {@code sage_live_stream_reconnects_total}.
 */
final class StreamMeters {

	private final AtomicInteger connected = new AtomicInteger();

	private final Counter messages;

	private final Counter malformed;

	private final Counter reconnects;

	StreamMeters(MeterRegistry registry, String source) {
		Gauge.builder("sage.live.stream.connected", this.connected, AtomicInteger::get)
			.tag("source", source)
			.description("1 while the exchange stream is connected, else 0")
			.register(registry);
		this.messages = Counter.builder("sage.live.stream.messages")
			.tag("source", source)
			.description("Frames received from the exchange stream, malformed ones included")
			.register(registry);
		this.malformed = Counter.builder("sage.live.stream.malformed")
			.tag("source", source)
			.description("Frames from the exchange stream that could not be read and were skipped")
			.register(registry);
		this.reconnects = Counter.builder("sage.live.stream.reconnects")
			.tag("source", source)
			.description("Attempts to connect again after the exchange stream dropped or could not be reached")
			.register(registry);
	}

	void connected(boolean connected) {
		this.connected.set(connected ? 1 : 0);
	}

	void message() {
		this.messages.increment();
	}

	void malformed() {
		this.malformed.increment();
	}

	void reconnect() {
		this.reconnects.increment();
	}

}
