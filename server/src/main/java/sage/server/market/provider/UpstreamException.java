package sage.server.market.provider;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * An upstream call that did not give a usable answer, classified so that callers can
 * decide: retry, back off, serve stale data, or tell the user.
 */
public final class UpstreamException extends RuntimeException {

	/** What went wrong. */
	public enum Kind {

		/** No answer in time. */
		TIMEOUT(true),
		/** HTTP 429 or a venue's own rate-limit error; see {@link #retryAfter()}. */
		RATE_LIMITED(true),
		/** HTTP 5xx. */
		SERVER_ERROR(true),
		/** Connection refused or reset, DNS failure. */
		CONNECTION(true),
		/** A body that is not the JSON or CSV expected: truncated, HTML, wrong shape. */
		MALFORMED(true),
		/** The symbol, interval or resource does not exist there. */
		NOT_FOUND(false),
		/** The key is missing, wrong or lacks a permission. */
		UNAUTHORIZED(false),
		/** The upstream refused the request as invalid (other 4xx). */
		REJECTED(false),
		/**
		 * The circuit breaker is open: the upstream failed too often, calls are not made.
		 */
		CIRCUIT_OPEN(false);

		private final boolean transientFault;

		Kind(boolean transientFault) {
			this.transientFault = transientFault;
		}

		/** Whether trying again later may succeed (and counts against the upstream). */
		public boolean isTransient() {
			return this.transientFault;
		}

	}

	private final String provider;

	private final Kind kind;

	private final @Nullable Duration retryAfter;

	public UpstreamException(String provider, Kind kind, String message, @Nullable Duration retryAfter,
			@Nullable Throwable cause) {
		super(provider + ": " + message, cause);
		this.provider = provider;
		this.kind = kind;
		this.retryAfter = retryAfter;
	}

	public UpstreamException(String provider, Kind kind, String message) {
		this(provider, kind, message, null, null);
	}

	/** The provider that failed. */
	public String provider() {
		return this.provider;
	}

	/** What went wrong. */
	public Kind kind() {
		return this.kind;
	}

	/** How long the upstream asked us to wait ({@code Retry-After}), if it said. */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
