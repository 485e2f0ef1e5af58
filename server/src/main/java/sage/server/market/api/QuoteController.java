package sage.server.market.api;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.market.Instruments;
import sage.server.market.MarketProblems;
import sage.server.market.Quotes;
import sage.server.platform.RenderedJson;

/** Latest prices. */
@RestController
@RequestMapping(path = "/api/v1/instruments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Market")
class QuoteController {

	private final Instruments instruments;

	private final Quotes quotes;

	private final Clock clock;

	private final JsonMapper json;

	/**
	 * Each answer's JSON, written once: a quote is read many times for every fetch, and
	 * writing the same body again per request was the endpoint's largest own cost.
	 */
	private final Cache<String, RenderedJson<QuoteResponse>> rendered = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	QuoteController(Instruments instruments, Quotes quotes, Clock clock, JsonMapper json) {
		this.instruments = instruments;
		this.quotes = quotes;
		this.clock = clock;
		this.json = json;
	}

	@GetMapping("/{symbol}/quote")
	@Operation(summary = "Get the latest quote",
			description = "From the first enabled provider that lists the instrument (Yahoo, CoinGecko, an "
					+ "exchange, KIS); with none enabled, the newest live tick (an exchange stream or the replay) or "
					+ "else the latest stored close. Cached for 60 s: `ETag` and `Cache-Control: max-age` say so, "
					+ "and `If-None-Match` gets 304. When every provider fails, the last quote fetched (or the latest "
					+ "stored close) is served with `stale: true` and `Cache-Control: no-cache` rather than an error.")
	@ApiResponse(responseCode = "200", description = "The quote",
			headers = { @Header(name = "ETag", description = "Entity tag of this answer"),
					@Header(name = "Cache-Control", description = "max-age=<seconds it stays fresh>, or no-cache") })
	@ApiResponse(responseCode = "304", description = "Not modified since the `If-None-Match` tag")
	@ApiResponse(responseCode = "404",
			description = "No such instrument (instrument-not-found), or nothing can price it (quote-not-available)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503",
			description = "Every provider failed and Sage holds no earlier price (upstream-unavailable); retry after "
					+ "`Retry-After` seconds",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<RenderedJson<QuoteResponse>> quote(@Parameter(description = "Symbol or alias", example = "SPY",
			schema = @Schema(pattern = SymbolPattern.REGEXP)) @PathVariable(name = "symbol") String symbol) {
		var instrument = this.instruments.find(SymbolPattern.check(symbol))
			.orElseThrow(() -> MarketProblems.instrumentNotFound(symbol));
		var cached = this.quotes.quote(instrument);
		RenderedJson<QuoteResponse> body = this.rendered.get(cached.etag() + cached.fetchedAt() + cached.stale(),
				(key) -> new RenderedJson<>(this.json.writeValueAsBytes(QuoteResponse.of(cached))));
		return CachedAnswers.ok(cached, body, this.clock);
	}

}
