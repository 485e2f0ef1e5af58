package sage.server.market.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import sage.engine.indicator.IndicatorDefinition;
import sage.engine.param.ParamSpec;

/** The indicators the API computes, with what a picker needs to offer them. */
@Schema(name = "IndicatorList")
record IndicatorListResponse(List<Indicator> items) {

	static IndicatorListResponse of(List<IndicatorDefinition> definitions) {
		return new IndicatorListResponse(definitions.stream().map(Indicator::of).toList());
	}

	/** One indicator: its name, what it reads and draws, and its parameters. */
	@Schema(name = "Indicator")
	record Indicator(@Schema(example = "bollinger", description = "Stable name, for the name parameter") String name,
			@Schema(example = "Bollinger Bands: a simple moving average with bands stdDev population standard "
					+ "deviations above and below it.") String description,
			@Schema(example = "true",
					description = "Drawn over the price (true) or in a panel of its own") boolean overlay,
			@Schema(example = "[\"close\"]", description = "Bar columns it reads") List<String> input,
			@Schema(example = "[\"middle\", \"upper\", \"lower\"]") List<String> outputs, List<Param> params) {

		static Indicator of(IndicatorDefinition definition) {
			return new Indicator(definition.name(), definition.description(), definition.overlay(),
					definition.input().columns(), definition.outputs(),
					definition.params().stream().map(Param::of).toList());
		}

	}

	/** One parameter, sent as a query parameter of the same name. */
	@Schema(name = "IndicatorParam")
	record Param(@Schema(example = "period") String name, @Schema(example = "INTEGER", allowableValues = {
			"INTEGER", "DECIMAL" }) String type, @Schema(example = "20") BigDecimal defaultValue,
			@Schema(example = "2") BigDecimal min, @Schema(example = "500") BigDecimal max,
			@Schema(example = "Window length in bars") String description){

		static Param of(ParamSpec spec) {
			return new Param(spec.name(), spec.type().name(), spec.defaultValue(), spec.min(), spec.max(),
					spec.description());
		}

	}

}
