package sage.server.trading.venue;

import java.math.BigDecimal;
import java.time.Instant;

import sage.engine.sim.Side;

/**
 * One trade of this account at the venue.
 *
 * <p>
 * It names its order by the venue's order id, not the client order id: Binance's trade
 * list ({@code myTrades}) carries only the former, and the runtime knows both once the
 * order is accepted or looked up.
 *
 * @param venueTradeId the venue's id for the trade, unique per symbol
 * @param venueOrderId the venue's id for the order that traded
 * @param symbol the venue's symbol
 * @param side buy or sell
 * @param price the price traded at
 * @param quantity the quantity traded, in the base asset
 * @param fee the fee charged, in {@code feeCurrency}
 * @param feeCurrency the asset the fee was charged in (not always the quote: Binance may
 * charge BNB)
 * @param at when it traded
 */
public record VenueFill(String venueTradeId, String venueOrderId, String symbol, Side side, BigDecimal price,
		BigDecimal quantity, BigDecimal fee, String feeCurrency, Instant at) {
}
