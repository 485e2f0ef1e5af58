package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A bot and how it is doing. Position, cash and P&L are worked out from its fills, so
 * they always equal the sum of what it traded.
 *
 * @param id the bot id
 * @param name the owner's name for it
 * @param accountId the account it trades on
 * @param live whether that is a live exchange account: the bot trades the bars that close
 * after it starts, there; otherwise it replays stored bars on paper
 * @param strategy the strategy id
 * @param params every parameter, defaults filled in
 * @param symbol the instrument
 * @param interval the bar interval
 * @param currency the instrument's currency, in which cash and P&L are counted
 * @param state where it stands
 * @param stateReason why it stopped, finished or failed
 * @param barsPerSecond the replay pace (a live bot goes at the market's)
 * @param barsDone bars replayed (or, live, decided on) so far
 * @param barsTotal bars the replay has in all; 0 for a live bot, which has no end
 * @param lastBarAt the time of the last bar replayed
 * @param lastPrice the close of the last bar replayed, at which the position is marked
 * @param capital the cash it started with
 * @param cash its cash now
 * @param positionQuantity its position (negative when short)
 * @param averagePrice the position's average entry price; null when flat
 * @param realisedPnl profit and loss closed so far, before fees
 * @param unrealisedPnl the open position's profit and loss at the last price
 * @param fees fees paid
 * @param equity cash plus the position at the last price
 * @param openOrders orders working now
 * @param limits its risk limits
 * @param createdAt when it was created
 */
@Schema(description = "A bot, with its position and P&L worked out from its fills")
public record Bot(String id, @Schema(example = "BTC grid") String name, String accountId, @Schema(
		description = "Whether the bot trades on a live exchange account (the bars that close after it starts, at the exchange) rather than replaying stored bars on paper") boolean live,
		@Schema(example = "grid") String strategy, Map<String, BigDecimal> params,
		@Schema(example = "BTC-USD") String symbol, @Schema(example = "1h") String interval,
		@Schema(example = "USD") String currency, BotState state, @Nullable String stateReason, int barsPerSecond,
		int barsDone, int barsTotal, @Nullable Instant lastBarAt, @Nullable BigDecimal lastPrice, BigDecimal capital,
		BigDecimal cash, BigDecimal positionQuantity, @Nullable BigDecimal averagePrice, BigDecimal realisedPnl,
		BigDecimal unrealisedPnl, BigDecimal fees, BigDecimal equity, int openOrders, BotLimits limits,
		Instant createdAt) {

	/** Copies the parameters. */
	public Bot {
		params = Map.copyOf(params);
	}

}
