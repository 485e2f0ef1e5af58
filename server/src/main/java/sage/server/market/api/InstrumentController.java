package sage.server.market.api;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.MarketProblems;
import sage.server.market.PriceHistory;
import sage.server.market.cache.CachePolicy;
import sage.server.market.cache.Cached;
import sage.server.market.cache.MarketCache;

/** Instruments and their bars. */
@RestController
@RequestMapping(path = "/api/v1/instruments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Market", description = "Instruments and their price history")
@ApiResponse(responseCode = "400", description = "Invalid parameters (code invalid-request or invalid-range)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class InstrumentController {

	private final Instruments instruments;

	private final PriceHistory history;

	private final Clock clock;

	private final MarketCache cache;

	InstrumentController(Instruments instruments, PriceHistory history, Clock clock, MarketCache cache) {
		this.instruments = instruments;
		this.history = history;
		this.clock = clock;
		this.cache = cache;
	}

	@GetMapping
	@Operation(summary = "Search instruments",
			description = "Matches the symbol, aliases, English and local (e.g. Korean) names, case-insensitively. "
					+ "Exact symbol matches come first. Without a query, lists every instrument.")
	@ApiResponse(responseCode = "200", description = "The matching instruments, best first")
	InstrumentListResponse search(
			@Parameter(description = "Text to look for", example = "삼성") @RequestParam(name = "query",
					required = false) @Size(max = 100) @Nullable String query,
			@Parameter(description = "Most results to return", example = "50") @RequestParam(name = "limit",
					defaultValue = "50") @Min(1) @Max(200) int limit) {
		Instruments.Matches matches = this.instruments.search((query != null) ? query : "", limit);
		return new InstrumentListResponse(matches.instruments().stream().map(InstrumentResponse::of).toList(),
				matches.total());
	}

	@GetMapping("/{symbol}")
	@Operation(summary = "Get an instrument", description = "By canonical symbol or alias, case-insensitively.")
	@ApiResponse(responseCode = "200", description = "The instrument with its series and last price")
	@ApiResponse(responseCode = "404", description = "No such instrument (code instrument-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	InstrumentResponse instrument(@Parameter(description = "Symbol or alias", example = "005930.KS") @PathVariable(
			name = "symbol") @Pattern(regexp = SymbolPattern.REGEXP, message = SymbolPattern.MESSAGE) String symbol) {
		return InstrumentResponse.of(find(symbol));
	}

	@GetMapping(path = "/{symbol}/bars", params = "format!=csv")
	@Operation(summary = "Get bars",
			description = "Bars in a time range, oldest first, keyed by open time (UTC). Dates are whole days in "
					+ "the instrument's time zone; both ends are inclusive. When more bars match than `limit`, the "
					+ "newest are returned and `truncated` is true. `format=csv` gives the same bars as a CSV "
					+ "download. Cached for 300 s (`ETag`, `Cache-Control`); storing bars of the series makes the "
					+ "next read fresh.")
	@ApiResponse(responseCode = "200", description = "The bars, oldest first", content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BarsResponse.class)),
			@Content(mediaType = BarsCsv.MEDIA_TYPE, schema = @Schema(type = "string",
					example = "time,open,high,low,close,volume\n2020-01-02T14:30:00Z,323.54,324.89,322.53,324.87,59151200")) })
	@ApiResponse(responseCode = "304", description = "Not modified since the `If-None-Match` tag")
	@ApiResponse(responseCode = "404",
			description = "No such instrument, or no bars at this interval (code instrument-not-found or "
					+ "interval-not-available with the `available` intervals)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<BarsResponse> bars(
			@Parameter(description = "Symbol or alias", example = "SPY") @PathVariable(name = "symbol") @Pattern(
					regexp = SymbolPattern.REGEXP, message = SymbolPattern.MESSAGE) String symbol,
			@Parameter(description = "Bar length", example = "1d") @RequestParam(name = "interval",
					defaultValue = "1d") String interval,
			@Parameter(description = "First day (ISO date) or instant, inclusive",
					example = "2020-01-01") @RequestParam(name = "from", required = false) @Nullable String from,
			@Parameter(description = "Last day (ISO date) or instant, inclusive",
					example = "2020-06-30") @RequestParam(name = "to", required = false) @Nullable String to,
			@Parameter(description = "Most bars to return (the newest)", example = "5000") @RequestParam(name = "limit",
					defaultValue = "50000") @Min(1) @Max(50_000) int limit,
			@Parameter(description = "json (the default) or csv", example = "json") @RequestParam(name = "format",
					defaultValue = "json") @Pattern(regexp = "json|csv",
							message = "must be json or csv") String format) {
		Cached<BarsResponse> cached = cachedBars(symbol, interval, from, to, limit);
		return CachedAnswers.ok(cached, cached.value(), this.clock);
	}

	@GetMapping(path = "/{symbol}/bars", params = "format=csv", produces = BarsCsv.MEDIA_TYPE)
	@Operation(hidden = true)
	ResponseEntity<String> barsCsv(
			@PathVariable(name = "symbol") @Pattern(regexp = SymbolPattern.REGEXP,
					message = SymbolPattern.MESSAGE) String symbol,
			@RequestParam(name = "interval", defaultValue = "1d") String interval,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to,
			@RequestParam(name = "limit", defaultValue = "50000") @Min(1) @Max(50_000) int limit) {
		Cached<BarsResponse> cached = cachedBars(symbol, interval, from, to, limit);
		BarsResponse bars = cached.value();
		return CachedAnswers.okBuilder(cached, this.clock)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(bars.symbol() + "-" + bars.interval() + ".csv")
						.build()
						.toString())
			.body(BarsCsv.write(bars));
	}

	/**
	 * Bars through the history cache. The key holds the series' newest bar and count, so
	 * bars stored since the last read (which drop the cached instrument) make a new key.
	 */
	private Cached<BarsResponse> cachedBars(String symbol, String interval, @Nullable String from, @Nullable String to,
			int limit) {
		Timeframe timeframe = IntervalCodes.parse(interval);
		Instrument instrument = find(symbol);
		TimeRange range = TimeRange.parse(from, to, instrument.timezone());
		String key = instrument.symbol() + ":" + timeframe.code() + ":" + range.from() + ":" + range.to() + ":" + limit
				+ ":" + instrument.seriesVersion(timeframe);
		return this.cache.get(CachePolicy.HISTORY, key, BarsResponse.class,
				() -> BarsResponse.of(this.history.bars(instrument, timeframe, range.from(), range.to(), limit)));
	}

	@PostMapping(path = "/{symbol}/bars", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Store bars",
			description = "Stores up to 10,000 bars of one interval: new open times are inserted, changed bars "
					+ "overwritten, identical ones left alone, so sending the same bars twice changes nothing. Every "
					+ "bar is checked (high >= low, open and close within the range, positive prices, open time "
					+ "on the interval grid and not in the future); one invalid bar rejects the whole request. "
					+ "Administrators only: stored bars are the market data every user's backtests, paper bots and "
					+ "live bots read.")
	@ApiResponse(responseCode = "200", description = "How many bars were inserted, changed and left alone")
	@ApiResponse(responseCode = "400", description = "Invalid bars (code invalid-bars, each listed in `errors`)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "Not an administrator, or an API key without the admin scope (code access-denied or "
					+ "insufficient-scope)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	StoreBarsResponse store(
			@Parameter(description = "Symbol or alias", example = "SPY") @PathVariable(name = "symbol") @Pattern(
					regexp = SymbolPattern.REGEXP, message = SymbolPattern.MESSAGE) String symbol,
			@RequestBody StoreBarsRequest request) {
		Instrument instrument = find(symbol);
		BarSeries bars = request.toSeries(this.clock);
		return StoreBarsResponse.of(instrument.symbol(), bars.timeframe().code(),
				this.history.store(instrument.symbol(), bars, "uploaded through the API"));
	}

	private Instrument find(String symbol) {
		return this.instruments.find(symbol).orElseThrow(() -> MarketProblems.instrumentNotFound(symbol));
	}

}
