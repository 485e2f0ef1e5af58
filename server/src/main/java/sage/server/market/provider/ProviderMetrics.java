package sage.server.market.provider;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * Provider calls as Micrometer meters (served at {@code /actuator/prometheus}):
 * <ul>
 * <li>{@code sage_provider_calls_total{provider, outcome}}: calls by how they ended,
 * {@code success} or the failure kind in lower case ({@code timeout},
 * {@code rate_limited}, {@code circuit_open}, ...);</li>
 * <li>{@code sage_provider_call_duration_seconds{provider}}: how long calls took, retries
 * and waits included;</li>
 * <li>{@code sage_provider_circuit_state{provider}}: 0 closed, 1 half open, 2 open.</li>
 * </ul>
 * Tags never carry symbols or URLs, so the number of series stays small.
 */
public final class ProviderMetrics implements UpstreamObserver {

	static final String CALLS = "sage.provider.calls";

	static final String DURATION = "sage.provider.call.duration";

	static final String CIRCUIT = "sage.provider.circuit.state";

	private final MeterRegistry registry;

	public ProviderMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void called(String provider, UpstreamException.@Nullable Kind failure, Duration took) {
		String outcome = (failure != null) ? failure.name().toLowerCase(Locale.ROOT) : "success";
		Counter.builder(CALLS)
			.description("Calls to market data providers, by how they ended")
			.tag("provider", provider)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
		Timer.builder(DURATION)
			.description("How long calls to market data providers took, retries included")
			.tag("provider", provider)
			.register(this.registry)
			.record(took);
	}

	/** Publishes the circuit state of {@code policy} as a gauge. */
	public void watch(UpstreamPolicy policy) {
		Gauge.builder(CIRCUIT, policy, (watched) -> circuitCode(watched.status().circuit()))
			.description("Circuit breaker of a market data provider: 0 closed, 1 half open, 2 open")
			.tag("provider", policy.provider())
			.strongReference(true)
			.register(this.registry);
	}

	static double circuitCode(String circuit) {
		return switch (circuit) {
			case "CLOSED", "DISABLED", "METRICS_ONLY" -> 0;
			case "HALF_OPEN" -> 1;
			default -> 2;
		};
	}

}
