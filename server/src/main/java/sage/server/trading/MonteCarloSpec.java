package sage.server.trading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import sage.engine.research.MonteCarlo.Resampling;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

/**
 * The Monte Carlo run on a backtest's closed trades when it completes: how many runs and
 * how each run draws its trades. The seed is fixed ({@link #SEED}), so the same backtest
 * always gives the same figures.
 *
 * @param runs how many resampled runs, in [{@link #MIN_RUNS}, {@link #MAX_RUNS}], or 0
 * for none
 * @param resampling {@code BOOTSTRAP} draws as many trades as there were, with
 * replacement, so the final equity varies too; {@code SHUFFLE} replays exactly the
 * backtest's trades in a random order, so only the path (the drawdown) varies
 */
public record MonteCarloSpec(int runs, Resampling resampling) {

	/** Runs when none are asked for. */
	public static final int DEFAULT_RUNS = 1_000;

	/** Fewest runs that give stable 5th and 95th percentiles. */
	public static final int MIN_RUNS = 100;

	/** Most runs one backtest may ask for. */
	public static final int MAX_RUNS = 10_000;

	/** Fewest closed trades worth resampling. */
	public static final int MIN_TRADES = 5;

	/** The seed of every run's random draws. */
	public static final long SEED = 1L;

	/**
	 * The multiple of the historical drawdown whose probability of being exceeded is
	 * reported.
	 */
	public static final double DRAWDOWN_MULTIPLE = 1.5;

	/** 1,000 bootstrap runs. */
	public static final MonteCarloSpec DEFAULT = new MonteCarloSpec(DEFAULT_RUNS, Resampling.BOOTSTRAP);

	/** No Monte Carlo. */
	public static final MonteCarloSpec OFF = new MonteCarloSpec(0, Resampling.BOOTSTRAP);

	public MonteCarloSpec {
		Objects.requireNonNull(resampling, "resampling");
		if (runs != 0 && (runs < MIN_RUNS || runs > MAX_RUNS)) {
			throw new IllegalArgumentException(
					"runs must be 0 or lie in [" + MIN_RUNS + ", " + MAX_RUNS + "]: " + runs);
		}
	}

	/** Whether a Monte Carlo runs at all. */
	public boolean isOn() {
		return this.runs > 0;
	}

	/**
	 * The settings a client asked for, defaults filled in.
	 * @param runs null for {@link #DEFAULT_RUNS}, 0 for none
	 * @param resampling {@code BOOTSTRAP} (the default when null) or {@code SHUFFLE}, in
	 * any case
	 * @throws ProblemException {@code invalid-monte-carlo} naming each bad field, as the
	 * client sent it ({@code monteCarlo.runs})
	 */
	public static MonteCarloSpec of(@Nullable Integer runs, @Nullable String resampling) {
		int count = (runs != null) ? runs : DEFAULT_RUNS;
		Resampling drawn = Resampling.BOOTSTRAP;
		List<FieldProblem> problems = new ArrayList<>();
		if (count != 0 && (count < MIN_RUNS || count > MAX_RUNS)) {
			problems.add(new FieldProblem("monteCarlo.runs", String.format(Locale.ROOT,
					"must be 0 (no Monte Carlo) or from %,d to %,d, not %,d", MIN_RUNS, MAX_RUNS, count)));
		}
		if (resampling != null) {
			try {
				drawn = Resampling.valueOf(resampling.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("monteCarlo.resampling",
						"must be BOOTSTRAP or SHUFFLE, not '" + resampling + "'"));
			}
		}
		if (!problems.isEmpty()) {
			String detail = problems.stream()
				.map((p) -> p.field() + " " + p.message())
				.collect(Collectors.joining("; "));
			throw new ProblemException(TradingProblems.INVALID_MONTE_CARLO, detail, problems, Map.of());
		}
		return new MonteCarloSpec(count, drawn);
	}

}
