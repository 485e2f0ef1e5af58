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
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.trading.Bots;
import sage.server.trading.LiveOrders;
import sage.server.trading.OrderTicket;
import sage.server.trading.TradingFill;
import sage.server.trading.TradingOrder;

/**
 * The signed-in user's orders and fills across their accounts and bots, and their kill
 * switch.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Trading")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "400", description = "Invalid query (code invalid-request)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class OrderController {

	private final Bots bots;

	private final LiveOrders live;

	OrderController(Bots bots, LiveOrders live) {
		this.bots = bots;
		this.live = live;
	}

	@PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Place an order by hand",
			description = "Places a market or limit order on a live account. The quantity is rounded down to the "
					+ "instrument's lot and a limit price to its tick in your favour; the order's intent is committed "
					+ "under a new client order id before the exchange hears of it, then it is sent once. An order "
					+ "the exchange refused comes back REJECTED with why; one whose answer was lost comes back "
					+ "UNKNOWN and is resolved by looking it up, never by sending it again. With an Idempotency-Key, "
					+ "the same key again places nothing and answers with the first request's order as it stands "
					+ "(status 200, header Idempotent-Replayed: true). Needs the trade scope and a session that "
					+ "proved a second factor.")
	@ApiResponse(responseCode = "201", description = "Placed (or refused by the exchange: see state and reason)")
	@ApiResponse(responseCode = "200", description = "Placed by an earlier request with this Idempotency-Key")
	@ApiResponse(responseCode = "403",
			description = "No proven second factor in this session, or an API key (code second-factor-required)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such account of yours (code trading-account-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "A paper account (code account-not-live)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422",
			description = "The Idempotency-Key placed a different order (code idempotency-key-reused)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503",
			description = "The exchange is halted for this client or did not answer (codes venue-halted, "
					+ "venue-unavailable)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<TradingOrder> place(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "Any unique string per order (a UUID): retrying with it never places a "
					+ "second order", example = "9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b") @RequestHeader(
							name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestBody OrderTicket ticket) {
		LiveOrders.PlacedOrder placed = this.live.place(user, ticket, idempotencyKey);
		if (placed.replayed()) {
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(placed.order());
		}
		return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.order().id())).body(placed.order());
	}

	@GetMapping("/orders/{id}")
	@Operation(summary = "Get an order")
	@ApiResponse(responseCode = "200", description = "The order as it stands")
	@ApiResponse(responseCode = "404", description = "No such order of yours (code order-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	TradingOrder order(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID,
					message = "must be an order id (a UUID)") String id) {
		return this.live.get(user.id(), id);
	}

	@PostMapping("/orders/{id}/cancel")
	@Operation(summary = "Cancel an order placed by hand",
			description = "Asks the exchange to cancel a working order and answers with the order as the exchange "
					+ "left it (it may have filled meanwhile). Bots' orders are cancelled by stopping the bot. Needs "
					+ "the trade scope and a session that proved a second factor.")
	@ApiResponse(responseCode = "200", description = "The order as it stands after the cancel")
	@ApiResponse(responseCode = "403",
			description = "No proven second factor in this session, or an API key (code second-factor-required)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such order of yours (code order-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "Filled, cancelled, rejected, still being resolved, or a bot's (code order-not-cancelable)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "The exchange did not answer (code venue-unavailable)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	TradingOrder cancel(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = TradingAccountController.ID,
					message = "must be an order id (a UUID)") String id) {
		return this.live.cancel(user, id);
	}

	@GetMapping("/orders")
	@Operation(summary = "List orders",
			description = "Your orders, on one account or all, newest first: every state from the committed intent "
					+ "(NEW) to FILLED, CANCELED or REJECTED, with the reason for the last two.")
	@ApiResponse(responseCode = "200", description = "The orders")
	OrderList orders(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "Only this account's") @RequestParam(name = "accountId",
					required = false) @Pattern(regexp = TradingAccountController.ID,
							message = "must be an account id (a UUID)") @Nullable String accountId,
			@Parameter(description = "Most to return", example = "200") @RequestParam(name = "limit",
					defaultValue = "200") @Min(1) @Max(1000) int limit) {
		return new OrderList(this.bots.ordersOf(user.id(), accountId, limit));
	}

	@GetMapping("/fills")
	@Operation(summary = "List fills", description = "Your fills, on one account or all, newest first.")
	@ApiResponse(responseCode = "200", description = "The fills")
	FillList fills(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "Only this account's") @RequestParam(name = "accountId",
					required = false) @Pattern(regexp = TradingAccountController.ID,
							message = "must be an account id (a UUID)") @Nullable String accountId,
			@Parameter(description = "Most to return", example = "200") @RequestParam(name = "limit",
					defaultValue = "200") @Min(1) @Max(1000) int limit) {
		return new FillList(this.bots.fillsOf(user.id(), accountId, limit));
	}

	@PostMapping("/kill-switch")
	@Operation(summary = "Pull your kill switch",
			description = "Stops every bot of yours that can still trade and cancels its working orders, and asks "
					+ "the exchanges to cancel every live order you placed by hand. No second factor is asked: it "
					+ "only takes risk off. Audited. Needs the trade scope.")
	@ApiResponse(responseCode = "200", description = "How many bots it stopped and live orders it cancelled")
	KillSwitchResult killSwitch(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		Bots.KillSwitchOutcome outcome = this.bots.killSwitch(user.id());
		return new KillSwitchResult(outcome.botsStopped(), outcome.ordersCanceled(), outcome.ordersLeft());
	}

	@PostMapping("/admin/kill-switch")
	@Operation(summary = "Pull the global kill switch",
			description = "Administrators only: stops every bot of every user, cancels their working orders and "
					+ "asks the exchanges to cancel every live order placed by hand. Audited.")
	@ApiResponse(responseCode = "200", description = "How many bots it stopped and live orders it cancelled")
	@ApiResponse(responseCode = "403", description = "Not an administrator (code access-denied)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	KillSwitchResult killAll(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		Bots.KillSwitchOutcome outcome = this.bots.killSwitchForAll(user.id());
		return new KillSwitchResult(outcome.botsStopped(), outcome.ordersCanceled(), outcome.ordersLeft());
	}

	@Schema(name = "OrderList")
	record OrderList(List<TradingOrder> items) {
	}

	@Schema(name = "FillList")
	record FillList(List<TradingFill> items) {
	}

	/**
	 * @param botsStopped the bots the switch stopped
	 * @param ordersCanceled live orders placed by hand it cancelled
	 * @param ordersLeft live orders still working: their exchange could not be asked, or
	 * they were placed outside Sage
	 */
	@Schema(name = "KillSwitchResult")
	record KillSwitchResult(@Schema(example = "3") int botsStopped, @Schema(example = "2") int ordersCanceled,
			@Schema(example = "0") int ordersLeft) {
	}

}
