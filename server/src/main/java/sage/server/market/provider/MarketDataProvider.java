package sage.server.market.provider;

/**
 * A client of one upstream market data service. A provider implements the source
 * interface of each {@link Capability} it declares; every call goes through its
 * {@link UpstreamPolicy} and fails only with an {@link UpstreamException}.
 *
 * <p>
 * Providers speak the venue's own symbols ({@code BTC-USD} at Yahoo, {@code bitcoin} at
 * CoinGecko, {@code BTCUSDT} at Binance, {@code 005930} at KIS); mapping them to and from
 * Sage's canonical symbols is the market module's symbol mapping' job, not the
 * provider's.
 */
public interface MarketDataProvider {

	/** What this provider can do. */
	ProviderCapabilities capabilities();

	/** The provider's stable name, as in {@link ProviderCapabilities#provider()}. */
	default String name() {
		return capabilities().provider();
	}

}
