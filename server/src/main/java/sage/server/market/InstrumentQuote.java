package sage.server.market;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The latest price of an instrument as Sage knows it, with where it came from.
 *
 * @param symbol the canonical symbol
 * @param price the last price
 * @param previousClose the previous session's close (24 h ago for crypto at most
 * providers), if known
 * @param change price minus previous close, if known
 * @param changePercent that change in percent of the previous close, if known
 * @param volume the session's or the last 24 hours' volume, if known
 * @param currency the quote currency
 * @param time when the price was made (traded, or the bar it closes)
 * @param source who gave it: a provider ({@code yahoo}), {@code replay} for recorded
 * ticks played back, or {@code stored} for the latest stored close
 */
public record InstrumentQuote(String symbol, BigDecimal price, @Nullable BigDecimal previousClose,
		@Nullable BigDecimal change, @Nullable BigDecimal changePercent, @Nullable BigDecimal volume, String currency,
		Instant time, String source) implements Serializable {

	/** The source of quotes read from stored bars. */
	public static final String STORED = "stored";

}
