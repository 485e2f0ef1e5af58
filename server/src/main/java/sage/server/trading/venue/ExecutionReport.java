package sage.server.trading.venue;

import org.jspecify.annotations.Nullable;

/**
 * One user-data-stream event about an order: the order as it now stands, and the fill it
 * reports when it reports one. A venue's stream sends both in one message, which the
 * trading runtime folds in as two reports (a status and a trade) so that a fill counts
 * once however often, and by whichever path (stream or polled trade list), it arrives.
 *
 * @param order the order as the venue says it stands after the event
 * @param fill the trade the event reports; {@code null} for events that are not trades
 * (new, cancelled, expired)
 */
public record ExecutionReport(VenueOrder order, @Nullable VenueFill fill) {
}
