package sage.server.market.provider;

/** {@link Capability#ORDER_BOOK}: market depth. */
public interface OrderBookSource extends MarketDataProvider {

	/**
	 * The order book of {@code venueSymbol}, at most {@code depth} levels a side.
	 * @throws UpstreamException when the upstream fails after retries
	 */
	OrderBook orderBook(String venueSymbol, int depth);

}
