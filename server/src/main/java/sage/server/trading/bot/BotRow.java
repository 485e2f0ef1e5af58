package sage.server.trading.bot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.trading.BotLimits;
import sage.server.trading.BotState;

/** A bot as stored. */
public record BotRow(String id, UUID owner, String accountId, String name, String strategy,
		Map<String, BigDecimal> params, String symbol, String timeframe, Instant replayFrom, int barsPerSecond,
		BigDecimal capital, String currency, BigDecimal commission, BotLimits limits, BotState state,
		@Nullable String stateReason, int barsDone, int barsTotal, @Nullable Instant lastBarAt,
		@Nullable BigDecimal lastPrice, @Nullable String leaseNode, Instant createdAt) {

	/** Copies the parameters. */
	public BotRow {
		params = Map.copyOf(params);
	}

}
