package sage.server.advisor.chat;

import java.time.Instant;
import java.util.UUID;

/** A chat as stored: its owner and title (the first question, cut short). */
public record StoredChat(String id, UUID owner, String title, Instant createdAt, Instant updatedAt) {
}
