package sage.server.market.venue.binance;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Binance spot stream under {@code sage.market.live.binance.*}: live
 * trades (and 1-minute bars) from Binance's public market streams, published as
 * {@code source: binance} ticks on {@code /ws/market}. Off by default, so that Sage runs
 * with no network.
 *
 * @param enabled connect to Binance's market streams (web server only, never in a
 * command-line run)
 * @param symbols canonical pairs to follow ({@code BTC-USDT}), spelled the Binance way on
 * the wire ({@code btcusdt})
 * @param url the stream root; Binance's public one unless a proxy or a test's stand-in
 * server is put in front
 * @param bars also follow 1-minute klines and publish them as bar updates
 * @param initialBackoff the wait before the first reconnect after a drop; doubled after
 * each failed attempt
 * @param maxBackoff the longest wait between reconnect attempts
 * @param connectTimeout the most opening one connection may take
 * @param idleTimeout a connection that brings nothing (not even Binance's pings, sent
 * every 20 s) for this long is taken for dead and replaced
 */
@ConfigurationProperties("sage.market.live.binance")
@Validated
public record BinanceStreamProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("BTC-USDT") @NotNull List<String> symbols,
		@DefaultValue("wss://stream.binance.com:9443") @NotNull URI url, @DefaultValue("true") boolean bars,
		@DefaultValue("1s") @NotNull Duration initialBackoff, @DefaultValue("60s") @NotNull Duration maxBackoff,
		@DefaultValue("10s") @NotNull Duration connectTimeout, @DefaultValue("2m") @NotNull Duration idleTimeout) {

	public BinanceStreamProperties {
		symbols = List.copyOf(symbols);
	}

}
