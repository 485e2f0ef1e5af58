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

	/** No stored backtest or job of the caller has this id. */
	public static final ProblemType BACKTEST_NOT_FOUND = new ProblemType("backtest-not-found", HttpStatus.NOT_FOUND,
			"Backtest not found");

	/** The requested range holds too few bars to run the strategy (or none at all). */
	public static final ProblemType NOT_ENOUGH_BARS = new ProblemType("not-enough-bars",
			HttpStatus.UNPROCESSABLE_CONTENT, "Not enough bars");

	/**
	 * A sweep would run more combinations, or more bar-steps, than one server should take
	 * on.
	 */
	public static final ProblemType TOO_MUCH_WORK = new ProblemType("too-much-work", HttpStatus.BAD_REQUEST,
			"Too much work");

	/** No sweep of the caller has this id. */
	public static final ProblemType SWEEP_NOT_FOUND = new ProblemType("sweep-not-found", HttpStatus.NOT_FOUND,
			"Sweep not found");

	/** As many sweeps as the server runs at once are already waiting or running. */
	public static final ProblemType SWEEPS_BUSY = new ProblemType("sweeps-busy", HttpStatus.TOO_MANY_REQUESTS,
			"Sweeps busy");

	/** As many backtest jobs as a node queues are already waiting or running. */
	public static final ProblemType BACKTESTS_BUSY = new ProblemType("backtests-busy", HttpStatus.TOO_MANY_REQUESTS,
			"Backtests busy");

	/**
	 * The Monte Carlo asked for with a backtest has a run count outside its bounds or an
	 * unknown resampling.
	 */
	public static final ProblemType INVALID_MONTE_CARLO = new ProblemType("invalid-monte-carlo", HttpStatus.BAD_REQUEST,
			"Invalid Monte Carlo settings");

	/**
	 * The walk-forward asked for with a sweep has a value outside its bounds, or folds
	 * that need more bars than the range holds.
	 */
	public static final ProblemType INVALID_WALK_FORWARD = new ProblemType("invalid-walk-forward",
			HttpStatus.BAD_REQUEST, "Invalid walk-forward settings");

	/** No trading account of the caller has this id. */
	public static final ProblemType TRADING_ACCOUNT_NOT_FOUND = new ProblemType("trading-account-not-found",
			HttpStatus.NOT_FOUND, "Trading account not found");

	/** No bot of the caller has this id. */
	public static final ProblemType BOT_NOT_FOUND = new ProblemType("bot-not-found", HttpStatus.NOT_FOUND,
			"Bot not found");

	/** The caller already has an account or a bot with this name. */
	public static final ProblemType NAME_TAKEN = new ProblemType("name-taken", HttpStatus.CONFLICT, "Name taken");

	/**
	 * The bot's state does not allow the action (starting a stopped bot, pausing a new
	 * one).
	 */
	public static final ProblemType BOT_STATE_CONFLICT = new ProblemType("bot-state-conflict", HttpStatus.CONFLICT,
			"Bot state conflict");

	/** The account has less available in the currency than the bot's capital. */
	public static final ProblemType INSUFFICIENT_BALANCE = new ProblemType("insufficient-balance",
			HttpStatus.UNPROCESSABLE_CONTENT, "Insufficient balance");

	/**
	 * The exchange refused the API key when it was connected: wrong key or secret, an
	 * expired key, or an IP address the key does not allow.
	 */
	public static final ProblemType EXCHANGE_KEY_REJECTED = new ProblemType("exchange-key-rejected",
			HttpStatus.UNPROCESSABLE_CONTENT, "Exchange key rejected");

	/**
	 * The API key cannot read or trade, or it can withdraw (Sage never withdraws, and
	 * refuses keys that could).
	 */
	public static final ProblemType EXCHANGE_KEY_PERMISSIONS = new ProblemType("exchange-key-permissions",
			HttpStatus.UNPROCESSABLE_CONTENT, "Exchange key has the wrong permissions");

	/** The exchange did not answer, after the retries that are safe. */
	public static final ProblemType VENUE_UNAVAILABLE = new ProblemType("venue-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, "Exchange unavailable");

	/**
	 * The exchange is rate limiting or has banned this client: nothing is sent to it
	 * before {@code Retry-After}.
	 */
	public static final ProblemType VENUE_HALTED = new ProblemType("venue-halted", HttpStatus.SERVICE_UNAVAILABLE,
			"Trading on this exchange is halted");

	/** An Idempotency-Key already placed a different order. */
	public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType("idempotency-key-reused",
			HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused");

	/** No order of the caller has this id. */
	public static final ProblemType ORDER_NOT_FOUND = new ProblemType("order-not-found", HttpStatus.NOT_FOUND,
			"Order not found");

	/** The order is done (filled, cancelled, rejected) or is a bot's to manage. */
	public static final ProblemType ORDER_NOT_CANCELABLE = new ProblemType("order-not-cancelable", HttpStatus.CONFLICT,
			"Order cannot be cancelled");

	/** Orders by hand go to live accounts; paper accounts trade through bots. */
	public static final ProblemType ACCOUNT_NOT_LIVE = new ProblemType("account-not-live", HttpStatus.CONFLICT,
			"Not a live account");

	/** The problem for an id that matches no stored backtest. */
	public static ProblemException backtestNotFound(String id) {
		return new ProblemException(BACKTEST_NOT_FOUND, "No backtest has the id '" + id + "'.");
	}

	/** The problem for an id that matches no sweep. */
	public static ProblemException sweepNotFound(String id) {
		return new ProblemException(SWEEP_NOT_FOUND, "No sweep has the id '" + id + "'.");
	}

	private TradingProblems() {
	}

}
