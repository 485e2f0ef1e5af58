package sage.server.market.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.market.IndicatorValues;

/** One indicator over one instrument's bars, as the API shows it. */
@Schema(name = "IndicatorValues",
		description = "An indicator computed by the engine on stored bars, aligned to their open times. A value is "
				+ "null where the indicator has none yet (its warm-up, when not enough bars precede the range).")
record IndicatorValuesResponse(@Schema(example = "SPY") String symbol, @Schema(example = "1d") String interval,
		@Schema(example = "bollinger") String indicator,
		@Schema(example = "{\"period\": 20, \"stdDev\": 2}",
				description = "Every parameter used, defaults included") Map<String, BigDecimal> params,
		@Schema(example = "true", description = "Drawn over the price (true) or in a panel of its own") boolean overlay,
		@Schema(example = "19",
				description = "Bars of warm-up the indicator needs; as many bars before the range were read, so the "
						+ "first value is valid when that much history is stored") int unstableBars,
		@Schema(example = "[\"middle\", \"upper\", \"lower\"]") List<String> outputs,
		@Schema(example = "[\"2020-01-02T14:30:00Z\", \"2020-01-03T14:30:00Z\"]",
				description = "Bar open times (UTC), oldest first") List<Instant> times,
		@Schema(example = "{\"middle\": [311.2, 311.7], \"upper\": [322.8, 322.9], \"lower\": [299.6, 300.5]}",
				description = "Per output, one value per time; null where there is none") Map<String, List<@Nullable Double>> values,
		@Schema(description = "True when older bars in the range were left out to respect the limit") boolean truncated) {

	static IndicatorValuesResponse of(IndicatorValues values) {
		return new IndicatorValuesResponse(values.symbol(), values.interval(), values.indicator(), values.params(),
				values.overlay(), values.unstableBars(), values.outputs(), values.times(), values.values(),
				values.truncated());
	}

}
