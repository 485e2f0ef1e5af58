package sage.server.market;

import java.util.Set;

/**
 * A market as the dashboards group it: which asset classes it holds, and the region code
 * providers' trending lists use.
 */
public enum MarketRegion {

	/** US stocks and ETFs. */
	US(Set.of(AssetClass.US_STOCK), "US"),
	/** Korean stocks (KOSPI, KOSDAQ). */
	KR(Set.of(AssetClass.KR_STOCK), "KR"),
	/** Crypto, spot and perpetual. */
	CRYPTO(Set.of(AssetClass.CRYPTO_SPOT, AssetClass.CRYPTO_PERP), "");

	private final Set<AssetClass> assetClasses;

	private final String region;

	MarketRegion(Set<AssetClass> assetClasses, String region) {
		this.assetClasses = assetClasses;
		this.region = region;
	}

	/** Whether {@code assetClass} belongs here; indices are quoted, not ranked. */
	public boolean holds(AssetClass assetClass) {
		return this.assetClasses.contains(assetClass);
	}

	/** The region code of providers' trending lists ({@code US}); blank for crypto. */
	String region() {
		return this.region;
	}

}
