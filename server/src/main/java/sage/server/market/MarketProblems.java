package sage.server.market;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;

import sage.server.market.provider.UpstreamException;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;
import sage.server.platform.ProblemType;

/** Problems the market API answers with; each code is documented in docs/errors.md. */
public final class MarketProblems {

	/** No instrument has this symbol or alias. */
	public static final ProblemType INSTRUMENT_NOT_FOUND = new ProblemType("instrument-not-found", HttpStatus.NOT_FOUND,
			"Instrument not found");

	/**
	 * The instrument has no bars at the requested interval; {@code available} lists those
	 * it has.
	 */
	public static final ProblemType INTERVAL_NOT_AVAILABLE = new ProblemType("interval-not-available",
			HttpStatus.NOT_FOUND, "No bars at this interval");

	/** A time range that is reversed or outside 1900..2200. */
	public static final ProblemType INVALID_RANGE = new ProblemType("invalid-range", HttpStatus.BAD_REQUEST,
			"Invalid time range");

	/** Bars sent for storage failed validation; nothing was stored. */
	public static final ProblemType INVALID_BARS = new ProblemType("invalid-bars", HttpStatus.BAD_REQUEST,
			"Invalid bars");

	/** No provider, tick or stored bar can price the instrument. */
	public static final ProblemType QUOTE_NOT_AVAILABLE = new ProblemType("quote-not-available", HttpStatus.NOT_FOUND,
			"No quote available");

	/**
	 * The providers that could answer failed, and Sage holds no earlier answer to serve
	 * instead.
	 */
	public static final ProblemType UPSTREAM_UNAVAILABLE = new ProblemType("upstream-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, "Market data provider unavailable");

	/**
	 * The problem for {@code what} ({@code "a quote of SPY"}) when its provider failed
	 * with {@code failure} and nothing is kept; asks the client to retry after the
	 * provider's {@code Retry-After}, or 30 seconds.
	 */
	public static ProblemException upstreamUnavailable(String what, UpstreamException failure) {
		long retryAfter = (failure.retryAfter() != null) ? Math.max(1, failure.retryAfter().toSeconds()) : 30;
		return new ProblemException(UPSTREAM_UNAVAILABLE,
				"Could not get " + what + " from " + failure.provider() + " just now ("
						+ failure.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
						+ "), and Sage holds no earlier answer. Try again later.",
				List.of(), Map.of(ProblemException.RETRY_AFTER_SECONDS, retryAfter, "provider", failure.provider()));
	}

	/**
	 * No indicator has this name; {@code available} lists those that exist.
	 */
	public static final ProblemType INDICATOR_NOT_FOUND = new ProblemType("indicator-not-found", HttpStatus.NOT_FOUND,
			"Indicator not found");

	/**
	 * An indicator parameter is unknown, not a number of the right kind, or out of range;
	 * {@code parameter} names it.
	 */
	public static final ProblemType INVALID_INDICATOR_PARAMETERS = new ProblemType("invalid-indicator-parameters",
			HttpStatus.BAD_REQUEST, "Invalid indicator parameters");

	/** The problem for a symbol that matches no instrument. */
	public static ProblemException instrumentNotFound(String symbol) {
		return new ProblemException(INSTRUMENT_NOT_FOUND, "No instrument has the symbol or alias '" + symbol
				+ "'. Search with GET /api/v1/instruments?query=...");
	}

	/**
	 * The problem for an indicator parameter that is unknown, malformed or out of range.
	 * @param parameter the parameter as sent
	 * @param message what is wrong and what is allowed
	 */
	public static ProblemException invalidIndicatorParameter(String parameter, String message) {
		return new ProblemException(INVALID_INDICATOR_PARAMETERS, message,
				List.of(new FieldProblem(parameter, message)), Map.of("parameter", parameter));
	}

	private MarketProblems() {
	}

}
