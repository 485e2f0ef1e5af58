package sage.server.market.venue.binance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;
import sage.server.market.BarUpdate;
import sage.server.market.Tick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinanceStreamMappingTest {

	@Test
	void aRecordedTradeBecomesATickWithItsExactPriceAndTradeTime() {
		assertThat(BinanceStreamMapping.read(combined("btcusdt@trade", recorded("trade_stream.json"))))
			.contains(new Tick("BTC-USDT", new BigDecimal("0.001"), Instant.ofEpochMilli(123456785), "binance"));
	}

	@Test
	void aBareEventReadsLikeAWrappedOne() {
		Tick tick = (Tick) BinanceStreamMapping.read(recorded("trade_stream.json")).orElseThrow();
		assertThat(tick.price()).hasToString("0.001");
		assertThat(tick.time()).isEqualTo(Instant.parse("1970-01-02T10:17:36.785Z"));
	}

	@Test
	void anAggregateTradeBecomesATickToo() {
		assertThat(BinanceStreamMapping.read(recorded("agg_trade_stream.json")))
			.contains(new Tick("BTC-USDT", new BigDecimal("0.001"), Instant.ofEpochMilli(123456785), "binance"));
	}

	@Test
	void aRecordedKlineBecomesABarUpdateKeepingEveryDigit() {
		BarUpdate bar = (BarUpdate) BinanceStreamMapping
			.read(combined("btcusdt@kline_1m", recorded("kline_stream_open.json")))
			.orElseThrow();
		assertThat(bar).isEqualTo(new BarUpdate("BTC-USDT", Timeframe.M1, Instant.ofEpochMilli(1638747660000L),
				new BigDecimal("0.0010"), new BigDecimal("0.0025"), new BigDecimal("0.0015"), new BigDecimal("0.0020"),
				new BigDecimal("1000"), "binance"));
		assertThat(bar.open()).hasToString("0.0010");
	}

	@Test
	void repliesAndEventsSageDoesNotFollowGiveNothing() {
		assertThat(BinanceStreamMapping.read("{\"result\":null,\"id\":1}")).isEmpty();
		assertThat(BinanceStreamMapping.read("{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\"}}"))
			.isEmpty();
	}

	@Test
	void framesThatCannotBeReadAreRefusedWithTheReason() {
		String trade = recorded("trade_stream.json");
		assertThatThrownBy(() -> BinanceStreamMapping.read("{not json")).isInstanceOf(MalformedFrame.class)
			.hasMessage("not JSON");
		assertThatThrownBy(() -> BinanceStreamMapping.read("[1,2]")).isInstanceOf(MalformedFrame.class);
		assertThatThrownBy(() -> BinanceStreamMapping.read(trade.replace("\"0.001\"", "\"abc\"")))
			.isInstanceOf(MalformedFrame.class)
			.hasMessage("'p' is not a decimal: abc");
		assertThatThrownBy(() -> BinanceStreamMapping.read(trade.replace("\"0.001\"", "\"0\"")))
			.hasMessage("'p' is zero");
		assertThatThrownBy(() -> BinanceStreamMapping.read(trade.replace("\"0.001\"", "0.001")))
			.hasMessage("'p' is not a string");
		assertThatThrownBy(() -> BinanceStreamMapping.read(trade.replace("\"T\"", "\"x\"")))
			.hasMessage("'T' is not a time in epoch milliseconds");
		assertThatThrownBy(() -> BinanceStreamMapping.read(trade.replace("\"BTCUSDT\"", "\"BTC\"")))
			.isInstanceOf(MalformedFrame.class)
			.hasMessageContaining("not a pair symbol");
		assertThatThrownBy(
				() -> BinanceStreamMapping.read(recorded("kline_stream_open.json").replace("\"1m\"", "\"3m\"")))
			.hasMessage("kline interval '3m' is no Sage timeframe");
	}

	@Test
	void asksForTradesAndOneMinuteKlinesPerSymbolInBinanceSpelling() {
		assertThat(BinanceStreamMapping.streams(List.of("BTC-USDT", "eth-usdt"), true)).containsExactly("btcusdt@trade",
				"btcusdt@kline_1m", "ethusdt@trade", "ethusdt@kline_1m");
		assertThat(BinanceStreamMapping.streams(List.of("BTC-USDT"), false)).containsExactly("btcusdt@trade");
		assertThatThrownBy(() -> BinanceStreamMapping.streams(List.of("SPY"), true))
			.isInstanceOf(IllegalArgumentException.class);
	}

	static String combined(String stream, String event) {
		return "{\"stream\":\"" + stream + "\",\"data\":" + event + "}";
	}

	static String recorded(String file) {
		try (InputStream in = BinanceStreamMappingTest.class.getResourceAsStream("/market/live/binance/" + file)) {
			if (in == null) {
				throw new IllegalStateException("no recorded payload " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
