package sage.server.market.venue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exchanges under {@code sage.market.providers.*}, each disabled unless
 * {@code sage.market.providers.<venue>.enabled=true}
 * ({@code SAGE_MARKET_PROVIDERS_BINANCE_ENABLED=true}). Other providers under the same
 * prefix (Yahoo, KIS) bind their own settings.
 */
@ConfigurationProperties("sage.market.providers")
public record ExchangeProperties(@DefaultValue ExchangeSettings binance, @DefaultValue ExchangeSettings okx,
		@DefaultValue ExchangeSettings upbit, @DefaultValue ExchangeSettings bybit,
		@DefaultValue ExchangeSettings bitget) {

}
