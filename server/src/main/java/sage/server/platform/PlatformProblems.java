package sage.server.platform;

import org.springframework.http.HttpStatus;

/** Problems that any endpoint can answer with, independent of the business module. */
public final class PlatformProblems {

	/** No route or resource at this path. */
	public static final ProblemType NOT_FOUND = new ProblemType("not-found", HttpStatus.NOT_FOUND, "No such resource");

	/** Parameters or body failed validation; {@code errors} lists each field. */
	public static final ProblemType INVALID_REQUEST = new ProblemType("invalid-request", HttpStatus.BAD_REQUEST,
			"The request is invalid");

	/** The body could not be read as JSON of the expected shape. */
	public static final ProblemType MALFORMED_BODY = new ProblemType("malformed-body", HttpStatus.BAD_REQUEST,
			"The request body could not be read");

	/** The route exists but not for this HTTP method. */
	public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed",
			HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed");

	/** The body's Content-Type is not one this endpoint reads. */
	public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
			HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type");

	/** The Accept header asks for a representation this endpoint cannot produce. */
	public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", HttpStatus.NOT_ACCEPTABLE,
			"Not acceptable");

	/** The body is larger than {@code sage.http.max-request-size}. */
	public static final ProblemType BODY_TOO_LARGE = new ProblemType("body-too-large", HttpStatus.CONTENT_TOO_LARGE,
			"Request body too large");

	/** The request could not be understood at the HTTP level. */
	public static final ProblemType BAD_REQUEST = new ProblemType("bad-request", HttpStatus.BAD_REQUEST, "Bad request");

	/** A caller sent more requests to a route group than its rate limit allows. */
	public static final ProblemType RATE_LIMITED = new ProblemType("rate-limited", HttpStatus.TOO_MANY_REQUESTS,
			"Too many requests");

	/** A dependency (database, cache) is unavailable; retry later. */
	public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

	/** An unexpected fault on the server; the request id finds it in the logs. */
	public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", HttpStatus.INTERNAL_SERVER_ERROR,
			"Internal error");

	private PlatformProblems() {
	}

}
