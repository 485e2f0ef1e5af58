/**
 * Orders and fills as stored: intents committed before a venue call, state transitions
 * that only move from an expected state, fills kept once per venue trade id. Internal to
 * the trading module.
 */
@NullMarked
package sage.server.trading.order;

import org.jspecify.annotations.NullMarked;
