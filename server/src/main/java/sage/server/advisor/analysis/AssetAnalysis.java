package sage.server.advisor.analysis;

import java.util.Optional;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.market.Instrument;

/**
 * What the analyst found about one instrument: numbers as facts, and the trend, which is
 * a word and so not a fact.
 *
 * @param instrument the instrument
 * @param facts its {@link Measure}s that could be computed (a measure is missing when too
 * little history is stored for it or nothing prices the instrument)
 * @param trend the 50-day against the 200-day average
 */
public record AssetAnalysis(Instrument instrument, FactSheet facts, Trend trend) {

	/** The fact of this measure, if it could be computed. */
	public Optional<Fact> fact(Measure measure) {
		return this.facts.find(measure.idFor(this.instrument.symbol()));
	}

	/** Whether nothing at all is known of the instrument's price. */
	public boolean isEmpty() {
		return this.facts.isEmpty();
	}

}
