package sage.server.market;

import org.springframework.http.HttpStatus;

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

	/** No ingestion job has this name. */
	public static final ProblemType INGESTION_JOB_NOT_FOUND = new ProblemType("ingestion-job-not-found",
			HttpStatus.NOT_FOUND, "Ingestion job not found");

	/** A run of the ingestion job is going on (here or on another node). */
	public static final ProblemType INGESTION_RUNNING = new ProblemType("ingestion-running", HttpStatus.CONFLICT,
			"Ingestion job running");

	/** The problem for a symbol that matches no instrument. */
	public static ProblemException instrumentNotFound(String symbol) {
		return new ProblemException(INSTRUMENT_NOT_FOUND, "No instrument has the symbol or alias '" + symbol
				+ "'. Search with GET /api/v1/instruments?query=...");
	}

	private MarketProblems() {
	}

}
