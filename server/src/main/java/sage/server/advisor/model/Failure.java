package sage.server.advisor.model;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import com.anthropic.errors.AnthropicServiceException;
import com.openai.errors.OpenAIServiceException;

/**
 * Why an attempt failed, as far as trying again goes: HTTP 429 and 5xx, timeouts and lost
 * connections are worth another try (after Retry-After when given); other statuses (401
 * bad key, 404 unknown model, 400) are not.
 *
 * @param reason what happened, without the provider's message (it may echo the request)
 * @param retryable whether to try again
 * @param retryAfter the wait the server asked for, if any
 */
record Failure(String reason, boolean retryable, @Nullable Duration retryAfter) {

	static Failure of(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof OpenAIServiceException service) {
				return ofStatus(service.statusCode(), service.headers().values("retry-after"));
			}
			if (cause instanceof AnthropicServiceException service) {
				return ofStatus(service.statusCode(), service.headers().values("retry-after"));
			}
			if (cause instanceof IOException || cause instanceof TimeoutException) {
				return new Failure(cause.getClass().getSimpleName(), true, null);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		String type = error.getClass().getSimpleName();
		boolean io = type.contains("Io") || type.contains("IO") || type.contains("Timeout");
		return new Failure(type, io, null);
	}

	private static Failure ofStatus(int status, List<String> retryAfter) {
		boolean retryable = status == 429 || status == 408 || status >= 500;
		return new Failure("HTTP " + status, retryable, retryAfter.isEmpty() ? null : wait(retryAfter.get(0)));
	}

	/** Retry-After as seconds ({@code 2}, {@code 1.5}) or an HTTP date. */
	static @Nullable Duration wait(String retryAfter) {
		String value = retryAfter.strip();
		try {
			return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(value) * 1000)));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (RuntimeException unreadable) {
				return null;
			}
		}
	}

}
