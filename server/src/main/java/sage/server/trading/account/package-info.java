/**
 * Trading accounts as stored: paper accounts and their deposits, and balances worked out
 * from fills. Internal to the trading module.
 */
@NullMarked
package sage.server.trading.account;

import org.jspecify.annotations.NullMarked;
