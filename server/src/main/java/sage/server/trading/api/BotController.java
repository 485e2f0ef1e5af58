package sage.server.trading.api;

import java.net.URI;
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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.trading.Bot;
import sage.server.trading.Bots;
import sage.server.trading.EquityPoint;

/**
 * The signed-in user's bots, on paper or live accounts: create, start, pause, stop, and
 * watch them trade. A bot id of another user answers 404, as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/bots", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Trading")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class BotController {

	private static final String ID_MESSAGE = "must be a bot id (a UUID)";

	private final Bots bots;

	BotController(Bots bots) {
		this.bots = bots;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a bot",
			description = "A strategy with its parameters on one instrument, with capital from a trading account and "
					+ "pre-trade risk limits. Created NEW: start it to trade. On a paper account it replays the "
					+ "instrument's stored bars from a time at a pace, and a paper run and a backtest over the same "
					+ "bars give the same fills. On a live exchange account it trades the bars of its interval that "
					+ "close after it starts, at the exchange, by the same path as an order placed by hand; that needs "
					+ "a session that proved a second factor, and a crypto pair the exchange lists. The same strategy "
					+ "objects run in both and in backtests. Needs the trade scope.")
	@ApiResponse(responseCode = "201", description = "Created; the Location header names it")
	@ApiResponse(responseCode = "400", description = "Invalid request (code invalid-request or invalid-parameters)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404",
			description = "Unknown account, strategy or instrument, or no bars at the interval (code "
					+ "trading-account-not-found, strategy-not-found, instrument-not-found or interval-not-available)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "A bot of yours has this name (code name-taken)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422",
			description = "The account has less available than the capital (code insufficient-balance), or too few "
					+ "bars (code not-enough-bars)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "A live account, and the session did not prove a second factor or an API key was used "
					+ "(code second-factor-required)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Bot> create(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@RequestBody BotRequest request) {
		Bot bot = this.bots.create(user, request.toSpec());
		return ResponseEntity.created(URI.create("/api/v1/bots/" + bot.id())).body(bot);
	}

	@GetMapping
	@Operation(summary = "List bots", description = "Your bots, newest first, with position and P&L.")
	@ApiResponse(responseCode = "200", description = "The bots")
	BotList list(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new BotList(this.bots.list(user.id()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a bot",
			description = "Its state, replay progress, position, cash, realised and unrealised P&L, fees and equity, "
					+ "all worked out from its fills.")
	@ApiResponse(responseCode = "200", description = "The bot")
	@ApiResponse(responseCode = "404", description = "No such bot of yours (code bot-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Bot get(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID, message = ID_MESSAGE) String id) {
		return this.bots.find(user.id(), id).orElseThrow(() -> Bots.notFound(id));
	}

	@PostMapping("/{id}/start")
	@Operation(summary = "Start or resume a bot",
			description = "A NEW or PAUSED bot becomes RUNNING: a node takes it within a second and reconciles it "
					+ "before it trades. A paper bot replays what it did so far to rebuild its paper venue and checks "
					+ "that against its kept orders and fills. A live bot brings its account in step with the "
					+ "exchange (working orders, fills made meanwhile, orders placed elsewhere imported and flagged) "
					+ "and cancels the orders an earlier run left working, since its strategy starts afresh; it "
					+ "trades from the next bar that closes. If reconciliation fails the bot FAILS and says why. "
					+ "A live bot needs a session that proved a second factor. Needs the trade scope.")
	@ApiResponse(responseCode = "200", description = "The bot, RUNNING")
	@ApiResponse(responseCode = "404", description = "No such bot of yours (code bot-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Running already, or ended (code bot-state-conflict)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "A live bot, and the session did not prove a second factor or an API key was used "
					+ "(code second-factor-required)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Bot start(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID, message = ID_MESSAGE) String id) {
		return this.bots.start(user, id);
	}

	@PostMapping("/{id}/pause")
	@Operation(summary = "Pause a bot",
			description = "A RUNNING bot stops deciding after its current bar; its orders keep working. Needs the "
					+ "trade scope.")
	@ApiResponse(responseCode = "200", description = "The bot, PAUSED")
	@ApiResponse(responseCode = "404", description = "No such bot of yours (code bot-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Not running (code bot-state-conflict)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Bot pause(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID, message = ID_MESSAGE) String id) {
		return this.bots.pause(user.id(), id);
	}

	@PostMapping("/{id}/stop")
	@Operation(summary = "Stop a bot for good",
			description = "The bot is STOPPED and its working orders are cancelled (a live bot's at its exchange; "
					+ "one the exchange cannot be asked about stays working, kept in step by the poller, and the kill "
					+ "switch tries it again); it never trades again. Needs the trade scope.")
	@ApiResponse(responseCode = "200", description = "The bot, STOPPED")
	@ApiResponse(responseCode = "404", description = "No such bot of yours (code bot-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Ended already (code bot-state-conflict)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Bot stop(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID, message = ID_MESSAGE) String id) {
		return this.bots.stop(user.id(), id);
	}

	@GetMapping("/{id}/equity")
	@Operation(summary = "A bot's equity curve",
			description = "Equity at the close of each replayed bar, oldest first, thinned evenly to at most limit "
					+ "points (the last one is always the equity now).")
	@ApiResponse(responseCode = "200", description = "The curve")
	@ApiResponse(responseCode = "404", description = "No such bot of yours (code bot-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	EquityCurve equity(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID, message = ID_MESSAGE) String id,
			@Parameter(description = "Most points", example = "500") @RequestParam(name = "limit",
					defaultValue = "500") @Min(2) @Max(5000) int limit) {
		return new EquityCurve(this.bots.equity(user.id(), id, limit));
	}

	@GetMapping("/{id}/orders")
	@Operation(summary = "A bot's orders", description = "Newest first, refused ones included with their reason.")
	@ApiResponse(responseCode = "200", description = "The orders")
	@ApiResponse(responseCode = "404", description = "No such bot of yours (code bot-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	OrderController.OrderList orders(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID, message = ID_MESSAGE) String id,
			@Parameter(description = "Most to return", example = "200") @RequestParam(name = "limit",
					defaultValue = "200") @Min(1) @Max(1000) int limit) {
		return new OrderController.OrderList(this.bots.orders(user.id(), id, limit));
	}

	@GetMapping("/{id}/fills")
	@Operation(summary = "A bot's fills", description = "Oldest first: its position is their sum.")
	@ApiResponse(responseCode = "200", description = "The fills")
	@ApiResponse(responseCode = "404", description = "No such bot of yours (code bot-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	OrderController.FillList fills(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID, message = ID_MESSAGE) String id) {
		return new OrderController.FillList(this.bots.fills(user.id(), id));
	}

	@Schema(name = "BotList")
	record BotList(List<Bot> items) {
	}

	@Schema(name = "EquityCurve")
	record EquityCurve(List<EquityPoint> points) {
	}

}
