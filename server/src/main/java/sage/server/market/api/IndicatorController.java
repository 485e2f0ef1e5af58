package sage.server.market.api;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.engine.series.Timeframe;
import sage.server.market.Indicators;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.MarketProblems;
import sage.server.market.cache.CachePolicy;
import sage.server.market.cache.Cached;
import sage.server.market.cache.MarketCache;

/** Technical indicators computed by the engine on stored bars. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Market", description = "Instruments and their price history")
class IndicatorController {

	/** Query parameters of the endpoint itself; every other one is an indicator's. */
	private static final Set<String> OWN_PARAMETERS = Set.of("name", "interval", "from", "to", "limit");

	private final Instruments instruments;

	private final Indicators indicators;

	private final MarketCache cache;

	private final Clock clock;

	IndicatorController(Instruments instruments, Indicators indicators, MarketCache cache, Clock clock) {
		this.instruments = instruments;
		this.indicators = indicators;
		this.cache = cache;
		this.clock = clock;
	}

	@GetMapping("/indicators")
	@Operation(summary = "List indicators",
			description = "Every indicator the engine computes, with its parameters (name, type, default and "
					+ "allowed range), the bar columns it reads, its named outputs and whether it is drawn over the "
					+ "price. A picker can be built from it.")
	@ApiResponse(responseCode = "200", description = "The indicators")
	IndicatorListResponse catalogue() {
		return IndicatorListResponse.of(this.indicators.all());
	}

	@GetMapping("/instruments/{symbol}/indicators")
	@Operation(summary = "Compute an indicator",
			description = "Computes the indicator `name` on the stored bars of the range, aligned to their open "
					+ "times (UTC). Parameters go by their own names (`period`, `stdDev`, `fast`, `slow`, `signal`, "
					+ "... as GET /api/v1/indicators lists them); defaults fill in the rest. Before the range, as "
					+ "many bars as the indicator's warm-up (`unstableBars`) are read too, so the first value is "
					+ "valid when enough history is stored; values are null where the indicator has none. Dates are "
					+ "whole days in the instrument's time zone, both ends inclusive. When more bars match than "
					+ "`limit`, the newest are returned and `truncated` is true. Cached for 300 s (`ETag`, `Cache-Control`); "
					+ "storing bars of the series makes the next read fresh.")
	@Parameter(in = ParameterIn.QUERY, name = "period", description = "Period in bars, for indicators that take one",
			example = "14", schema = @Schema(type = "integer"))
	@Parameter(in = ParameterIn.QUERY, name = "stdDev", description = "Bollinger band width in standard deviations",
			example = "2.0", schema = @Schema(type = "number"))
	@Parameter(in = ParameterIn.QUERY, name = "fast", description = "MACD fast EMA period, below slow", example = "12",
			schema = @Schema(type = "integer"))
	@Parameter(in = ParameterIn.QUERY, name = "slow", description = "MACD slow EMA period", example = "26",
			schema = @Schema(type = "integer"))
	@Parameter(in = ParameterIn.QUERY, name = "signal", description = "MACD signal EMA period", example = "9",
			schema = @Schema(type = "integer"))
	@ApiResponse(responseCode = "200", description = "The indicator's values, oldest first")
	@ApiResponse(responseCode = "400",
			description = "Invalid parameters: code invalid-indicator-parameters (`parameter` names the one at "
					+ "fault and `detail` its allowed range), invalid-range or invalid-request",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404",
			description = "No such indicator (code indicator-not-found with the `available` names), no such "
					+ "instrument (instrument-not-found), or no bars at this interval (interval-not-available)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<IndicatorValuesResponse> values(
			@Parameter(description = "Symbol or alias", example = "SPY") @PathVariable(name = "symbol") @Pattern(
					regexp = SymbolPattern.REGEXP, message = SymbolPattern.MESSAGE) String symbol,
			@Parameter(description = "Indicator name, as GET /api/v1/indicators lists them",
					example = "rsi") @RequestParam(name = "name") String name,
			@Parameter(description = "Bar length", example = "1d") @RequestParam(name = "interval",
					defaultValue = "1d") String interval,
			@Parameter(description = "First day (ISO date) or instant, inclusive",
					example = "2020-01-01") @RequestParam(name = "from", required = false) @Nullable String from,
			@Parameter(description = "Last day (ISO date) or instant, inclusive",
					example = "2020-06-30") @RequestParam(name = "to", required = false) @Nullable String to,
			@Parameter(description = "Most bars to return (the newest)", example = "5000") @RequestParam(name = "limit",
					defaultValue = "50000") @Min(1) @Max(50_000) int limit,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
		Timeframe timeframe = IntervalCodes.parse(interval);
		Map<String, String> params = indicatorParameters(query);
		Instrument instrument = this.instruments.find(symbol)
			.orElseThrow(() -> MarketProblems.instrumentNotFound(symbol));
		TimeRange range = TimeRange.parse(from, to, instrument.timezone());
		String key = instrument.symbol() + ":" + timeframe.code() + ":" + name + ":" + new TreeMap<>(params) + ":"
				+ range.from() + ":" + range.to() + ":" + limit + ":" + instrument.seriesVersion(timeframe);
		Cached<IndicatorValuesResponse> cached = this.cache.get(CachePolicy.INDICATORS, key,
				IndicatorValuesResponse.class, () -> IndicatorValuesResponse
					.of(this.indicators.values(instrument, timeframe, name, params, range.from(), range.to(), limit)));
		return CachedAnswers.ok(cached, cached.value(), this.clock);
	}

	/** The query parameters that are not the endpoint's own, each given once. */
	private static Map<String, String> indicatorParameters(MultiValueMap<String, String> query) {
		Map<String, String> params = new LinkedHashMap<>();
		query.forEach((parameter, values) -> {
			if (OWN_PARAMETERS.contains(parameter)) {
				return;
			}
			if (values.size() != 1) {
				throw MarketProblems.invalidIndicatorParameter(parameter,
						parameter + " is given " + values.size() + " times; give it once");
			}
			params.put(parameter, values.get(0));
		});
		return params;
	}

}
