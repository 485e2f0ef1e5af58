package sage.server.trading;

import org.springframework.http.HttpStatus;

import sage.server.platform.ProblemException;
import sage.server.platform.ProblemType;

/** Problems the trading API answers with; each code is documented in docs/errors.md. */
public final class TradingProblems {

	/** No strategy has this id; {@code available} lists those that exist. */
	public static final ProblemType STRATEGY_NOT_FOUND = new ProblemType("strategy-not-found", HttpStatus.NOT_FOUND,
			"Strategy not found");

	/** A strategy parameter is unknown, malformed or outside its range. */
	public static final ProblemType INVALID_PARAMETERS = new ProblemType("invalid-parameters", HttpStatus.BAD_REQUEST,
			"Invalid strategy parameters");

	/** No stored backtest has this id. */
	public static final ProblemType BACKTEST_NOT_FOUND = new ProblemType("backtest-not-found", HttpStatus.NOT_FOUND,
			"Backtest not found");

	/** The requested range holds too few bars to run the strategy (or none at all). */
	public static final ProblemType NOT_ENOUGH_BARS = new ProblemType("not-enough-bars",
			HttpStatus.UNPROCESSABLE_CONTENT, "Not enough bars");

	/** The problem for an id that matches no stored backtest. */
	public static ProblemException backtestNotFound(String id) {
		return new ProblemException(BACKTEST_NOT_FOUND, "No backtest has the id '" + id + "'.");
	}

	private TradingProblems() {
	}

}
