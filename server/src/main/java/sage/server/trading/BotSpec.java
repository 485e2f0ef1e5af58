package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a new paper bot runs: a strategy with its parameters on one instrument's stored
 * bars, replayed from a time at a pace, with money from a paper account and risk limits.
 *
 * @param name the owner's name for it, unique among their bots
 * @param accountId the paper account that gives it its capital
 * @param strategy a strategy id ({@code grid})
 * @param params the strategy's parameters; defaults for those left out
 * @param symbol the instrument
 * @param interval the bar interval ({@code 1h})
 * @param replayFrom the first bar replayed; the earliest stored when null
 * @param barsPerSecond how fast the replay goes, 1 to 1,000 bars a second
 * @param capital the cash it trades with, in the instrument's currency
 * @param commission the fee as a fraction of traded value (0.001 is 0.1%)
 * @param limits its pre-trade risk limits
 */
public record BotSpec(String name, String accountId, String strategy, Map<String, BigDecimal> params, String symbol,
		String interval, @Nullable Instant replayFrom, int barsPerSecond, BigDecimal capital, BigDecimal commission,
		BotLimits limits) {

	/** Copies the parameters. */
	public BotSpec {
		params = Map.copyOf(params);
	}

}
