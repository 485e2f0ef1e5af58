package sage.server.advisor;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.advisor.chat.MessageRole;
import sage.server.advisor.chat.MessageStatus;
import sage.server.advisor.facts.Fact;

/**
 * A question or an answer of a chat.
 *
 * @param id the message id
 * @param turnId the client's id for the question and its answer
 * @param role {@code USER} or {@code ADVISOR}
 * @param status {@code COMPLETE}, {@code STREAMING} while an answer is written, or
 * {@code INTERRUPTED} with the part written
 * @param content the text (an answer's as grounded: what the user was shown)
 * @param mode how an answer was written: {@code offline} (from market data by templates,
 * no AI model) or the model's name
 * @param language {@code en} or {@code ko}
 * @param citations where each number of an answer comes from
 * @param facts the facts an answer was built from
 * @param signals the calls an answer makes, which can be added to the shadow portfolio
 * @param createdAt when it was written
 */
@Schema(description = "A question or an answer of a chat")
public record ChatMessage(String id, String turnId, MessageRole role, MessageStatus status, String content,
		@Schema(example = "offline") @Nullable String mode, @Schema(example = "en") @Nullable String language,
		List<Citation> citations, List<Fact> facts, List<Signal> signals, Instant createdAt) {

	public ChatMessage {
		citations = List.copyOf(citations);
		facts = List.copyOf(facts);
		signals = List.copyOf(signals);
	}

}
