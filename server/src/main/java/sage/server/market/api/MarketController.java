package sage.server.market.api;

import java.time.Clock;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.market.FearGreed;
import sage.server.market.MarketRegion;
import sage.server.market.SymbolSearches;
import sage.server.market.Trending;
import sage.server.platform.ProblemException;

/** Market-wide views: movers and trending lists, the Fear & Greed index. */
@RestController
@RequestMapping(path = "/api/v1/market", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Market")
@ApiResponse(responseCode = "400", description = "Invalid parameters (code invalid-request)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class MarketController {

	private final Trending trending;

	private final FearGreed fearGreed;

	private final Clock clock;

	private final SymbolSearches searches;

	MarketController(Trending trending, FearGreed fearGreed, SymbolSearches searches, Clock clock) {
		this.trending = trending;
		this.searches = searches;
		this.fearGreed = fearGreed;
		this.clock = clock;
	}

	@GetMapping("/trending")
	@Operation(summary = "Get movers and trending symbols",
			description = "Top gainers and losers (change in percent) and the largest volumes over each "
					+ "instrument's latest stored daily session in one market, with the trending list of the "
					+ "market's provider when it is enabled (Yahoo for US and KR, CoinGecko for crypto). Cached for "
					+ "300 s (`ETag`, `Cache-Control`). A failing provider leaves the movers and says why in "
					+ "`trendingUnavailable`, or serves the last answer with `stale: true`.")
	@ApiResponse(responseCode = "200", description = "The movers")
	@ApiResponse(responseCode = "304", description = "Not modified since the `If-None-Match` tag")
	ResponseEntity<MoversResponse> trending(
			@Parameter(description = "Market: US, KR or CRYPTO", example = "KR") @RequestParam(name = "market",
					defaultValue = "US") String market,
			@Parameter(description = "Most entries in each list", example = "5") @RequestParam(name = "limit",
					defaultValue = "10") @Min(1) @Max(50) int limit) {
		var movers = this.trending.movers(region(market), limit);
		return CachedAnswers.ok(movers, MoversResponse.of(movers), this.clock);
	}

	@GetMapping("/search")
	@Operation(summary = "Search instruments, upstream too",
			description = "Matches Sage's catalogue (symbol, aliases, English and local names) and, when Yahoo or "
					+ "CoinGecko is enabled, their symbol search, so that instruments Sage does not list yet are "
					+ "found as well (`listed: false`: no bars or quote until an ingestion job collects them). "
					+ "Catalogue matches come first; a provider's hit Sage already lists is shown once, as Sage's. "
					+ "Each provider's hits are cached for an hour; a failing provider is named in `unavailable`, or "
					+ "its last hits are served with `stale: true`. Offline, this is the catalogue search.")
	@ApiResponse(responseCode = "200", description = "The matches, best first")
	SymbolSearchResponse search(
			@Parameter(description = "Symbol or name to look for",
					example = "tesla") @RequestParam(name = "query") @NotBlank @Size(max = 100) String query,
			@Parameter(description = "Most matches to return", example = "20") @RequestParam(name = "limit",
					defaultValue = "20") @Min(1) @Max(50) int limit) {
		return SymbolSearchResponse.of(this.searches.search(query, limit));
	}

	@GetMapping("/fear-greed")
	@Operation(summary = "Get the crypto Fear & Greed index",
			description = "The current reading and the last `days` days, newest first, from alternative.me "
					+ "(attribution: data provided by alternative.me). Needs the alternative-me provider enabled "
					+ "(`sage.market.providers.alternative-me.enabled=true`, no key); Sage ships no copy of the "
					+ "index. Cached for 300 s; while the provider is down the last answer is served with "
					+ "`stale: true`.")
	@ApiResponse(responseCode = "200", description = "The index")
	@ApiResponse(responseCode = "304", description = "Not modified since the `If-None-Match` tag")
	@ApiResponse(responseCode = "503",
			description = "The provider is off (fear-greed-not-configured), or failed with nothing kept "
					+ "(upstream-unavailable; retry after `Retry-After` seconds)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<FearGreedResponse> fearGreed(@Parameter(description = "Days of history, the current one included",
			example = "30") @RequestParam(name = "days", defaultValue = "30") @Min(1) @Max(3650) int days) {
		var readings = this.fearGreed.history(days);
		return CachedAnswers.ok(readings, FearGreedResponse.of(readings), this.clock);
	}

	private static MarketRegion region(String market) {
		try {
			return MarketRegion.valueOf(market.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField("market", "must be one of US, KR, CRYPTO");
		}
	}

}
