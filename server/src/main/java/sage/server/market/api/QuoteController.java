package sage.server.market.api;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

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

/** Latest prices. */
@RestController
@RequestMapping(path = "/api/v1/instruments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Market")
class QuoteController {

	private final Instruments instruments;

	private final Quotes quotes;

	private final Clock clock;

	QuoteController(Instruments instruments, Quotes quotes, Clock clock) {
		this.instruments = instruments;
		this.quotes = quotes;
		this.clock = clock;
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
	ResponseEntity<QuoteResponse> quote(@Parameter(description = "Symbol or alias", example = "SPY") @PathVariable(
			name = "symbol") @Pattern(regexp = SymbolPattern.REGEXP, message = SymbolPattern.MESSAGE) String symbol) {
		var instrument = this.instruments.find(symbol).orElseThrow(() -> MarketProblems.instrumentNotFound(symbol));
		var cached = this.quotes.quote(instrument);
		return CachedAnswers.ok(cached, QuoteResponse.of(cached), this.clock);
	}

}
