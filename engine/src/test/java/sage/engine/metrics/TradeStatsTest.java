package sage.engine.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TradeStatsTest {

	@Test
	void countsWinsLossesAndTheirAverages() {
		TradeStats stats = TradeStats.of(new double[] { 10, -5, 20, 0, -15 });
		assertThat(stats).isEqualTo(new TradeStats(5, 0.4, 1.5, 15, -10));
	}

	@Test
	void withoutLossesTheProfitFactorIsInfinite() {
		assertThat(TradeStats.of(new double[] { 1, 2 }).profitFactor()).isInfinite();
		assertThat(TradeStats.of(new double[] { 1, 2 }).averageLoss()).isNaN();
	}

	@Test
	void withoutTradesTheRatesAreUndefined() {
		TradeStats none = TradeStats.of(new double[0]);
		assertThat(none.count()).isZero();
		assertThat(none.winRate()).isNaN();
		assertThat(none.profitFactor()).isNaN();
	}

}
