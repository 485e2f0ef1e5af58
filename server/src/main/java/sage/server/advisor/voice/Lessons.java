package sage.server.advisor.voice;

import java.time.Instant;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.advisor.reading.Topic;

/**
 * The numbers a lesson states: only the RSI's thresholds; every other lesson is words.
 */
public final class Lessons {

	/** The id of the RSI level above which it reads overbought. */
	public static final String RSI_OVERBOUGHT = "rsi.overbought";

	/** The id of the RSI level below which it reads oversold. */
	public static final String RSI_OVERSOLD = "rsi.oversold";

	private static final String SOURCE = "J. Welles Wilder, New Concepts in Technical Trading Systems (the usual reading)";

	private Lessons() {
	}

	/**
	 * The facts the lesson on {@code topic} states.
	 * @param now when the answer is written, the time these conventions are stated at
	 */
	public static FactSheet facts(Topic topic, Instant now) {
		if (topic != Topic.RSI) {
			return FactSheet.EMPTY;
		}
		return new FactSheet(java.util.List.of(
				new Fact(RSI_OVERBOUGHT, "RSI above which it reads overbought", RsiReading.OVERBOUGHT_ABOVE, Unit.INDEX,
						null, null, SOURCE, now),
				new Fact(RSI_OVERSOLD, "RSI below which it reads oversold", RsiReading.OVERSOLD_BELOW, Unit.INDEX, null,
						null, SOURCE, now)));
	}

}
