package sage.server.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import sage.server.audit.RequestContext;
import sage.server.platform.web.RequestId;

/**
 * The HTTP request being served on this thread, as an audit row records it. Audited
 * events are handled on the publisher's thread, so the request that caused the change is
 * still at hand.
 */
@Component
public class CurrentRequest {

	/**
	 * Longest user agent kept; longer ones are cut (the header is the client's to fill).
	 */
	static final int USER_AGENT_LENGTH = 512;

	/**
	 * The client's address (as the servlet container reports it, so behind a proxy only
	 * with {@code server.forward-headers-strategy} set), user agent and request id; all
	 * absent outside a request.
	 */
	public RequestContext context() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return RequestContext.NONE;
		}
		HttpServletRequest request = servlet.getRequest();
		return new RequestContext(request.getRemoteAddr(), cut(request.getHeader("User-Agent"), USER_AGENT_LENGTH),
				RequestId.of(request));
	}

	private static @Nullable String cut(@Nullable String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
