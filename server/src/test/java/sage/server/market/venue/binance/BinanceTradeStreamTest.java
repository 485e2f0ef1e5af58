package sage.server.market.venue.binance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;
import sage.server.market.BarUpdate;
import sage.server.market.MarketUpdate;
import sage.server.market.Tick;

import static org.assertj.core.api.Assertions.assertThat;
import static sage.server.market.venue.binance.BinanceStreamMappingTest.combined;
import static sage.server.market.venue.binance.BinanceStreamMappingTest.recorded;

/** The stream against a local stand-in server sending Binance's recorded payloads. */
class BinanceTradeStreamTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final Tick RECORDED_TRADE = new Tick("BTC-USDT", new BigDecimal("0.001"),
			Instant.ofEpochMilli(123456785), "binance");

	private final BlockingQueue<MarketUpdate> published = new LinkedBlockingQueue<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final BinanceStandIn binance = new BinanceStandIn();

	private BinanceTradeStream stream;

	@AfterEach
	void stop() throws Exception {
		if (this.stream != null) {
			this.stream.stop();
		}
		this.binance.close();
	}

	@Test
	void subscribesToTradesAndKlinesAndPublishesTheRecordedTrade() throws Exception {
		start(settings(true));
		BinanceStandIn.Connection connection = this.binance.nextConnection(WAIT);
		assertThat(connection.path()).isEqualTo("/stream");
		assertThat(connection.query())
			.isEqualTo("streams=btcusdt@trade/btcusdt@kline_1m/ethusdt@trade/ethusdt@kline_1m");
		awaitMeter("sage.live.stream.connected", 1);

		connection.send(combined("btcusdt@trade", recorded("trade_stream.json")));
		connection.send(combined("btcusdt@kline_1m", recorded("kline_stream_closed.json")));

		assertThat(next()).isEqualTo(RECORDED_TRADE);
		assertThat(next()).isEqualTo(new BarUpdate("BTC-USDT", Timeframe.M1, Instant.ofEpochMilli(1638747660000L),
				new BigDecimal("0.0010"), new BigDecimal("0.0025"), new BigDecimal("0.0010"), new BigDecimal("0.0020"),
				new BigDecimal("1000"), "binance"));
		assertThat(counter("sage.live.stream.messages")).isEqualTo(2);
	}

	@Test
	void skipsAndCountsMalformedFramesAndKeepsReading() throws Exception {
		start(settings(false));
		BinanceStandIn.Connection connection = this.binance.nextConnection(WAIT);
		String trade = recorded("trade_stream.json");

		connection.send("{not json");
		connection.send(combined("btcusdt@trade", trade.replace("\"0.001\"", "\"abc\"")));
		connection.send(combined("btcusdt@trade", trade.replace("\"T\"", "\"t2\"")));
		connection.send("{\"result\":null,\"id\":1}");
		connection.send(combined("btcusdt@trade", trade));

		assertThat(next()).isEqualTo(RECORDED_TRADE);
		assertThat(counter("sage.live.stream.malformed")).isEqualTo(3);
		assertThat(counter("sage.live.stream.messages")).isEqualTo(5);
		assertThat(counter("sage.live.stream.reconnects")).isZero();
		assertThat(this.published).isEmpty();
	}

	@Test
	void reconnectsAfterTheServerDropsTheConnectionAndAsksForTheSameStreams() throws Exception {
		start(settings(true));
		BinanceStandIn.Connection first = this.binance.nextConnection(WAIT);
		first.send(combined("btcusdt@trade", recorded("trade_stream.json")));
		assertThat(next()).isEqualTo(RECORDED_TRADE);

		first.drop();

		BinanceStandIn.Connection second = this.binance.nextConnection(WAIT);
		assertThat(second.query()).isEqualTo(first.query());
		assertThat(counter("sage.live.stream.reconnects")).isEqualTo(1);
		awaitMeter("sage.live.stream.connected", 1);
		second.send(recorded("agg_trade_stream.json"));
		assertThat(next()).isEqualTo(RECORDED_TRADE);
	}

	@Test
	void replacesAConnectionThatGoesSilent() throws Exception {
		BinanceStreamProperties quiet = new BinanceStreamProperties(true, List.of("BTC-USDT"), this.binance.url(),
				false, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMillis(500));
		start(quiet);
		BinanceStandIn.Connection first = this.binance.nextConnection(WAIT);
		BinanceStandIn.Connection second = this.binance.nextConnection(WAIT);
		assertThat(second.query()).isEqualTo(first.query());
		assertThat(counter("sage.live.stream.reconnects")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void keepsRetryingWhileTheServerIsUnreachableAndStopsWhenTold() throws Exception {
		java.net.URI closed = this.binance.url();
		this.binance.close();
		start(new BinanceStreamProperties(true, List.of("BTC-USDT"), closed, true, Duration.ofMillis(20),
				Duration.ofMillis(80), Duration.ofSeconds(2), Duration.ofSeconds(30)));
		awaitMeter("sage.live.stream.reconnects", 3);
		assertThat(gauge()).isZero();
		this.stream.stop();
		assertThat(this.stream.isRunning()).isFalse();
		double after = counter("sage.live.stream.reconnects");
		TimeUnit.MILLISECONDS.sleep(300);
		assertThat(counter("sage.live.stream.reconnects")).isEqualTo(after);
	}

	private BinanceStreamProperties settings(boolean bars) {
		return new BinanceStreamProperties(true, List.of("BTC-USDT", "ETH-USDT"), this.binance.url(), bars,
				Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));
	}

	private void start(BinanceStreamProperties settings) {
		this.stream = new BinanceTradeStream(settings, this.published::add, this.meters);
		this.stream.start();
	}

	private MarketUpdate next() throws InterruptedException {
		MarketUpdate update = this.published.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		if (update == null) {
			throw new AssertionError("nothing published within " + WAIT);
		}
		return update;
	}

	private double counter(String name) {
		return this.meters.get(name).tag("source", "binance").counter().count();
	}

	private double gauge() {
		return this.meters.get("sage.live.stream.connected").tag("source", "binance").gauge().value();
	}

	private void awaitMeter(String name, double atLeast) throws InterruptedException {
		DoubleSupplier value = name.equals("sage.live.stream.connected") ? this::gauge : () -> counter(name);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (value.getAsDouble() < atLeast) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(name + " stayed at " + value.getAsDouble() + ", below " + atLeast);
			}
			TimeUnit.MILLISECONDS.sleep(10);
		}
	}

}
