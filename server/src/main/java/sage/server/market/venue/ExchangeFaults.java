package sage.server.market.venue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jspecify.annotations.Nullable;
import org.knowm.xchange.exceptions.CurrencyPairNotValidException;
import org.knowm.xchange.exceptions.ExchangeException;
import org.knowm.xchange.exceptions.ExchangeSecurityException;
import org.knowm.xchange.exceptions.ExchangeUnavailableException;
import org.knowm.xchange.exceptions.FrequencyLimitExceededException;
import org.knowm.xchange.exceptions.InstrumentNotValidException;
import org.knowm.xchange.exceptions.InternalServerException;
import org.knowm.xchange.exceptions.OperationTimeoutException;
import org.knowm.xchange.exceptions.RateLimitExceededException;
import org.knowm.xchange.exceptions.SystemOverloadException;
import si.mazi.rescu.AwareException;
import si.mazi.rescu.ExceptionalReturnContentException;
import si.mazi.rescu.HttpStatusExceptionSupport;
import si.mazi.rescu.HttpStatusIOException;

import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;

/**
 * Turns whatever a venue client throws (XChange's exceptions, rescu's
 * {@link HttpStatusIOException} with status, body and headers, a venue's own exception
 * type, socket timeouts and resets, Jackson parse errors) into a classified
 * {@link UpstreamException}, reading {@code Retry-After} where the answer carried it.
 *
 * <p>
 * The venue supplies two things: how to read its own error out of a failure
 * ({@code reader}, e.g. {@code BinanceException}'s code, status and headers) and what its
 * codes mean ({@link ErrorTable}). Everything else is classified the same for every
 * venue.
 */
public final class ExchangeFaults {

	/** Upstream bodies are quoted in messages only this far. */
	private static final int QUOTED_BODY = 200;

	private final String provider;

	private final ErrorTable table;

	private final Function<Throwable, Optional<VenueError>> reader;

	private final Clock clock;

	/**
	 * @param provider the provider's name, for messages
	 * @param table what the venue's codes mean
	 * @param reader the venue's own error in a failure, if it is one
	 * @param clock to turn a {@code Retry-After} date into a wait
	 */
	public ExchangeFaults(String provider, ErrorTable table, Function<Throwable, Optional<VenueError>> reader,
			Clock clock) {
		this.provider = provider;
		this.table = table;
		this.reader = reader;
		this.clock = clock;
	}

	/** The classified fault behind {@code thrown}. */
	public UpstreamException classify(String operation, Throwable thrown) {
		Throwable error = unwrap(thrown);
		if (error instanceof UpstreamException upstream) {
			return upstream;
		}
		Optional<VenueError> venue = this.reader.apply(error);
		if (venue.isPresent()) {
			return fault(operation, venue.get());
		}
		if (error instanceof HttpStatusIOException status) {
			int code = status.getHttpStatusCode();
			if (code >= 200 && code < 300) {
				// rescu reports a 2xx body it could not map to the expected type this way
				return fault(Kind.MALFORMED, operation + ": answer is not the JSON expected: " + firstLine(error)
						+ quoted(status.getHttpBody()), null, error);
			}
			return fault(byStatus(code), operation + ": HTTP " + code + quoted(status.getHttpBody()),
					retryAfter(status.getResponseHeaders(), this.clock.instant()), error);
		}
		if (error instanceof HttpStatusExceptionSupport status) {
			int code = status.getHttpStatusCode();
			return fault(byStatus(code), operation + ": HTTP " + code + ": " + error.getMessage(), null, error);
		}
		if (error instanceof InterruptedException) {
			Thread.currentThread().interrupt();
			return fault(Kind.TIMEOUT, operation + ": interrupted", null, error);
		}
		if (error instanceof SocketTimeoutException || error instanceof HttpTimeoutException
				|| error instanceof InterruptedIOException) {
			return fault(Kind.TIMEOUT, operation + ": no answer in time: " + error.getMessage(), null, error);
		}
		if (error instanceof JsonProcessingException || error instanceof ExceptionalReturnContentException) {
			return fault(Kind.MALFORMED, operation + ": answer is not the JSON expected: " + firstLine(error), null,
					error);
		}
		if (error instanceof IOException) {
			return fault(Kind.CONNECTION, operation + ": connection failed: " + error, null, error);
		}
		if (error instanceof ExchangeException exchange) {
			return exchangeFault(operation, exchange);
		}
		// an adapter that met a shape it did not expect (a missing field, an empty list)
		return fault(Kind.MALFORMED, operation + ": " + error.getClass().getSimpleName() + ": " + firstLine(error),
				null, error);
	}

	/** The classified fault a venue's own error means. */
	public UpstreamException fault(String operation, VenueError error) {
		Kind kind = this.table.kindOf(error);
		if (kind == null) {
			kind = byStatus(error.httpStatus());
		}
		String status = (error.httpStatus() > 0) ? " (HTTP " + error.httpStatus() + ")" : "";
		return fault(kind,
				operation + ": " + this.provider + " error " + error.code() + ": " + error.message() + status,
				error.retryAfter(), null);
	}

	/**
	 * An {@link UpstreamHttp.AnswerCheck} for a venue's REST endpoints called directly:
	 * {@code reader} finds the venue's error in an answer, this venue's table classifies
	 * it.
	 */
	public UpstreamHttp.AnswerCheck answerCheck(Function<UpstreamHttp.Answer, Optional<VenueError>> reader) {
		return (answer) -> reader.apply(answer).map((error) -> fault(answer.operation(), error)).orElse(null);
	}

	/** The kind an HTTP status means when nothing more specific is known. */
	public static Kind byStatus(int status) {
		if (status == 429 || status == 418) {
			return Kind.RATE_LIMITED;
		}
		if (status >= 500) {
			return Kind.SERVER_ERROR;
		}
		if (status == 404) {
			return Kind.NOT_FOUND;
		}
		if (status == 401 || status == 403) {
			return Kind.UNAUTHORIZED;
		}
		return Kind.REJECTED;
	}

	/**
	 * {@code Retry-After} from headers as {@link java.net.HttpURLConnection} reports them
	 * (names in any case, the status line under a {@code null} key).
	 */
	public static @Nullable Duration retryAfter(@Nullable Map<String, List<String>> headers, Instant now) {
		if (headers == null) {
			return null;
		}
		for (Map.Entry<String, List<String>> header : headers.entrySet()) {
			if ("Retry-After".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
				return UpstreamHttp.retryAfter(header.getValue().get(0), now);
			}
		}
		return null;
	}

	private UpstreamException exchangeFault(String operation, ExchangeException error) {
		if (error.getCause() != null && error.getCause() != error) {
			Throwable cause = unwrap(error.getCause());
			if (cause instanceof IOException || cause instanceof HttpStatusExceptionSupport) {
				return classify(operation, cause);
			}
		}
		Kind kind;
		if (error instanceof RateLimitExceededException || error instanceof FrequencyLimitExceededException) {
			kind = Kind.RATE_LIMITED;
		}
		else if (error instanceof InternalServerException || error instanceof ExchangeUnavailableException
				|| error instanceof SystemOverloadException) {
			kind = Kind.SERVER_ERROR;
		}
		else if (error instanceof OperationTimeoutException) {
			kind = Kind.TIMEOUT;
		}
		else if (error instanceof CurrencyPairNotValidException || error instanceof InstrumentNotValidException) {
			kind = Kind.NOT_FOUND;
		}
		else if (error instanceof ExchangeSecurityException) {
			kind = Kind.UNAUTHORIZED;
		}
		else {
			kind = Kind.REJECTED;
		}
		return fault(kind, operation + ": " + firstLine(error), null, error);
	}

	private UpstreamException fault(Kind kind, String message, @Nullable Duration retryAfter,
			@Nullable Throwable cause) {
		return new UpstreamException(this.provider, kind, message, retryAfter, cause);
	}

	private static Throwable unwrap(Throwable thrown) {
		Throwable error = thrown;
		for (int depth = 0; depth < 8; depth++) {
			Throwable inner = switch (error) {
				case AwareException aware -> aware.getCause();
				case UndeclaredThrowableException undeclared -> undeclared.getUndeclaredThrowable();
				case InvocationTargetException invocation -> invocation.getTargetException();
				case ExecutionException execution -> execution.getCause();
				case CompletionException completion -> completion.getCause();
				default -> null;
			};
			if (inner == null || inner == error) {
				return error;
			}
			error = inner;
		}
		return error;
	}

	private static String firstLine(Throwable error) {
		String message = String.valueOf(error.getMessage());
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	private static String quoted(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String flat = body.replaceAll("\\s+", " ").strip();
		return ": " + ((flat.length() > QUOTED_BODY) ? flat.substring(0, QUOTED_BODY) + "…" : flat);
	}

}
