package sage.server.advisor;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A call an answer makes on one asset, in a form a machine can score: what to do, at what
 * price (the market data's, when the answer was written), over how long and how sure.
 *
 * @param symbol the instrument's canonical symbol
 * @param stance buy, hold or sell
 * @param price the asset's price the answer stated, from market data
 * @param currency the price's currency
 * @param pricedAt when that price held
 * @param horizonDays how many calendar days the call is for
 * @param confidence how sure the advisor says it is, from 0 to 1
 */
@Schema(description = "A call an answer makes on one asset: stance, price at the time, horizon and confidence")
public record Signal(@Schema(example = "BTC-USD") String symbol, Stance stance,
		@Schema(example = "8034.32") BigDecimal price, @Schema(example = "USD") @Nullable String currency,
		Instant pricedAt, @Schema(example = "30") int horizonDays, @Schema(example = "0.6") BigDecimal confidence) {

	public Signal {
		if (price.signum() <= 0) {
			throw new IllegalArgumentException("a signal's price must be positive: " + price);
		}
		if (horizonDays < 1) {
			throw new IllegalArgumentException("a signal's horizon must be at least a day: " + horizonDays);
		}
		if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("a signal's confidence must be between 0 and 1: " + confidence);
		}
	}

}
