package sage.server.advisor.grounding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;

/** Fact sheets built by hand for the grounding tests. */
final class Sheets {

	static final Instant AS_OF = Instant.parse("2026-12-06T14:30:12Z");

	private Sheets() {
	}

	static Fact fact(String id, String label, String value, Unit unit, @Nullable String currency,
			@Nullable String symbol) {
		return new Fact(id, label, new BigDecimal(value), unit, currency, symbol,
				"/api/v1/instruments/" + ((symbol != null) ? symbol : "market") + "/quote", AS_OF);
	}

	/** A sheet about BTC (in USD, USDT and KRW), SPY, KOSPI and the market's mood. */
	static FactSheet market() {
		return new FactSheet(List.of(fact("BTC-USD.price", "last price", "64321.87", Unit.MONEY, "USD", "BTC-USD"),
				fact("BTC-USD.change24h", "24h change", "-1.53", Unit.PERCENT, null, "BTC-USD"),
				fact("BTC-USD.rsi14", "RSI (14)", "58.27", Unit.INDEX, null, "BTC-USD"),
				fact("BTC-USD.vol30", "30-day volatility", "41.234", Unit.PERCENT, null, "BTC-USD"),
				fact("BTC-USD.drawdown", "drawdown from the 52-week high", "23.4", Unit.PERCENT, null, "BTC-USD"),
				fact("BTC-USD.pct", "share of the market", "12.345", Unit.PERCENT, null, "BTC-USD"),
				fact("BTC-USDT.price", "last price", "64350.10", Unit.MONEY, "USDT", "BTC-USDT"),
				fact("BTC-KRW.price", "last price", "95123456", Unit.MONEY, "KRW", "BTC-KRW"),
				fact("SPY.price", "last price", "612.4", Unit.MONEY, "USD", "SPY"),
				fact("KOSPI.level", "index level", "2612.35", Unit.INDEX, null, "KOSPI"),
				fact("fear-greed.value", "Fear & Greed (0-100)", "72", Unit.INDEX, null, null),
				fact("BTC-USD.volume", "24h volume", "1234567890", Unit.NUMBER, null, "BTC-USD")));
	}

}
