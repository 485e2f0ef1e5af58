package sage.engine.sim;

/**
 * An order the simulator refused or cancelled without (fully) filling it.
 *
 * @param orderId the order's id
 * @param bar the bar at which it was refused
 * @param reason why, for people
 */
public record Rejection(long orderId, int bar, String reason) {
}
