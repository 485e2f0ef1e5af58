package sage.server.advisor;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A chat with the advisor.
 *
 * @param id the chat id
 * @param title its first question, cut short, or the title given
 * @param createdAt when it was opened
 * @param updatedAt when it was last asked something
 */
@Schema(description = "A chat with the advisor")
public record Chat(String id, @Schema(example = "How is BTC doing?") String title, Instant createdAt,
		Instant updatedAt) {
}
