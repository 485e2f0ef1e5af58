package sage.engine.strategy;

import sage.engine.param.ParamSpec;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StrategyDefinitionTest {

	@Test
	void rsiThresholdPublishesItsParametersWithTheirDefaults() {
		assertThat(RsiThreshold.DEFINITION.id()).isEqualTo("rsi-threshold");
		assertThat(RsiThreshold.DEFINITION.params()).extracting(ParamSpec::name)
			.containsExactly("period", "low", "high", "size");
		StrategyParams defaults = RsiThreshold.DEFINITION.resolve(Map.of());
		assertThat(defaults.intValue("period")).isEqualTo(14);
		assertThat(defaults.decimal("low")).isEqualByComparingTo("30");
		assertThat(defaults.decimal("high")).isEqualByComparingTo("70");
		assertThat(defaults.decimal("size")).isEqualByComparingTo("100");
	}

	@Test
	void smaCrossPublishesFastSlowAndSize() {
		assertThat(SmaCross.DEFINITION.id()).isEqualTo("sma-cross");
		assertThat(SmaCross.DEFINITION.params()).extracting(ParamSpec::name).containsExactly("fast", "slow", "size");
	}

	@Test
	void rejectsUnknownFractionalOrOutOfRangeParameters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RsiThreshold.DEFINITION.resolve(Map.of("lenght", BigDecimal.ONE)))
			.withMessageContaining("no parameter lenght");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RsiThreshold.DEFINITION.resolve(Map.of("period", new BigDecimal("14.5"))))
			.withMessageContaining("whole number");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RsiThreshold.DEFINITION.resolve(Map.of("high", new BigDecimal("101"))))
			.withMessageContaining("[0, 100]");
	}

	@Test
	void smaCrossRefusesAFastPeriodNotShorterThanTheSlow() {
		assertThatIllegalArgumentException().isThrownBy(() -> SmaCross.DEFINITION
			.create(Map.of("fast", BigDecimal.valueOf(30), "slow", BigDecimal.valueOf(30))));
	}

}
