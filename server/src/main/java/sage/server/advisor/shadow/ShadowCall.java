package sage.server.advisor.shadow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Stance;

/**
 * A call a user added to their shadow portfolio, with everything it is scored by.
 *
 * @param id the call's id
 * @param owner whose portfolio it is in
 * @param messageId the answer that made it
 * @param symbol the instrument
 * @param stance buy, hold or sell
 * @param entryPrice the price the answer stated, from market data
 * @param currency the price's currency
 * @param pricedAt when that price held: the call starts there
 * @param horizonDays how many calendar days it is for
 * @param confidence how sure the advisor said it was, from 0 to 1
 * @param addedAt when the user added it
 */
public record ShadowCall(String id, UUID owner, String messageId, String symbol, Stance stance, BigDecimal entryPrice,
		@Nullable String currency, Instant pricedAt, int horizonDays, BigDecimal confidence, Instant addedAt) {

	/** When the call's horizon ends. */
	public Instant due() {
		return this.pricedAt.plus(Duration.ofDays(this.horizonDays));
	}

}
