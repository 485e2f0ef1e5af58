package sage.server.trading.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.trading.AccountLimits;
import sage.server.trading.TradingAccount;
import sage.server.trading.TradingAccounts;

/**
 * The signed-in user's trading accounts: paper accounts with virtual money, and their
 * balances. Another user's account id answers 404, as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/trading-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Trading")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class TradingAccountController {

	static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private final TradingAccounts accounts;

	TradingAccountController(TradingAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open a paper account or connect a live one",
			description = "Without a venue (or with venue paper), opens a paper account holding virtual money per "
					+ "currency, for bots to trade with on replayed bars. With an exchange as venue (binance, bybit, okx, bitget), "
					+ "connects a live account: the API key is asked what it may do first, and must read and trade "
					+ "spot and must not withdraw; key, secret and passphrase go into the vault, never into a "
					+ "response or a log. Connecting a live account needs a session that proved a second factor. "
					+ "Needs the trade scope.")
	@ApiResponse(responseCode = "201", description = "Opened; the Location header names it")
	@ApiResponse(responseCode = "400", description = "Invalid name, balances, venue or key (code invalid-request)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "A live account from a session without a proven second factor, or with an API key "
					+ "(code second-factor-required)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "An account of yours has this name (code name-taken)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422",
			description = "The exchange refused the key, or it cannot trade or can withdraw (codes "
					+ "exchange-key-rejected, exchange-key-permissions)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "The exchange did not answer (code venue-unavailable)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<TradingAccount> open(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@RequestBody AccountRequest request) {
		String name = (request.name() != null) ? request.name() : "";
		TradingAccount account = (request.venue() == null || "paper".equals(request.venue()))
				? this.accounts.openPaper(user.id(), name, (request.balances() != null) ? request.balances() : Map.of())
				: this.accounts.connectLive(user, name, request.venue(), request.apiKey(), request.apiSecret(),
						request.passphrase());
		return ResponseEntity.created(URI.create("/api/v1/trading-accounts/" + account.id())).body(account);
	}

	@GetMapping
	@Operation(summary = "List trading accounts", description = "Your accounts with their balances, oldest first.")
	@ApiResponse(responseCode = "200", description = "The accounts")
	AccountList list(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new AccountList(this.accounts.list(user.id()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a trading account",
			description = "A live account's balances are asked of the exchange; when it cannot be asked, the last "
					+ "ones it reported are shown with their time (balancesAsOf).")
	@ApiResponse(responseCode = "200", description = "The account with its balances")
	@ApiResponse(responseCode = "404", description = "No such account of yours (code trading-account-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	TradingAccount get(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = "must be an account id (a UUID)") String id) {
		return this.accounts.findFresh(user.id(), id).orElseThrow(() -> TradingAccounts.notFound(id));
	}

	@PutMapping(path = "/{id}/limits", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set a live account's pre-trade limits",
			description = "Replaces the limits every order placed by hand on the account is checked against before "
					+ "it is sent: max position size, max order notional (market orders are refused while it is "
					+ "set: they have no price to check), max open orders, allowed symbols. An order that breaks one "
					+ "is kept REJECTED with the rule's code and why, and never sent. Audited with the old and the "
					+ "new limits. Needs the trade scope and a session that proved a second factor.")
	@ApiResponse(responseCode = "200", description = "The account with its new limits")
	@ApiResponse(responseCode = "400",
			description = "A limit that is not positive, or a bad symbol (code invalid-request)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "No proven second factor in this session, or an API key (code second-factor-required)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such account of yours (code trading-account-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "A paper account: its bots carry limits (code account-not-live)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	TradingAccount setLimits(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = "must be an account id (a UUID)") String id,
			@RequestBody AccountLimits limits) {
		return this.accounts.setLimits(user, id, limits);
	}

	/** A paper account to open, or a live account to connect. */
	@Schema(name = "TradingAccountRequest")
	record AccountRequest(
			@Schema(example = "Practice", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
			@Schema(example = "{\"USD\": 10000, \"KRW\": 10000000}",
					description = "Paper accounts: virtual deposits by currency code") @Nullable Map<String, BigDecimal> balances,
			@Schema(example = "paper", allowableValues = {
					"paper", "binance", "bybit", "okx", "bitget" },
					description = "paper (the default) or the exchange of a live account") @Nullable String venue,
			@Schema(example = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
					description = "Live accounts: the exchange API key") @Nullable String apiKey,
			@Schema(example = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
					description = "Live accounts: the exchange API secret") @Nullable String apiSecret,
			@Schema(description = "Live accounts on exchanges whose keys have one (okx, bitget): the key's passphrase") @Nullable String passphrase){
	}

	@Schema(name = "TradingAccountList")
	record AccountList(List<TradingAccount> items) {
	}

}
