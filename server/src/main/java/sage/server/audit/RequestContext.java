package sage.server.audit;

import org.jspecify.annotations.Nullable;

/**
 * Where a change came from: the client's address, its user agent and the request id (the
 * one in {@code X-Request-Id} and in the log lines). All absent for work without an HTTP
 * request (commands, scheduled jobs).
 *
 * @param ip the client address as the server sees it
 * @param userAgent the {@code User-Agent} header
 * @param requestId the platform's request id
 */
public record RequestContext(@Nullable String ip, @Nullable String userAgent, @Nullable String requestId) {

	/** No HTTP request: a command, a scheduled job, start-up. */
	public static final RequestContext NONE = new RequestContext(null, null, null);

}
