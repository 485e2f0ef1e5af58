package sage.server.market.venue;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A venue's own error, read from its answer.
 *
 * @param code the venue's error code as it sent it ({@code -1121}, {@code 51001},
 * {@code EGW00201})
 * @param message what the venue said
 * @param httpStatus the HTTP status it came with, 0 when the client library hid it
 * @param retryAfter how long the venue asked us to wait, if it said
 */
public record VenueError(String code, String message, int httpStatus, @Nullable Duration retryAfter) {
}
