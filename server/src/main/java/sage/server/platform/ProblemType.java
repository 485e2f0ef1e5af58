package sage.server.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A kind of error a client can get, with a stable {@code code} that clients may switch
 * on. Every code is listed in {@code docs/errors.md}; a test keeps the two in step.
 *
 * @param code stable, kebab-case, e.g. {@code instrument-not-found}
 * @param status the HTTP status it answers with
 * @param title a short summary that does not change between occurrences
 */
public record ProblemType(String code, HttpStatus status, String title) {

	private static final String TYPE_PREFIX = "urn:sage:problem:";

	public ProblemType {
		if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("problem code must be kebab-case: " + code);
		}
	}

	/** The RFC 9457 {@code type} member for this problem. */
	public URI type() {
		return URI.create(TYPE_PREFIX + this.code);
	}

}
