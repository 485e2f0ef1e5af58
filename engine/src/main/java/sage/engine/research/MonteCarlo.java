package sage.engine.research;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import sage.engine.sim.BacktestResult;
import sage.engine.sim.Trade;

/**
 * How lucky was the order of the trades? Replays a backtest's trades in random orders and
 * reports the spread of the deepest drawdown and the final equity.
 *
 * <p>
 * The input is one return per trade: its net P&amp;L as a fraction of the equity at its
 * entry ({@link #tradeReturns}). Each run starts at equity 1 and compounds the returns in
 * its order: {@code equity *= 1 + r}. So every trade risks the same share of equity as it
 * did in the backtest, whatever the equity is when it comes.
 *
 * <p>
 * Two ways to resample: {@link Resampling#SHUFFLE} permutes the trades, so each run has
 * exactly the backtest's trades and the final equity is the same in every run (the
 * product of {@code 1 + r} does not depend on the order); only the path, and so the
 * drawdown, varies. {@link Resampling#BOOTSTRAP} draws as many trades with replacement,
 * so the final equity varies too.
 *
 * <p>
 * Reproducible: all randomness comes from a {@link SplittableRandom} seeded by the
 * caller, consumed in run order on the calling thread.
 */
public final class MonteCarlo {

	/** The most runs one call may do, to bound time and memory. */
	public static final int MAX_RUNS = 1_000_000;

	/** How each run draws its trades. */
	public enum Resampling {

		/** A random permutation of the trades. */
		SHUFFLE,

		/** As many trades as there are, drawn uniformly with replacement. */
		BOOTSTRAP

	}

	private MonteCarlo() {
	}

	/**
	 * Each closed trade's net P&amp;L over the equity at its entry: the equity at the
	 * close of the bar before its opening fill (the initial cash for a trade opened on
	 * the first bar). For a strategy that is flat between trades this is the cash it
	 * entered with.
	 */
	public static double[] tradeReturns(BacktestResult result) {
		List<Trade> trades = result.trades();
		double[] equity = result.equity();
		double[] returns = new double[trades.size()];
		for (int i = 0; i < returns.length; i++) {
			Trade trade = trades.get(i);
			double atEntry = (trade.openBar() == 0) ? result.initialCash().doubleValue() : equity[trade.openBar() - 1];
			returns[i] = trade.pnl().doubleValue() / atEntry;
		}
		return returns;
	}

	/**
	 * Replays {@code tradeReturns} {@code runs} times.
	 * @param tradeReturns one per trade, each finite and at least -1 (a trade cannot lose
	 * more than the equity); may be empty (every run is then flat)
	 * @param runs in [1, {@link #MAX_RUNS}]
	 * @param seed the random seed; the same seed gives the same result
	 */
	public static MonteCarloResult run(double[] tradeReturns, int runs, long seed, Resampling resampling) {
		Objects.requireNonNull(resampling, "resampling");
		if (runs < 1 || runs > MAX_RUNS) {
			throw new IllegalArgumentException("runs must lie in [1, " + MAX_RUNS + "]: " + runs);
		}
		for (double r : tradeReturns) {
			if (!Double.isFinite(r) || r < -1) {
				throw new IllegalArgumentException("a trade return must be finite and at least -1: " + r);
			}
		}
		SplittableRandom random = new SplittableRandom(seed);
		double[] order = new double[tradeReturns.length];
		double[] drawdowns = new double[runs];
		double[] finals = new double[runs];
		for (int run = 0; run < runs; run++) {
			draw(tradeReturns, order, random, resampling);
			Outcome outcome = replay(order);
			drawdowns[run] = outcome.maxDrawdown();
			finals[run] = outcome.finalEquity();
		}
		return new MonteCarloResult(Distribution.of(drawdowns), Distribution.of(finals));
	}

	/**
	 * Compounds {@code tradeReturns} in the order given, from equity 1, exactly as each
	 * run compounds its own order. Given the backtest's trades in the order they happened
	 * ({@link #tradeReturns}), this is the historical outcome the runs are measured
	 * against, in the same units: the drawdown is measured from trade to trade, so it
	 * does not see a fall inside a trade that the bar-by-bar equity curve does.
	 * @param tradeReturns each finite and at least -1; may be empty
	 */
	public static Outcome replay(double[] tradeReturns) {
		double equity = 1;
		double peak = 1;
		double deepest = 0;
		for (double r : tradeReturns) {
			equity *= 1 + r;
			peak = Math.max(peak, equity);
			deepest = Math.max(deepest, (peak - equity) / peak);
		}
		return new Outcome(deepest, equity);
	}

	/**
	 * Where one sequence of trades ends.
	 *
	 * @param maxDrawdown the deepest fall from a running peak of the compounded equity, a
	 * fraction of the peak in [0, 1]
	 * @param finalEquity the equity after the last trade, a multiple of the starting
	 * equity
	 */
	public record Outcome(double maxDrawdown, double finalEquity) {

	}

	private static void draw(double[] returns, double[] into, SplittableRandom random, Resampling resampling) {
		if (resampling == Resampling.BOOTSTRAP) {
			for (int i = 0; i < into.length; i++) {
				into[i] = returns[random.nextInt(returns.length)];
			}
			return;
		}
		// Fisher-Yates over a fresh copy, so each run's permutation is uniform on its own
		System.arraycopy(returns, 0, into, 0, returns.length);
		for (int i = into.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			double swap = into[i];
			into[i] = into[j];
			into[j] = swap;
		}
	}

}
