package sage.server.market.catalog;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.server.market.AssetClass;
import sage.server.market.TickBand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InstrumentDefinitionTest {

	private static InstrumentDefinition spy(String hours, List<TickBand> ticks) {
		return new InstrumentDefinition("SPY", "SPDR S&P 500 ETF Trust", null, AssetClass.US_STOCK, "NYSE Arca", "USD",
				ZoneId.of("America/New_York"), hours, ticks, new BigDecimal("1.000"), List.of("spy.us"));
	}

	@Test
	void opensDailyBarsAtTheSessionStart() {
		assertThat(spy("09:30-16:00", List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01")))).sessionOpen())
			.isEqualTo(LocalTime.of(9, 30));
		assertThat(spy("24/7", List.of(new TickBand(BigDecimal.ZERO, BigDecimal.ONE))).sessionOpen())
			.isEqualTo(LocalTime.MIDNIGHT);
	}

	@Test
	void keepsDecimalsAndAliasesInOneCanonicalForm() {
		InstrumentDefinition spy = spy("09:30-16:00",
				List.of(new TickBand(new BigDecimal("0.000"), new BigDecimal("0.0100"))));
		assertThat(spy.lotSize()).isEqualTo(new BigDecimal("1"));
		assertThat(spy.tickSizes().get(0).tick()).isEqualTo(new BigDecimal("0.01"));
		assertThat(spy.aliases()).containsExactly("SPY.US");
		assertThat(InstrumentDefinition.canonical(new BigDecimal("2000.000000000000000000")).toString())
			.isEqualTo("2000");
		assertThat(InstrumentDefinition.canonical(new BigDecimal("0.000000010000000000")).toString()).isEqualTo("1E-8");
	}

	@Test
	void aliasesInAnyOrderOrCaseMakeTheSameDefinition() {
		List<TickBand> cent = List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01")));
		InstrumentDefinition manifestOrder = new InstrumentDefinition("BTC-USD", "Bitcoin", null,
				AssetClass.CRYPTO_SPOT, "Coinbase", "USD", ZoneId.of("UTC"), "24/7", cent, null,
				List.of("BTCUSD", "BTC/USD", "xbtusd", "XBTUSD"));
		InstrumentDefinition storedOrder = new InstrumentDefinition("BTC-USD", "Bitcoin", null, AssetClass.CRYPTO_SPOT,
				"Coinbase", "USD", ZoneId.of("UTC"), "24/7", cent, null, List.of("BTC/USD", "BTCUSD", "XBTUSD"));
		assertThat(manifestOrder).isEqualTo(storedOrder);
		assertThat(manifestOrder.aliases()).containsExactly("BTC/USD", "BTCUSD", "XBTUSD");
	}

	@Test
	void refusesMalformedDefinitions() {
		List<TickBand> cent = List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01")));
		assertThatIllegalArgumentException().isThrownBy(() -> spy("9:30 to 16:00", cent));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> spy("09:30-16:00", List.of(new TickBand(BigDecimal.ONE, BigDecimal.ONE))));
		assertThatIllegalArgumentException().isThrownBy(() -> new InstrumentDefinition("spy lower", "x", null,
				AssetClass.US_STOCK, "X", "USD", ZoneId.of("UTC"), "24/7", cent, null, List.of()));
	}

}
