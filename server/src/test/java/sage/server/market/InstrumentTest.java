package sage.server.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentTest {

	private static final List<TickBand> KRX = List.of(band("0", "1"), band("2000", "5"), band("5000", "10"),
			band("20000", "50"), band("50000", "100"), band("200000", "500"), band("500000", "1000"));

	private static TickBand band(String from, String tick) {
		return new TickBand(new BigDecimal(from), new BigDecimal(tick));
	}

	private static Instrument samsung(LastPrice last) {
		return new Instrument("005930", "Samsung Electronics", "삼성전자", AssetClass.KR_STOCK, "KRX", "KRW",
				ZoneId.of("Asia/Seoul"), "09:00-15:30", KRX, BigDecimal.ONE, null, List.of("005930.KS"),
				List.of(new SeriesCoverage(Timeframe.D1, Instant.parse("1985-01-04T00:00:00Z"),
						Instant.parse("2018-02-14T00:00:00Z"), 8826, "RLTrader")),
				last);
	}

	@Test
	void findsTheTickOfTheKrxPriceBand() {
		Instrument samsung = samsung(null);
		assertThat(samsung.tickAt(new BigDecimal("1999"))).isEqualByComparingTo("1");
		assertThat(samsung.tickAt(new BigDecimal("2000"))).isEqualByComparingTo("5");
		assertThat(samsung.tickAt(new BigDecimal("49950"))).isEqualByComparingTo("50");
		assertThat(samsung.tickAt(new BigDecimal("51000"))).isEqualByComparingTo("100");
		assertThat(samsung.tickAt(new BigDecimal("2385000"))).isEqualByComparingTo("1000");
	}

	@Test
	void knowsItsCoveragePerTimeframe() {
		Instrument samsung = samsung(null);
		assertThat(samsung.coverage(Timeframe.D1)).map(SeriesCoverage::bars).contains(8826);
		assertThat(samsung.coverage(Timeframe.H1)).isEmpty();
	}

	@Test
	void computesTheDailyChange() {
		LastPrice last = new LastPrice(Instant.parse("2018-02-14T00:00:00Z"), 2_385_000, 2_370_000.0);
		assertThat(last.change()).isEqualTo(15_000);
		assertThat(last.changePercent()).isCloseTo(0.6329, org.assertj.core.data.Offset.offset(1e-4));
		assertThat(new LastPrice(Instant.EPOCH, 1, null).changePercent()).isNull();
	}

	@Test
	void refusesNonsenseTickBands() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> band("0", "0"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> band("-1", "1"));
	}

}
