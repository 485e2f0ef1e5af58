package sage.server.advisor.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import sage.server.advisor.ChatEvent;

/**
 * An answer's events as server-sent events, written on a virtual thread so that the
 * request thread is free while the answer is written.
 */
final class ChatEventStream {

	/** Longer than any answer takes; a stream still open then is closed. */
	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private ChatEventStream() {
	}

	/** A stream that runs {@code work} with a sink of events, then closes. */
	static SseEmitter open(Consumer<Consumer<ChatEvent>> work) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		@Nullable String requestId = MDC.get("requestId");
		Thread.ofVirtual().name("chat-stream").start(() -> {
			if (requestId != null) {
				MDC.put("requestId", requestId);
			}
			try {
				work.accept((event) -> send(emitter, event, requestId));
				emitter.complete();
			}
			catch (RuntimeException ex) {
				emitter.completeWithError(ex);
			}
			finally {
				MDC.clear();
			}
		});
		return emitter;
	}

	private static void send(SseEmitter emitter, ChatEvent event, @Nullable String requestId) {
		Object data = switch (event) {
			case ChatEvent.Token token -> Map.of("text", token.text());
			case ChatEvent.Cited cited -> cited.citation();
			case ChatEvent.Signalled signalled -> signalled.signal();
			case ChatEvent.Done done -> Map.of("messageId", done.messageId(), "status", done.status(), "mode",
					done.mode(), "language", done.language());
			case ChatEvent.Failed failed -> Map.of("messageId", failed.messageId(), "code", failed.code(), "detail",
					failed.detail(), "requestId", (requestId != null) ? requestId : "");
		};
		try {
			emitter.send(SseEmitter.event().id(event.id()).name(event.name()).data(data, MediaType.APPLICATION_JSON));
		}
		catch (IOException ex) {
			// the client went away: the answer is still written and kept
			throw new UncheckedIOException(ex);
		}
	}

}
