package sage.engine.pretrade;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.engine.pretrade.SampleOrders.dec;

class RiskLimitsTest {

	@Test
	void noneSetsNothing() {
		assertThat(RiskLimits.NONE).isEqualTo(new RiskLimits(null, null, null, null, null, null, null));
	}

	@Test
	void mergeKeepsTheTighterOfEachLimit() {
		RiskLimits account = RiskLimits.NONE.withMaxOrderNotional(dec("10000"))
			.withMaxDailyLoss(dec("500"))
			.withMaxOpenOrders(10)
			.withMaxDrawdown(dec("0.3"));
		RiskLimits bot = RiskLimits.NONE.withMaxOrderNotional(dec("2500"))
			.withMaxDailyLoss(dec("800"))
			.withMaxPositionQuantity(dec("2"))
			.withMaxLeverage(dec("2"));
		RiskLimits both = account.merge(bot);
		assertThat(both).isEqualTo(new RiskLimits(dec("2"), dec("2500"), 10, null, dec("2"), dec("500"), dec("0.3")));
		assertThat(bot.merge(account)).isEqualTo(both);
	}

	@Test
	void mergeAllowsOnlyTheSymbolsBothAllow() {
		RiskLimits account = RiskLimits.NONE.withAllowedSymbols(Set.of("BTCUSDT", "ETHUSDT"));
		RiskLimits bot = RiskLimits.NONE.withAllowedSymbols(Set.of("ETHUSDT", "SOLUSDT"));
		assertThat(account.merge(bot).allowedSymbols()).containsExactly("ETHUSDT");
		assertThat(account.merge(RiskLimits.NONE).allowedSymbols()).isEqualTo(account.allowedSymbols());
	}

	@Test
	void twoListsWithNothingInCommonAllowNothingRatherThanEverything() {
		RiskLimits account = RiskLimits.NONE.withAllowedSymbols(Set.of("BTCUSDT"));
		RiskLimits bot = RiskLimits.NONE.withAllowedSymbols(Set.of("ETHUSDT"));
		assertThat(account.merge(bot).allowedSymbols()).isEmpty();
	}

	@Test
	void theAllowedSymbolsAreCopied() {
		Set<String> symbols = new HashSet<>(Set.of("BTCUSDT"));
		RiskLimits limits = RiskLimits.NONE.withAllowedSymbols(symbols);
		symbols.add("ETHUSDT");
		assertThat(limits.allowedSymbols()).containsExactly("BTCUSDT");
	}

	@Test
	void everyLimitSetMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskLimits.NONE.withMaxPositionQuantity(dec("0")));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskLimits.NONE.withMaxOrderNotional(dec("-1")));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskLimits.NONE.withMaxOpenOrders(0));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskLimits.NONE.withMaxLeverage(dec("0")));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskLimits.NONE.withMaxDailyLoss(dec("0")));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskLimits.NONE.withMaxDrawdown(dec("0")));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskLimits.NONE.withMaxDrawdown(dec("1.5")));
	}

}
