package sage.server.trading.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.engine.param.ParamSpec;
import sage.engine.strategy.StrategyDefinition;
import sage.server.trading.StrategyCatalog;

/** The strategies a backtest (and later a bot) can run, with their parameter schemas. */
@RestController
@RequestMapping(path = "/api/v1/strategies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Backtests", description = "Strategies run over stored bars, with their results kept")
class StrategyController {

	private final StrategyCatalog catalog;

	StrategyController(StrategyCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "List strategies",
			description = "Every strategy with the parameters it takes: name, type, default and allowed range. "
					+ "A form can be built from it.")
	@ApiResponse(responseCode = "200", description = "The strategies")
	StrategyList strategies() {
		return new StrategyList(this.catalog.all().stream().map(StrategyResponse::of).toList());
	}

	@Schema(name = "StrategyList")
	record StrategyList(List<StrategyResponse> items) {
	}

	@Schema(name = "Strategy")
	record StrategyResponse(@Schema(example = "rsi-threshold") String id, @Schema(
			example = "Buys when RSI falls below low, closes when it rises above high; long only.") String description,
			List<Param> params) {

		static StrategyResponse of(StrategyDefinition definition) {
			return new StrategyResponse(definition.id(), definition.description(),
					definition.params().stream().map(Param::of).toList());
		}

	}

	@Schema(name = "StrategyParam")
	record Param(@Schema(example = "period") String name, @Schema(example = "INTEGER", allowableValues = {
			"INTEGER", "DECIMAL" }) String type, @Schema(example = "14") BigDecimal defaultValue,
			@Schema(example = "2") BigDecimal min, @Schema(example = "500") BigDecimal max,
			@Schema(example = "RSI period in bars") String description){

		static Param of(ParamSpec spec) {
			return new Param(spec.name(), spec.type().name(), spec.defaultValue(), spec.min(), spec.max(),
					spec.description());
		}

	}

}
