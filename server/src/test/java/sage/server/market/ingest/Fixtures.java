package sage.server.market.ingest;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import sage.server.market.AssetClass;
import sage.server.market.Instrument;
import sage.server.market.TickBand;

/** Instruments as the catalogue holds them, for tests without a database. */
final class Fixtures {

	static final Instrument SPY = instrument("SPY", AssetClass.US_STOCK, "America/New_York", "09:30-16:00",
			List.of("SPY.US"));

	static final Instrument SAMSUNG = instrument("005930", AssetClass.KR_STOCK, "Asia/Seoul", "09:00-15:30",
			List.of("005930.KS"));

	static final Instrument KOSPI = instrument("KOSPI", AssetClass.INDEX, "Asia/Seoul", "09:00-15:30",
			List.of("^KS11"));

	static final Instrument BTC_USD = instrument("BTC-USD", AssetClass.CRYPTO_SPOT, "UTC", "24/7",
			List.of("BTCUSD", "BTC/USD"));

	static final Instrument BTC_USDT = instrument("BTC-USDT", AssetClass.CRYPTO_SPOT, "UTC", "24/7", List.of());

	private Fixtures() {
	}

	static Instrument instrument(String symbol, AssetClass assetClass, String zone, String hours,
			List<String> aliases) {
		return new Instrument(symbol, symbol + " fixture", null, assetClass, "venue", "USD", ZoneId.of(zone), hours,
				List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01"))), BigDecimal.ONE, aliases, List.of(),
				null);
	}

}
