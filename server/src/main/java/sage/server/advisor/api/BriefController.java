package sage.server.advisor.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.advisor.Brief;
import sage.server.advisor.Briefs;
import sage.server.market.Instrument;
import sage.server.market.MarketProblems;

/**
 * The market briefs: written every {@code sage.advisor.brief.interval} from market data,
 * with no AI model, over the tracked assets; open to anyone, like the market data they
 * are written from.
 */
@RestController
@RequestMapping(path = "/api/v1/briefs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Advisor")
@ApiResponse(responseCode = "400", description = "Invalid request (code invalid-request)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class BriefController {

	static final String LANGUAGE = "en|ko";

	private static final String LANGUAGE_MESSAGE = "must be en or ko";

	private final Briefs briefs;

	BriefController(Briefs briefs) {
		this.briefs = briefs;
	}

	@GetMapping
	@Operation(summary = "List market briefs",
			description = "The newest briefs first, each with the facts it was written from and where each of its "
					+ "numbers comes from (citations: spans of its text). A brief is written in English and in "
					+ "Korean at the same time.")
	@ApiResponse(responseCode = "200", description = "The briefs")
	BriefList list(
			@Parameter(description = "Most briefs to return", example = "10") @RequestParam(name = "limit",
					defaultValue = "10") @Min(1) @Max(100) int limit,
			@Parameter(description = "Only briefs in this language (en or ko); both without it",
					example = "en") @RequestParam(name = "language", required = false) @Pattern(regexp = LANGUAGE,
							message = LANGUAGE_MESSAGE) @Nullable String language) {
		return new BriefList(this.briefs.newest(language, limit));
	}

	@GetMapping("/latest")
	@Operation(summary = "Get the latest market brief",
			description = "The newest brief in the language that covers the asset.")
	@ApiResponse(responseCode = "200", description = "The brief")
	@ApiResponse(responseCode = "404",
			description = "No brief covers the asset yet, or no instrument has the symbol "
					+ "(code brief-not-found or instrument-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Brief latest(
			@Parameter(description = "A tracked asset's symbol, alias or common name (BTC, bitcoin)",
					example = "BTC-USD") @RequestParam(name = "symbol", defaultValue = "BTC-USD") String symbol,
			@Parameter(description = "en or ko", example = "en") @RequestParam(name = "language",
					defaultValue = "en") @Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String language) {
		Instrument instrument = this.briefs.instrument(symbol)
			.orElseThrow(() -> MarketProblems.instrumentNotFound(symbol));
		return this.briefs.newestOf(instrument, language);
	}

	/**
	 * Briefs, the newest first.
	 *
	 * @param briefs the briefs
	 */
	record BriefList(List<Brief> briefs) {
	}

}
