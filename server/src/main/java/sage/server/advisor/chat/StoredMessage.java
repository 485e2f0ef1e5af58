package sage.server.advisor.chat;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message as stored.
 *
 * @param id the message id
 * @param chatId its chat
 * @param turnId the client's id for the question and its answer, one answer per turn
 * @param role who wrote it
 * @param status where it stands
 * @param content its text (an answer's, as grounded: what the user was shown)
 * @param mode how an answer was written ({@code offline} or the model's name), null for a
 * question
 * @param language {@code en} or {@code ko}
 * @param factsJson the facts an answer was built from, as JSON
 * @param citationsJson where each of an answer's numbers comes from, as JSON
 * @param signalsJson the calls an answer makes, as JSON
 * @param sequence its place in the chat, from 1
 */
public record StoredMessage(String id, String chatId, String turnId, MessageRole role, MessageStatus status,
		String content, @Nullable String mode, @Nullable String language, @Nullable String factsJson,
		@Nullable String citationsJson, @Nullable String signalsJson, int sequence, Instant createdAt,
		Instant updatedAt) {
}
