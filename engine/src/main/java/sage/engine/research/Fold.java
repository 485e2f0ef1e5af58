package sage.engine.research;

/**
 * One walk-forward step: the bars a sweep picks parameters on (train, in-sample) and the
 * bars those parameters are then run on (test, out-of-sample). Bar indices, half-open:
 * {@code [from, to)}. The test window starts where the train window ends or later, so
 * they never overlap.
 *
 * @param number the fold's position, from 0
 * @param trainFrom first bar of the train window
 * @param trainTo one past its last bar
 * @param testFrom first bar of the test window
 * @param testTo one past its last bar
 */
public record Fold(int number, int trainFrom, int trainTo, int testFrom, int testTo) {

	/** Checks the windows are non-empty, ordered and disjoint. */
	public Fold {
		if (trainFrom < 0 || trainFrom >= trainTo || trainTo > testFrom || testFrom >= testTo) {
			throw new IllegalArgumentException("fold " + number + ": train [" + trainFrom + ", " + trainTo
					+ ") must be non-empty and end before test [" + testFrom + ", " + testTo + ")");
		}
	}

	/** Bars in the train window. */
	public int trainBars() {
		return this.trainTo - this.trainFrom;
	}

	/** Bars in the test window. */
	public int testBars() {
		return this.testTo - this.testFrom;
	}

}
