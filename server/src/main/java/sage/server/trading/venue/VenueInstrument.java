package sage.server.trading.venue;

import java.math.BigDecimal;
import java.util.Objects;

import sage.engine.sim.InstrumentSpec;

/**
 * One instrument as the venue trades it: its assets and the steps and minimums an order
 * on it must respect. Orders are rounded with {@link #spec()} before they are committed,
 * so that what the venue is sent is exactly what Sage recorded.
 *
 * @param symbol the venue's symbol ({@code BTCUSDT}, {@code BTC-USDT})
 * @param baseAsset what is bought and sold ({@code BTC})
 * @param quoteAsset what it is priced and paid in ({@code USDT})
 * @param spec tick, lot and minimum order value
 * @param minQuantity the smallest quantity the venue accepts, in the base asset
 * @param trading whether the venue takes orders on it now
 */
public record VenueInstrument(String symbol, String baseAsset, String quoteAsset, InstrumentSpec spec,
		BigDecimal minQuantity, boolean trading) {

	public VenueInstrument {
		Objects.requireNonNull(spec, "spec");
		if (symbol.isBlank() || baseAsset.isBlank() || quoteAsset.isBlank()) {
			throw new IllegalArgumentException("symbol and assets must not be blank");
		}
		if (minQuantity.signum() < 0) {
			throw new IllegalArgumentException("minQuantity must not be negative: " + minQuantity);
		}
	}

}
