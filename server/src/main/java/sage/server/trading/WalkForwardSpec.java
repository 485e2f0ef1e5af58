package sage.server.trading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import sage.engine.research.WalkForward.Window;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

/**
 * A walk-forward run after a sweep's grid: {@code folds} consecutive test windows of
 * {@code testBars} bars, each after a train window the grid is searched on; the
 * parameters that rank first on the train window by the sweep's metric are then run on
 * the test window. Train windows are the {@code trainBars} bars before the test window
 * ({@code ROLLING}) or every bar from the first ({@code ANCHORED}, starting with
 * {@code trainBars}).
 *
 * @param folds how many test windows, in [1, {@link #MAX_FOLDS}]
 * @param trainBars bars in the first train window (every train window when rolling), at
 * least {@link #MIN_WINDOW_BARS}
 * @param testBars bars in each test window, at least {@link #MIN_WINDOW_BARS}
 * @param window how train windows move from fold to fold
 */
public record WalkForwardSpec(int folds, int trainBars, int testBars, Window window) {

	/** Most folds one walk-forward may have. */
	public static final int MAX_FOLDS = 100;

	/** Fewest bars in a window: a backtest needs two. */
	public static final int MIN_WINDOW_BARS = 2;

	public WalkForwardSpec {
		Objects.requireNonNull(window, "window");
		if (folds < 1 || folds > MAX_FOLDS || trainBars < MIN_WINDOW_BARS || testBars < MIN_WINDOW_BARS
				|| trainBars > Backtests.MAX_BARS || testBars > Backtests.MAX_BARS) {
			throw new IllegalArgumentException(
					"invalid walk-forward: " + folds + " folds, " + trainBars + " train, " + testBars + " test bars");
		}
	}

	/** Bars the folds span, from the first train bar to the last test bar. */
	public long barsNeeded() {
		return this.trainBars + (long) this.testBars * this.folds;
	}

	/**
	 * The walk-forward a client asked for.
	 * @param window {@code ROLLING} (the default when null) or {@code ANCHORED}, in any
	 * case
	 * @throws ProblemException {@code invalid-walk-forward} naming each bad field as the
	 * client sent it ({@code walkForward.folds}); a missing count is bad
	 */
	public static WalkForwardSpec of(@Nullable Integer folds, @Nullable Integer trainBars, @Nullable Integer testBars,
			@Nullable String window) {
		List<FieldProblem> problems = new ArrayList<>();
		check(problems, "folds", folds, 1, MAX_FOLDS);
		check(problems, "trainBars", trainBars, MIN_WINDOW_BARS, Backtests.MAX_BARS);
		check(problems, "testBars", testBars, MIN_WINDOW_BARS, Backtests.MAX_BARS);
		Window moves = Window.ROLLING;
		if (window != null) {
			try {
				moves = Window.valueOf(window.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems
					.add(new FieldProblem("walkForward.window", "must be ROLLING or ANCHORED, not '" + window + "'"));
			}
		}
		if (!problems.isEmpty()) {
			throw problem(problems);
		}
		return new WalkForwardSpec(Objects.requireNonNull(folds), Objects.requireNonNull(trainBars),
				Objects.requireNonNull(testBars), moves);
	}

	/** The problem for walk-forward fields that are wrong. */
	static ProblemException problem(List<FieldProblem> problems) {
		String detail = problems.stream().map((p) -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
		return new ProblemException(TradingProblems.INVALID_WALK_FORWARD, detail, problems, Map.of());
	}

	private static void check(List<FieldProblem> problems, String name, @Nullable Integer value, int min, int max) {
		if (value == null) {
			problems.add(new FieldProblem("walkForward." + name, "is required"));
		}
		else if (value < min || value > max) {
			problems.add(new FieldProblem("walkForward." + name,
					String.format(Locale.ROOT, "must lie in [%,d, %,d], not %,d", min, max, value)));
		}
	}

}
