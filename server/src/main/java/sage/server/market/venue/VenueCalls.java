package sage.server.market.venue;

import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamPolicy;

/**
 * Runs a venue client's calls under the venue's {@link UpstreamPolicy}: every attempt's
 * failure is classified by the venue's {@link ExchangeFaults} first, so that retries,
 * {@code Retry-After} blocks and the circuit breaker see Sage's kinds, not a library's
 * exceptions.
 */
public final class VenueCalls {

	private final UpstreamPolicy policy;

	private final ExchangeFaults faults;

	public VenueCalls(UpstreamPolicy policy, ExchangeFaults faults) {
		this.policy = policy;
		this.faults = faults;
	}

	/**
	 * Runs {@code call} under the policy.
	 * @param operation what the call does, for messages ({@code ticker BTCUSDT})
	 * @throws UpstreamException the classified last failure, or why no call was made
	 */
	public <T> T call(String operation, Call<T> call) {
		return this.policy.call(operation, () -> {
			try {
				return call.run();
			}
			catch (Exception ex) {
				throw this.faults.classify(operation, ex);
			}
		});
	}

	/** The venue's fault classification. */
	public ExchangeFaults faults() {
		return this.faults;
	}

	/** One attempt at a venue call, as a client library makes it. */
	@FunctionalInterface
	public interface Call<T> {

		T run() throws Exception;

	}

}
