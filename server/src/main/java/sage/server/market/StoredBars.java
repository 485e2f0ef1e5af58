package sage.server.market;

/**
 * What storing a batch of bars changed.
 *
 * @param received bars in the batch
 * @param inserted bars at open times not stored before
 * @param updated stored bars whose values changed
 * @param unchanged stored bars that were already identical
 */
public record StoredBars(int received, int inserted, int updated, int unchanged) {
}
