package sage.server.identity.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.identity.watchlist.Watchlist;
import sage.server.identity.watchlist.Watchlists;

/**
 * The signed-in user's watchlists: the default one under {@code /watchlist} (the paths
 * the issue names) and every named list under {@code /watchlists}. A list id of another
 * user answers 404, as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Watchlists")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "400", description = "Invalid request (code invalid-request; errors names each field)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class WatchlistController {

	private final Watchlists watchlists;

	WatchlistController(Watchlists watchlists) {
		this.watchlists = watchlists;
	}

	@GetMapping("/watchlist")
	@Operation(summary = "Get the default watchlist",
			description = "The user's first watchlist, created empty (named Watchlist) if they have none.")
	@ApiResponse(responseCode = "200", description = "The default watchlist")
	Watchlist defaultWatchlist(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return this.watchlists.defaultList(user.id());
	}

	@PostMapping(path = "/watchlist", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Watch a symbol",
			description = "Adds the symbol (upper-cased) at the end of the default watchlist; a symbol already there "
					+ "stays where it is. Symbols are checked for shape, not against the instruments.")
	@ApiResponse(responseCode = "200", description = "The default watchlist after the change")
	@ApiResponse(responseCode = "409", description = "The list holds 200 symbols (code watchlist-limit)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Watchlist watchSymbol(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody SymbolRequest body) {
		return this.watchlists.add(user.id(), this.watchlists.defaultList(user.id()).id(), body.symbol());
	}

	@DeleteMapping("/watchlist/{symbol}")
	@Operation(summary = "Stop watching a symbol", description = "Removes the symbol from the default watchlist.")
	@ApiResponse(responseCode = "200", description = "The default watchlist after the change")
	@ApiResponse(responseCode = "404", description = "The list does not hold it (code symbol-not-watched)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Watchlist unwatchSymbol(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Parameter(example = "SPY") @PathVariable("symbol") String symbol) {
		return this.watchlists.remove(user.id(), this.watchlists.defaultList(user.id()).id(), symbol);
	}

	@GetMapping("/watchlists")
	@Operation(summary = "List watchlists", description = "Every watchlist of the user, in the user's order.")
	@ApiResponse(responseCode = "200", description = "The watchlists")
	WatchlistList listWatchlists(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new WatchlistList(this.watchlists.all(user.id()));
	}

	@PostMapping(path = "/watchlists", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a watchlist", description = "An empty list after the user's others (20 at most).")
	@ApiResponse(responseCode = "201", description = "Created; Location points at it")
	@ApiResponse(responseCode = "409",
			description = "The name is taken or the user has 20 lists (code watchlist-name-taken or watchlist-limit)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Watchlist> createWatchlist(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody NameRequest body) {
		Watchlist list = this.watchlists.create(user.id(), body.name());
		return ResponseEntity.created(URI.create("/api/v1/users/watchlists/" + list.id())).body(list);
	}

	@PutMapping(path = "/watchlists/order", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Reorder watchlists",
			description = "Puts the lists in the order given; every list of the user must be named once. The first "
					+ "becomes the default list.")
	@ApiResponse(responseCode = "200", description = "The watchlists in their new order")
	@ApiResponse(responseCode = "404", description = "An id is not one of the user's lists (code watchlist-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	WatchlistList reorderWatchlists(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody OrderRequest body) {
		return new WatchlistList(this.watchlists.reorder(user.id(), body.ids()));
	}

	@GetMapping("/watchlists/{id}")
	@Operation(summary = "Get a watchlist")
	@ApiResponse(responseCode = "200", description = "The watchlist")
	@ApiResponse(responseCode = "404", description = "No such list of this user (code watchlist-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Watchlist getWatchlist(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id) {
		return this.watchlists.get(user.id(), id);
	}

	@PutMapping(path = "/watchlists/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Rename and edit a watchlist",
			description = "Sets the name and the symbols, in the order given (duplicates kept once).")
	@ApiResponse(responseCode = "200", description = "The watchlist as stored")
	@ApiResponse(responseCode = "404", description = "No such list of this user (code watchlist-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The name is taken (code watchlist-name-taken)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Watchlist replaceWatchlist(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id, @Valid @RequestBody WatchlistUpdate body) {
		return this.watchlists.replace(user.id(), id, body.name(), body.symbols());
	}

	@DeleteMapping("/watchlists/{id}")
	@Operation(summary = "Delete a watchlist")
	@ApiResponse(responseCode = "204", description = "Deleted with its symbols")
	@ApiResponse(responseCode = "404", description = "No such list of this user (code watchlist-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> deleteWatchlist(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id) {
		this.watchlists.delete(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/watchlists/{id}/symbols", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a symbol to a watchlist", description = "At the end; a symbol already there stays.")
	@ApiResponse(responseCode = "200", description = "The watchlist after the change")
	@ApiResponse(responseCode = "404", description = "No such list of this user (code watchlist-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Watchlist addWatchlistSymbol(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id, @Valid @RequestBody SymbolRequest body) {
		return this.watchlists.add(user.id(), id, body.symbol());
	}

	@DeleteMapping("/watchlists/{id}/symbols/{symbol}")
	@Operation(summary = "Remove a symbol from a watchlist")
	@ApiResponse(responseCode = "200", description = "The watchlist after the change")
	@ApiResponse(responseCode = "404",
			description = "No such list of this user, or the list does not hold it (code watchlist-not-found or "
					+ "symbol-not-watched)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Watchlist removeWatchlistSymbol(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id, @Parameter(example = "SPY") @PathVariable("symbol") String symbol) {
		return this.watchlists.remove(user.id(), id, symbol);
	}

	/**
	 * @param symbol e.g. {@code SPY}, {@code 005930.KS}, {@code BTC-USD}
	 */
	@Schema(name = "WatchSymbolRequest")
	record SymbolRequest(@Schema(example = "SPY") @NotNull @Size(max = 64) String symbol) {
	}

	/**
	 * @param name 1-64 characters, unique among the user's lists
	 */
	@Schema(name = "WatchlistCreateRequest")
	record NameRequest(@Schema(example = "Korean tech") @NotNull @Size(max = 200) String name) {
	}

	/**
	 * @param name 1-64 characters, unique among the user's lists
	 * @param symbols in the order to keep them (200 at most)
	 */
	@Schema(name = "WatchlistUpdate")
	record WatchlistUpdate(@Schema(example = "Korean tech") @NotNull @Size(max = 200) String name,
			@Schema(example = "[\"005930.KS\", \"000660.KS\"]") @NotNull @Size(max = 1000) List<String> symbols) {
	}

	/**
	 * @param ids every list of the user, in the new order
	 */
	@Schema(name = "WatchlistOrder")
	record OrderRequest(@NotNull @Size(max = 100) List<UUID> ids) {
	}

	/**
	 * @param items the lists in order
	 */
	@Schema(name = "WatchlistList")
	record WatchlistList(List<Watchlist> items) {
	}

}
