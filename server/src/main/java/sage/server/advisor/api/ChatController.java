package sage.server.advisor.api;

import java.net.URI;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import sage.server.advisor.Chat;
import sage.server.advisor.ChatTranscript;
import sage.server.advisor.Chats;
import sage.server.identity.SignedInUser;

/**
 * The signed-in user's chats with the advisor. An answer streams as server-sent events:
 * {@code token} (a piece of its text), {@code citation} (where one of its numbers comes
 * from), {@code signal} (a call it makes), then {@code done}, or {@code error} when it
 * broke off. Each event has an id; a client that lost the stream resumes with
 * {@code Last-Event-ID}. Another user's chat id answers 404.
 */
@RestController
@RequestMapping(path = "/api/v1/chats")
@Tag(name = "Advisor")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class ChatController {

	static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final String ID_MESSAGE = "must be an id (a UUID)";

	private final Chats chats;

	ChatController(Chats chats) {
		this.chats = chats;
	}

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open a chat",
			description = "A new, empty chat; titled after its first question unless a " + "title is given.")
	@ApiResponse(responseCode = "201", description = "Opened; the Location header names it")
	@ApiResponse(responseCode = "400", description = "Invalid request (code invalid-request)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Chat> create(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@RequestBody(required = false) @Nullable NewChatRequest request) {
		Chat chat = this.chats.create(user.id(), (request != null) ? request.title() : null);
		return ResponseEntity.created(URI.create("/api/v1/chats/" + chat.id())).body(chat);
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List chats", description = "Your chats, the latest used first.")
	@ApiResponse(responseCode = "200", description = "The chats")
	ChatList list(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new ChatList(this.chats.list(user.id()));
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Get a chat",
			description = "The chat and its messages, oldest first: each answer with its status, how it was written "
					+ "(offline: from market data, no AI model), the facts it was built from and where each of its "
					+ "numbers comes from.")
	@ApiResponse(responseCode = "200", description = "The chat")
	@ApiResponse(responseCode = "404", description = "No such chat of yours (code chat-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ChatTranscript get(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
		return this.chats.transcript(user.id(), id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a chat", description = "The chat and all its messages, for good.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No such chat of yours (code chat-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> delete(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
		this.chats.delete(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Ask a question",
			description = "The question is kept before its answer is written; the answer streams as server-sent "
					+ "events: token ({\"text\"}), citation (a Citation), signal (a Signal: a call the answer makes, "
					+ "which can be added to the shadow portfolio), then done ({messageId, status, mode, "
					+ "language}) or error ({messageId, code, detail, requestId}). Asking again with the same turnId "
					+ "(after a lost connection) sends the answer already written, never a second one. A client that "
					+ "goes away loses nothing: the answer is written to the end and kept.")
	@ApiResponse(responseCode = "200", description = "The answer's events",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
					schema = @Schema(type = "string",
							example = "id: 5f0c…-1.1\nevent: token\ndata: {\"text\":\"Bitcoin \"}\n\n")))
	@ApiResponse(responseCode = "400", description = "Invalid request (code invalid-request)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such chat of yours (code chat-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "The turn id asked another question (code turn-reused)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429",
			description = "A language model writes the answers and this month's token budget is spent "
					+ "(code token-budget-exhausted); nothing is kept",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	SseEmitter ask(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id,
			@RequestBody AskRequest request) {
		Chats.Turn turn = this.chats.ask(user.id(), user.tier(), id, request.turnId(), request.text());
		return ChatEventStream.open((events) -> this.chats.answer(turn, events));
	}

	@GetMapping(path = "/{id}/messages/{messageId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Resume an answer's stream",
			description = "The answer's events after the one named by Last-Event-ID (all of them without it), "
					+ "following the answer while it is still being written.")
	@ApiResponse(responseCode = "200", description = "The answer's events",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404",
			description = "No such chat of yours, or no such answer in it (code chat-not-found or message-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	SseEmitter resume(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id,
			@PathVariable("messageId") @Pattern(regexp = ID, message = ID_MESSAGE) String messageId,
			@Parameter(description = "The id of the last event received", example = "5f0c2a9e-…-1.12") @RequestHeader(
					name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
		// checked before the stream opens, so that a wrong id is a 404, not an event
		this.chats.transcript(user.id(), id);
		return ChatEventStream.open((events) -> this.chats.resume(user.id(), id, messageId, lastEventId, events));
	}

}
