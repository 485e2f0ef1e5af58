package sage.server.market;

/**
 * What kind of thing an instrument is; decides sessions, units and which venues list it.
 */
public enum AssetClass {

	/** A share or ETF listed in the United States. */
	US_STOCK,
	/** A share or ETF listed on the Korea Exchange (KOSPI, KOSDAQ). */
	KR_STOCK,
	/** A spot crypto pair. */
	CRYPTO_SPOT,
	/** A perpetual crypto swap. */
	CRYPTO_PERP,
	/** A market index: quoted, not traded. */
	INDEX

}
