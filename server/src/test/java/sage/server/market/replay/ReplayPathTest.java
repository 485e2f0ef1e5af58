package sage.server.market.replay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.BarUpdate;
import sage.server.market.Instrument;
import sage.server.market.MarketUpdate;
import sage.server.market.TickBand;
import sage.server.market.Tick;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayPathTest {

	private static final Instrument BTC = new Instrument("BTC-USD", "Bitcoin", null, AssetClass.CRYPTO_SPOT, "Coinbase",
			"USD", ZoneId.of("UTC"), "24/7", List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01"))),
			new BigDecimal("0.00000001"), BigDecimal.ONE, List.of(), List.of(), null);

	private static final Instant OPEN = Instant.parse("2017-07-04T03:00:00Z");

	@Test
	void aRisingBarGoesToItsLowFirstThenItsHighAndEndsWithTheBar() {
		List<MarketUpdate> updates = ReplayPath.of(BTC, Timeframe.H1, OPEN, 2607.1, 2625, 2601, 2616.28, 1266.24);
		assertThat(updates).hasSize(5);
		assertThat(updates.subList(0, 4)).extracting((u) -> ((Tick) u).price().toPlainString())
			.containsExactly("2607.10", "2601.00", "2625.00", "2616.28");
		assertThat(updates.get(4)).isEqualTo(
				new BarUpdate("BTC-USD", Timeframe.H1, OPEN, new BigDecimal("2607.10"), new BigDecimal("2625.00"),
						new BigDecimal("2601.00"), new BigDecimal("2616.28"), new BigDecimal("1266.24"), "replay"));
	}

	@Test
	void aFallingBarGoesToItsHighFirst() {
		List<MarketUpdate> updates = ReplayPath.of(BTC, Timeframe.H1, OPEN, 100, 110, 90, 95, 1);
		assertThat(updates.subList(0, 4)).extracting((u) -> ((Tick) u).price().toPlainString())
			.containsExactly("100.00", "110.00", "90.00", "95.00");
	}

	@Test
	void tickTimesIncreaseWithinTheBarAndStayBeforeTheNextOne() {
		List<MarketUpdate> updates = ReplayPath.of(BTC, Timeframe.H1, OPEN, 1, 2, 0.5, 1.5, 1);
		assertThat(updates.subList(0, 4)).extracting(MarketUpdate::time)
			.containsExactly(OPEN, Instant.parse("2017-07-04T03:20:00Z"), Instant.parse("2017-07-04T03:40:00Z"),
					Instant.parse("2017-07-04T03:59:59.999Z"));
		assertThat(updates).allSatisfy((u) -> assertThat(u.source()).isEqualTo("replay"));
	}

	@Test
	void writesPricesWithTheTickDigitsButNeverRoundsThem() {
		assertThat(ReplayPath.price(BTC, 8051).toPlainString()).isEqualTo("8051.00");
		assertThat(ReplayPath.price(BTC, 8051.125).toPlainString()).isEqualTo("8051.125");
		assertThat(ReplayPath.exact(1200000).toPlainString()).isEqualTo("1200000");
		assertThat(ReplayPath.exact(0.1).toPlainString()).isEqualTo("0.1");
	}

}
