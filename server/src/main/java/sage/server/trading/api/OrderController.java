package sage.server.trading.api;

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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.trading.Bots;
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

	OrderController(Bots bots) {
		this.bots = bots;
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
			description = "Stops every bot of yours that can still trade and cancels its working orders. Audited. "
					+ "Needs the trade scope.")
	@ApiResponse(responseCode = "200", description = "How many bots it stopped")
	KillSwitchResult killSwitch(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new KillSwitchResult(this.bots.killSwitch(user.id()));
	}

	@PostMapping("/admin/kill-switch")
	@Operation(summary = "Pull the global kill switch",
			description = "Administrators only: stops every bot of every user and cancels their working orders. "
					+ "Audited.")
	@ApiResponse(responseCode = "200", description = "How many bots it stopped")
	@ApiResponse(responseCode = "403", description = "Not an administrator (code access-denied)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	KillSwitchResult killAll(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new KillSwitchResult(this.bots.killSwitchForAll(user.id()));
	}

	@Schema(name = "OrderList")
	record OrderList(List<TradingOrder> items) {
	}

	@Schema(name = "FillList")
	record FillList(List<TradingFill> items) {
	}

	/**
	 * @param botsStopped the bots the switch stopped
	 */
	@Schema(name = "KillSwitchResult")
	record KillSwitchResult(@Schema(example = "3") int botsStopped) {
	}

}
