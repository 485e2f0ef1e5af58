/**
 * Keeping live orders in step with their exchanges: the poller that asks each exchange, a
 * few seconds apart, about the orders Sage has working there. Internal to the trading
 * module.
 */
@NullMarked
package sage.server.trading.live;

import org.jspecify.annotations.NullMarked;
