package sage.server.market.catalog;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import sage.server.market.AssetClass;
import sage.server.market.TickBand;

/**
 * The static description of an instrument, as a data file or a provider defines it; the
 * stored history is not part of it.
 */
public record InstrumentDefinition(String symbol, String name, @Nullable String localName, AssetClass assetClass,
		String venue, String currency, ZoneId timezone, String tradingHours, List<TickBand> tickSizes,
		@Nullable BigDecimal lotSize, @Nullable BigDecimal minNotional, List<String> aliases) {

	public InstrumentDefinition {
		if (!symbol.matches("[A-Z0-9^][A-Z0-9.^-]{0,31}")) {
			throw new IllegalArgumentException(
					"symbol must be 1-32 upper-case letters, digits, '.', '-', '^': " + symbol);
		}
		if (tickSizes.isEmpty() || tickSizes.get(0).fromPrice().signum() != 0) {
			throw new IllegalArgumentException(symbol + ": the first tick band must start at price 0");
		}
		if (!tradingHours.equals("24/7") && !tradingHours.matches("\\d\\d:\\d\\d-\\d\\d:\\d\\d")) {
			throw new IllegalArgumentException(symbol + ": trading hours must be HH:mm-HH:mm or 24/7");
		}
		tickSizes = tickSizes.stream().map((b) -> new TickBand(canonical(b.fromPrice()), canonical(b.tick()))).toList();
		lotSize = (lotSize != null) ? canonical(lotSize) : null;
		if (minNotional != null && minNotional.signum() < 0) {
			throw new IllegalArgumentException(symbol + ": min notional must not be negative");
		}
		minNotional = (minNotional != null) ? canonical(minNotional) : null;
		// sorted, as the catalog reads them back, so an unchanged definition compares
		// equal
		aliases = aliases.stream().map((alias) -> alias.toUpperCase(Locale.ROOT)).distinct().sorted().toList();
	}

	/** An instrument without a minimum order value. */
	public InstrumentDefinition(String symbol, String name, @Nullable String localName, AssetClass assetClass,
			String venue, String currency, ZoneId timezone, String tradingHours, List<TickBand> tickSizes,
			@Nullable BigDecimal lotSize, List<String> aliases) {
		this(symbol, name, localName, assetClass, venue, currency, timezone, tradingHours, tickSizes, lotSize, null,
				aliases);
	}

	/**
	 * The same number without trailing zeros and never in exponent form, so that a value
	 * read back from a {@code DECIMAL(38,18)} column equals the one written.
	 */
	public static BigDecimal canonical(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * Local time at which a daily bar opens: the session start, or midnight for 24/7
	 * markets.
	 */
	public LocalTime sessionOpen() {
		return this.tradingHours.equals("24/7") ? LocalTime.MIDNIGHT
				: LocalTime.parse(this.tradingHours.substring(0, 5));
	}

}
