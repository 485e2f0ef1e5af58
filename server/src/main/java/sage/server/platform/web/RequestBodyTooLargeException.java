package sage.server.platform.web;

import java.io.IOException;

/**
 * A body grew past the limit while being read (a chunked body has no Content-Length to
 * check).
 */
class RequestBodyTooLargeException extends IOException {

	RequestBodyTooLargeException(long limit) {
		super("request body is larger than " + limit + " bytes");
	}

}
