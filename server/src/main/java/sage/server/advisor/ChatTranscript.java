package sage.server.advisor;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A chat and its messages, oldest first. */
@Schema(description = "A chat and its messages, oldest first")
public record ChatTranscript(Chat chat, List<ChatMessage> messages) {

	public ChatTranscript {
		messages = List.copyOf(messages);
	}

}
