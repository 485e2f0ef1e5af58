package sage.server.market.venue.binance;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sage.server.market.LivePrices;
import sage.server.platform.InvalidSettingException;

/**
 * The Binance stream as a live source, only with
 * {@code sage.market.live.binance.enabled=true} and only in the web server: a
 * command-line run ({@code ./sage backtest}) has no clients to stream to.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "sage.market.live.binance.enabled", havingValue = "true")
class BinanceStreamConfiguration {

	private static final String SYMBOLS = "sage.market.live.binance.symbols";

	private static final String URL = "sage.market.live.binance.url";

	@Bean
	BinanceTradeStream binanceTradeStream(BinanceStreamProperties settings, LivePrices live, MeterRegistry registry) {
		String scheme = settings.url().getScheme();
		if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
			throw new InvalidSettingException(URL, settings.url().toString(),
					"must be a ws:// or wss:// address, e.g. wss://stream.binance.com:9443");
		}
		try {
			return new BinanceTradeStream(settings, live::publish, registry);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSettingException(SYMBOLS, String.join(",", settings.symbols()),
					"must list canonical pairs Binance trades, e.g. BTC-USDT,ETH-USDT (" + ex.getMessage() + ")");
		}
	}

}
