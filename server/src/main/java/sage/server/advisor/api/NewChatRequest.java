package sage.server.advisor.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A new chat, optionally titled (else titled after its first question). */
@Schema(description = "A new chat")
record NewChatRequest(@Schema(example = "Bitcoin this week") @Nullable String title) {
}
