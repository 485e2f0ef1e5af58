package sage.server.market.provider;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Hears how each call under an {@link UpstreamPolicy} ended, retries included: metrics
 * count and time calls through it, without the policy knowing about a metrics library.
 */
@FunctionalInterface
public interface UpstreamObserver {

	/** An observer that ignores every call. */
	UpstreamObserver NONE = (provider, failure, took) -> {
	};

	/**
	 * One call ended.
	 * @param provider the upstream's name
	 * @param failure why it failed, or {@code null} when it answered
	 * @param took from the call until its answer or its last failure, waits included
	 */
	void called(String provider, UpstreamException.@Nullable Kind failure, Duration took);

}
