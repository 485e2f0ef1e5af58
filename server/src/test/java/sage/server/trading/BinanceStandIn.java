package sage.server.trading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the live trading tests that put WireMock in Binance's place share: Binance's
 * documented example key pair, the answers no recording exists for (written in Binance's
 * documented shape), and the recorded ones in {@code src/test/resources/venue/binance/}.
 */
final class BinanceStandIn {

	static final String ORDER = "/api/v3/order";

	/** Binance's documented example key (its "Signed endpoint examples"). */
	static final String KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";

	static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

	/** Binance's documented apiRestrictions shape (no recording of it exists here). */
	static final String TRADING_KEY = """
			{"ipRestrict":false,"createTime":1698645219000,"enableReading":true,"enableWithdrawals":false,
			"enableInternalTransfer":false,"enableMargin":false,"enableFutures":false,
			"permitsUniversalTransfer":false,"enableVanillaOptions":false,"enableSpotAndMarginTrading":true}""";

	/** Symbols with filters in Binance's documented shape (the recording has none). */
	static final String EXCHANGE_INFO = """
			{"timezone":"UTC","serverTime":1764936000000,"rateLimits":[],"exchangeFilters":[],"symbols":[
			{"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT","filters":[
			{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000000","tickSize":"0.01"},
			{"filterType":"LOT_SIZE","minQty":"0.00001","maxQty":"9000","stepSize":"0.00001"},
			{"filterType":"NOTIONAL","minNotional":"5"}]},
			{"symbol":"BNBBTC","status":"TRADING","baseAsset":"BNB","quoteAsset":"BTC","filters":[
			{"filterType":"PRICE_FILTER","minPrice":"0.000001","maxPrice":"100","tickSize":"0.000001"},
			{"filterType":"LOT_SIZE","minQty":"0.01","maxQty":"100000","stepSize":"0.01"}]},
			{"symbol":"LTCBTC","status":"TRADING","baseAsset":"LTC","quoteAsset":"BTC","filters":[
			{"filterType":"PRICE_FILTER","minPrice":"0.000001","maxPrice":"100","tickSize":"0.000001"},
			{"filterType":"LOT_SIZE","minQty":"0.001","maxQty":"100000","stepSize":"0.001"},
			{"filterType":"NOTIONAL","minNotional":"0.0001"}]}]}""";

	private BinanceStandIn() {
	}

	/** A recorded Binance answer, unchanged. */
	static String recorded(String name) {
		try (InputStream in = BinanceStandIn.class.getResourceAsStream("/venue/binance/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no recorded payload " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An answer with Binance's echo of the client order id Sage sent (query parameter
	 * {@code param}, through WireMock's response templating) where it has
	 * {@code recordedId}.
	 */
	static String echoingClientId(String answer, String recordedId, String param) {
		return answer.replace("\"" + recordedId + "\"", "\"{{request.query." + param + "}}\"");
	}

}
