package sage.engine.research;

import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fold windows for any sizes that fit: test windows follow each other without gaps or
 * overlap, never overlap their train window, and the train windows keep their size
 * (rolling) or start at bar 0 (anchored).
 */
class WalkForwardProperties {

	@Property(tries = 1000)
	void foldWindowsTileTheTestBarsAndNeverOverlapTheirTraining(@ForAll @IntRange(min = 1, max = 2000) int bars,
			@ForAll @IntRange(min = 1, max = 500) int train, @ForAll @IntRange(min = 1, max = 300) int test,
			@ForAll @IntRange(min = 1, max = 12) int count, @ForAll WalkForward.Window window) {
		Assume.that(train + test * count <= bars);
		List<Fold> folds = WalkForward.folds(bars, train, test, count, window);
		assertThat(folds).hasSize(count);
		for (int k = 0; k < count; k++) {
			Fold fold = folds.get(k);
			assertThat(fold.number()).isEqualTo(k);
			assertThat(fold.testFrom()).isEqualTo((k == 0) ? train : folds.get(k - 1).testTo());
			assertThat(fold.testBars()).isEqualTo(test);
			assertThat(fold.trainTo()).isEqualTo(fold.testFrom());
			assertThat(fold.testTo()).isLessThanOrEqualTo(bars);
			if (window == WalkForward.Window.ROLLING) {
				assertThat(fold.trainBars()).isEqualTo(train);
			}
			else {
				assertThat(fold.trainFrom()).isZero();
			}
		}
	}

}
