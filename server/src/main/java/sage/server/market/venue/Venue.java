package sage.server.market.venue;

import java.util.Locale;

import sage.server.market.provider.UpstreamPolicy;

/**
 * A market Sage reads through its own provider, with the way that venue spells a symbol.
 */
public enum Venue {

	/** Binance spot: {@code BTCUSDT}. */
	BINANCE(Spelling.CONCATENATED),
	/** OKX spot: {@code BTC-USDT}. */
	OKX(Spelling.BASE_DASH_QUOTE),
	/** Upbit: {@code KRW-BTC}, the quote first. */
	UPBIT(Spelling.QUOTE_DASH_BASE),
	/** Bybit spot: {@code BTCUSDT}. */
	BYBIT(Spelling.CONCATENATED),
	/** Bitget spot: {@code BTCUSDT}. */
	BITGET(Spelling.CONCATENATED),
	/** Korea Investment & Securities: the six-character KRX code, {@code 005930}. */
	KIS(Spelling.KRX_CODE);

	private final Spelling spelling;

	Venue(Spelling spelling) {
		this.spelling = spelling;
	}

	/**
	 * The provider name under which the venue is configured and reported
	 * ({@code sage.market.providers.binance.*}).
	 */
	public String providerName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Checks that {@code policy} is this venue's, so that its calls show under this
	 * provider's name in the status and metrics.
	 * @throws IllegalArgumentException for another provider's policy
	 */
	public void requireOwn(UpstreamPolicy policy) {
		if (!policy.provider().equals(providerName())) {
			throw new IllegalArgumentException("a " + providerName() + " client needs the " + providerName()
					+ " policy, not " + policy.provider());
		}
	}

	Spelling spelling() {
		return this.spelling;
	}

	/** How a venue writes a symbol. */
	enum Spelling {

		/** Base and quote run together: {@code BTCUSDT}. */
		CONCATENATED,
		/** {@code BTC-USDT}, Sage's own form for pairs. */
		BASE_DASH_QUOTE,
		/** {@code KRW-BTC}. */
		QUOTE_DASH_BASE,
		/** A KRX short code: {@code 005930}. */
		KRX_CODE

	}

}
