package sage.engine.series;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeframeTest {

	@Test
	void readsExchangeStyleCodes() {
		assertThat(Timeframe.ofCode("1d")).contains(Timeframe.D1);
		assertThat(Timeframe.ofCode("1h")).contains(Timeframe.H1);
		assertThat(Timeframe.ofCode("15m")).contains(Timeframe.M15);
		assertThat(Timeframe.ofCode("1D")).isEmpty();
		assertThat(Timeframe.ofCode("2d")).isEmpty();
		assertThat(Timeframe.ofCode("")).isEmpty();
	}

	@Test
	void everyCodeReadsBackToItsTimeframe() {
		for (Timeframe timeframe : Timeframe.values()) {
			assertThat(Timeframe.ofCode(timeframe.code())).contains(timeframe);
			assertThat(timeframe.toString()).isEqualTo(timeframe.code());
		}
	}

	@Test
	void knowsWhichTimeframesAreIntraday() {
		assertThat(Timeframe.H4.isIntraday()).isTrue();
		assertThat(Timeframe.D1.isIntraday()).isFalse();
		assertThat(Timeframe.W1.duration()).isEqualTo(Duration.ofDays(7));
	}

}
