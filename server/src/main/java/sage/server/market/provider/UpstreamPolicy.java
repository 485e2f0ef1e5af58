package sage.server.market.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.jspecify.annotations.Nullable;

/**
 * Retries with exponential backoff and a circuit breaker (Resilience4j) around every call
 * to one upstream, with {@code Retry-After} honoured.
 *
 * <p>
 * Only transient faults ({@link UpstreamException.Kind#isTransient()}) are retried and
 * count against the circuit; a missing symbol is an answer, not a fault. A 429 waits what
 * the upstream asked for when that is at most {@link UpstreamSettings#maxRetryAfter()}; a
 * longer wait fails the call at once, and every call until it has passed fails without
 * reaching the upstream, so Sage never hammers an upstream that asked it to stop. An open
 * circuit fails calls at once with {@link UpstreamException.Kind#CIRCUIT_OPEN} until
 * {@link UpstreamSettings#openFor()} has passed, then lets one call probe.
 */
public final class UpstreamPolicy {

	private final String provider;

	private final Clock clock;

	private final Retry retry;

	private final CircuitBreaker breaker;

	private final Duration maxRetryAfter;

	private final Duration openFor;

	private final UpstreamObserver observer;

	private volatile Instant blockedUntil = Instant.MIN;

	private volatile @Nullable Outcome lastSuccess;

	private volatile @Nullable Outcome lastFailure;

	public UpstreamPolicy(String provider, UpstreamSettings settings, Clock clock) {
		this(provider, settings, clock, UpstreamObserver.NONE);
	}

	/**
	 * A policy that tells {@code observer} how every call ended.
	 */
	public UpstreamPolicy(String provider, UpstreamSettings settings, Clock clock, UpstreamObserver observer) {
		this.provider = provider;
		this.clock = clock;
		this.observer = observer;
		this.maxRetryAfter = settings.maxRetryAfter();
		this.openFor = settings.openFor();
		this.breaker = CircuitBreaker.of(provider,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(settings.failureRatePercent())
					.slidingWindowSize(settings.window())
					.minimumNumberOfCalls(settings.window())
					.waitDurationInOpenState(settings.openFor())
					.permittedNumberOfCallsInHalfOpenState(1)
					.recordException(UpstreamPolicy::isTransient)
					.build());
		this.retry = Retry.of(provider,
				RetryConfig.<Object>custom()
					.maxAttempts(settings.maxAttempts())
					.retryOnException(this::shouldRetry)
					.intervalBiFunction((attempt, outcome) -> waitBefore(attempt + 1, outcome, settings))
					.build());
	}

	/** The upstream's name. */
	public String provider() {
		return this.provider;
	}

	/**
	 * Runs {@code call} under the policy.
	 * @param operation what the call does, for messages ({@code chart SPY 1d})
	 * @param call one attempt; must throw {@link UpstreamException} for a failed answer
	 * @return the first good answer
	 * @throws UpstreamException the last failure, or why no call was made
	 */
	public <T> T call(String operation, Supplier<T> call) {
		// a monotonic clock for the latency: the injected clock may be moved by tests
		long started = System.nanoTime();
		try {
			T answer = run(operation, call);
			this.observer.called(this.provider, null, Duration.ofNanos(System.nanoTime() - started));
			return answer;
		}
		catch (UpstreamException ex) {
			this.observer.called(this.provider, ex.kind(), Duration.ofNanos(System.nanoTime() - started));
			throw ex;
		}
	}

	private <T> T run(String operation, Supplier<T> call) {
		Instant now = this.clock.instant();
		Instant blocked = this.blockedUntil;
		if (now.isBefore(blocked)) {
			Duration left = Duration.between(now, blocked);
			throw remember(new UpstreamException(this.provider, UpstreamException.Kind.RATE_LIMITED,
					operation + ": rate limited upstream, next call allowed in " + left.toSeconds() + " s", left,
					null));
		}
		Supplier<T> guarded = CircuitBreaker.decorateSupplier(this.breaker, () -> attempt(operation, call));
		try {
			T answer = Retry.decorateSupplier(this.retry, guarded).get();
			this.lastSuccess = new Outcome(this.clock.instant(), null);
			return answer;
		}
		catch (CallNotPermittedException ex) {
			throw remember(new UpstreamException(this.provider, UpstreamException.Kind.CIRCUIT_OPEN,
					operation + ": circuit open after repeated failures; not calling for up to "
							+ this.openFor.toSeconds() + " s",
					null, ex));
		}
		catch (UpstreamException ex) {
			throw remember(ex);
		}
	}

	/** The circuit's state, last success and last failure, for status pages. */
	public UpstreamStatus status() {
		Outcome success = this.lastSuccess;
		Outcome failure = this.lastFailure;
		Instant blocked = this.blockedUntil;
		return new UpstreamStatus(this.provider, this.breaker.getState().name(),
				(success != null) ? success.time() : null, (failure != null) ? failure.time() : null,
				(failure != null) ? failure.error() : null, blocked.isAfter(this.clock.instant()) ? blocked : null);
	}

	private <T> T attempt(String operation, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (UpstreamException ex) {
			Duration wait = ex.retryAfter();
			if (ex.kind() == UpstreamException.Kind.RATE_LIMITED && wait != null) {
				this.blockedUntil = this.clock.instant().plus(wait);
			}
			throw ex;
		}
		catch (RuntimeException ex) {
			// a client library's own exception: unknown shape, treat the answer as
			// unusable
			throw new UpstreamException(this.provider, UpstreamException.Kind.MALFORMED,
					operation + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage(), null, ex);
		}
	}

	private boolean shouldRetry(Throwable ex) {
		if (!(ex instanceof UpstreamException upstream) || !upstream.kind().isTransient()) {
			return false;
		}
		Duration wait = upstream.retryAfter();
		return wait == null || wait.compareTo(this.maxRetryAfter) <= 0;
	}

	private static long waitBefore(int attempt, Either<Throwable, Object> outcome, UpstreamSettings settings) {
		if (outcome.isLeft() && outcome.getLeft() instanceof UpstreamException upstream
				&& upstream.retryAfter() != null) {
			return upstream.retryAfter().toMillis();
		}
		long base = settings.initialBackoff().toMillis() << Math.min(attempt - 2, 20);
		long capped = Math.min(base, settings.maxBackoff().toMillis());
		// full jitter on the upper half: spreads retries from many nodes, never below
		// half
		return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
	}

	private static boolean isTransient(Throwable ex) {
		return ex instanceof UpstreamException upstream && upstream.kind().isTransient();
	}

	private UpstreamException remember(UpstreamException ex) {
		this.lastFailure = new Outcome(this.clock.instant(), ex.getMessage());
		return ex;
	}

	private record Outcome(Instant time, @Nullable String error) {
	}

}
