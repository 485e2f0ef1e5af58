package sage.server.market;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What moved in one market over each instrument's latest stored session, and what
 * providers' users are looking at.
 *
 * @param market the market
 * @param gainers the largest rises in percent, largest first
 * @param losers the largest falls in percent, largest fall first
 * @param mostActive the largest volumes, largest first
 * @param trending providers' trending lists, in their order (empty when no provider with
 * a trending list is enabled)
 * @param trendingUnavailable why the trending lists are missing, when a provider failed
 */
public record Movers(MarketRegion market, List<Mover> gainers, List<Mover> losers, List<Mover> mostActive,
		List<TrendingSymbol> trending, @Nullable String trendingUnavailable) implements Serializable {

	public Movers {
		gainers = List.copyOf(gainers);
		losers = List.copyOf(losers);
		mostActive = List.copyOf(mostActive);
		trending = List.copyOf(trending);
	}

	/**
	 * An instrument's latest stored session.
	 *
	 * @param symbol canonical symbol
	 * @param name its name
	 * @param price the session's close
	 * @param change close minus the previous close
	 * @param changePercent that change in percent
	 * @param volume the session's volume
	 * @param time the session's open time
	 */
	public record Mover(String symbol, String name, BigDecimal price, BigDecimal change, BigDecimal changePercent,
			BigDecimal volume, Instant time) implements Serializable {
	}

	/**
	 * An entry of a provider's trending list.
	 *
	 * @param symbol the canonical symbol as far as Sage can tell
	 * @param listed whether Sage has an instrument under that symbol
	 * @param name its name, if the provider gave one
	 * @param price its price, if given
	 * @param changePercent its change in percent, if given
	 * @param provider whose list it is
	 */
	public record TrendingSymbol(String symbol, boolean listed, @Nullable String name, @Nullable BigDecimal price,
			@Nullable BigDecimal changePercent, String provider) implements Serializable {
	}

}
