package sage.server.advisor.voice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.market.AssetClass;
import sage.server.market.Instrument;

/** Hand-built analyses with every measure, for the writer's tests. */
final class SampleAnalyses {

	static final Instant AS_OF = Instant.parse("2019-10-17T00:00:00Z");

	private SampleAnalyses() {
	}

	/**
	 * An analysis of {@code instrument} with these values by measure; price-like ones in
	 * its currency.
	 */
	static AssetAnalysis of(Instrument instrument, Trend trend, Map<Measure, String> values) {
		List<Fact> facts = new ArrayList<>();
		values.forEach((measure, value) -> facts.add(fact(instrument, measure, new BigDecimal(value))));
		return new AssetAnalysis(instrument, new FactSheet(facts), trend);
	}

	static Map<Measure, String> bitcoin() {
		return Map.ofEntries(Map.entry(Measure.PRICE, "8034.32"), Map.entry(Measure.CHANGE_1D, "0.5221357843"),
				Map.entry(Measure.CHANGE_7D, "-3.21"), Map.entry(Measure.CHANGE_30D, "-22.87"),
				Map.entry(Measure.SMA_50, "9311.4716"), Map.entry(Measure.SMA_200, "9024.10475"),
				Map.entry(Measure.RSI_14, "41.27853690213"), Map.entry(Measure.VOLATILITY_30D, "45.73"),
				Map.entry(Measure.MAX_DRAWDOWN_90D, "-34.18"), Map.entry(Measure.SUPPORT_30D, "7710.0"),
				Map.entry(Measure.RESISTANCE_30D, "10370.99"));
	}

	static Map<Measure, String> samsung() {
		return Map.ofEntries(Map.entry(Measure.PRICE, "49500"), Map.entry(Measure.CHANGE_1D, "-1.002004008"),
				Map.entry(Measure.CHANGE_7D, "2.06"), Map.entry(Measure.CHANGE_30D, "5.32"),
				Map.entry(Measure.SMA_50, "47210.0"), Map.entry(Measure.SMA_200, "45133.75"),
				Map.entry(Measure.RSI_14, "74.5"), Map.entry(Measure.VOLATILITY_30D, "21.4"),
				Map.entry(Measure.MAX_DRAWDOWN_90D, "-6.5"), Map.entry(Measure.SUPPORT_30D, "46100.0"),
				Map.entry(Measure.RESISTANCE_30D, "50300.0"));
	}

	static Map<Measure, String> spy() {
		return Map.ofEntries(Map.entry(Measure.PRICE, "342.57"), Map.entry(Measure.CHANGE_1D, "0.1"),
				Map.entry(Measure.CHANGE_7D, "1.02"), Map.entry(Measure.CHANGE_30D, "3.4"),
				Map.entry(Measure.SMA_50, "335.1"), Map.entry(Measure.SMA_200, "334.2"),
				Map.entry(Measure.RSI_14, "25.5"), Map.entry(Measure.VOLATILITY_30D, "14.2"),
				Map.entry(Measure.MAX_DRAWDOWN_90D, "-4.11"), Map.entry(Measure.SUPPORT_30D, "330.0"),
				Map.entry(Measure.RESISTANCE_30D, "350.12"));
	}

	static Map<Measure, String> kospi() {
		return Map.ofEntries(Map.entry(Measure.PRICE, "2064.84"), Map.entry(Measure.CHANGE_1D, "-0.37"),
				Map.entry(Measure.CHANGE_30D, "-2.5"), Map.entry(Measure.SMA_50, "2040"),
				Map.entry(Measure.SMA_200, "2150"));
	}

	private static Fact fact(Instrument instrument, Measure measure, BigDecimal value) {
		Unit unit = switch (measure) {
			case PRICE, SMA_50, SMA_200, SUPPORT_30D, RESISTANCE_30D ->
				(instrument.assetClass() == AssetClass.INDEX) ? Unit.INDEX : Unit.MONEY;
			case RSI_14 -> Unit.INDEX;
			default -> Unit.PERCENT;
		};
		return new Fact(measure.idFor(instrument.symbol()), measure.label(), value, unit,
				(unit == Unit.MONEY) ? instrument.currency() : null, instrument.symbol(),
				"/api/v1/instruments/" + instrument.symbol() + "/quote", AS_OF);
	}

}
