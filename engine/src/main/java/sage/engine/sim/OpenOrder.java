package sage.engine.sim;

/**
 * An order that is still working.
 *
 * @param id the id the simulator gave it
 * @param order the order as submitted
 */
public record OpenOrder(long id, Order order) {
}
