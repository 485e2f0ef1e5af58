package sage.server.advisor.profile;

import java.time.Instant;

/**
 * A question the user asked the advisor, as the chat keeps it: what a profile is inferred
 * from.
 *
 * @param messageId the question's message
 * @param chatId its chat
 * @param text what the user wrote
 * @param at when
 */
public record Said(String messageId, String chatId, String text, Instant at) {
}
