package sage.server.advisor.profile;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an inference came from: the words of one of the user's questions.
 *
 * @param messageId the question's message
 * @param chatId its chat
 * @param excerpt the sentence that said it, at most 160 characters
 * @param cue the words in it that count
 * @param at when it was asked
 */
@Schema(description = "One of your questions an inference came from",
		example = "{\"messageId\":\"5f0c…\",\"chatId\":\"9a1e…\",\"excerpt\":\"I'm new to investing and want to keep it safe.\",\"cue\":\"new to invest\",\"at\":\"2026-12-06T09:30:00Z\"}")
public record Evidence(String messageId, String chatId, String excerpt, String cue, Instant at) {
}
