/**
 * Paper bots at work: the supervisor that runs the bots this node holds the lease of on
 * virtual threads, each bot's strategy on the engine's simulator over stored bars, its
 * pre-trade check, and what it writes per bar. Internal to the trading module.
 */
@NullMarked
package sage.server.trading.bot;

import org.jspecify.annotations.NullMarked;
