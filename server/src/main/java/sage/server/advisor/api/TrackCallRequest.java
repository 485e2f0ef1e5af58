package sage.server.advisor.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A call to track: the answer that made it and the symbol it is on.
 *
 * @param messageId the answer's message id (from its done event, or the chat)
 * @param symbol the call's symbol (from its signal event)
 */
@Schema(description = "A call to track: the answer that made it and its symbol")
record TrackCallRequest(@Schema(example = "3f2a6c1e-9b7d-4e0a-8c55-0d1e2f3a4b5c") @Nullable String messageId,
		@Schema(example = "BTC-USD") @Nullable String symbol) {
}
