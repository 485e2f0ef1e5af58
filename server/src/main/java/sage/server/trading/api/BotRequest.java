package sage.server.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.platform.ProblemException;
import sage.server.trading.BotLimits;
import sage.server.trading.BotSpec;

/**
 * A paper bot to create. {@code name}, {@code accountId}, {@code strategy},
 * {@code symbol} and {@code capital} are required.
 */
@Schema(name = "BotRequest")
record BotRequest(
		@Schema(example = "BTC grid", description = "Your name for it, unique among your bots",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
		@Schema(example = "5b0f3f0e-8d0a-4c55-9a55-2f1c8f3f4a10", description = "The paper account that funds it",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String accountId,
		@Schema(example = "grid", description = "Strategy id (GET /api/v1/strategies)",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String strategy,
		@Schema(example = "{\"lower\": 30000, \"upper\": 50000, \"levels\": 10, \"quantityPerLevel\": 0.01}",
				description = "Parameter values by name; missing ones take their defaults") @Nullable Map<String, BigDecimal> params,
		@Schema(example = "BTC-USD", description = "Instrument symbol or alias",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String symbol,
		@Schema(example = "1h", description = "Bar length; default 1d") @Nullable String interval,
		@Schema(example = "2019-01-01T00:00:00Z",
				description = "The first bar replayed; default the first stored bar") @Nullable Instant replayFrom,
		@Schema(example = "20",
				description = "Replay pace, 1 to 1000 bars a second; default 10") @Nullable Integer barsPerSecond,
		@Schema(example = "10000",
				description = "The cash it trades with, in the instrument's currency; "
						+ "at most what the account has available",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable BigDecimal capital,
		@Schema(example = "0.001",
				description = "Fee as a fraction of traded value; default 0.001 (0.1%)") @Nullable BigDecimal commission,
		@Schema(description = "Pre-trade risk limits; default none") @Nullable BotLimits limits) {

	static final BigDecimal DEFAULT_COMMISSION = new BigDecimal("0.001");

	static final int DEFAULT_PACE = 10;

	BotSpec toSpec() {
		return new BotSpec(required(this.name, "name"), required(this.accountId, "accountId"),
				required(this.strategy, "strategy"), (this.params != null) ? this.params : Map.of(),
				required(this.symbol, "symbol"), (this.interval != null) ? this.interval : "1d", this.replayFrom,
				(this.barsPerSecond != null) ? this.barsPerSecond : DEFAULT_PACE, required(this.capital, "capital"),
				(this.commission != null) ? this.commission : DEFAULT_COMMISSION,
				(this.limits != null) ? this.limits : BotLimits.NONE);
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw ProblemException.invalidField(field, "is required");
		}
		return value;
	}

}
