package sage.server.advisor.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A question to a chat.
 *
 * @param turnId the client's id for this question and its answer: sending it again (after
 * a lost connection) never makes a second answer
 * @param text the question, 1 to 2,000 characters
 */
@Schema(description = "A question to a chat")
record AskRequest(
		@Schema(example = "7d4c2b9e-1f0a-4c3b-9e8d-2a1b0c9d8e7f",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String turnId,
		@Schema(example = "How is BTC doing?", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String text) {
}
