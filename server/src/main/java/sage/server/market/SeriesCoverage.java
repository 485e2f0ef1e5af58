package sage.server.market;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import sage.engine.series.Timeframe;

/**
 * What Sage holds of one instrument at one timeframe.
 *
 * @param timeframe the bar length
 * @param firstBar open time of the oldest bar, empty when there are none
 * @param lastBar open time of the newest bar
 * @param bars how many bars are stored
 * @param source where the bars came from, as shown to users (attribution)
 */
public record SeriesCoverage(Timeframe timeframe, @Nullable Instant firstBar, @Nullable Instant lastBar, int bars,
		String source) implements Serializable {
}
