package sage.engine.indicator;

import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every indicator rejects out-of-range parameters and mismatched inputs, saying which.
 */
class InvalidArgumentsTest {

	static Stream<Arguments> invalidCalls() {
		double[] three = new double[3];
		double[] two = new double[2];
		return Stream.of(call("Sma period 0", () -> Sma.compute(three, 0), "period must be >= 1, was 0"),
				call("Ema period 0", () -> Ema.stream(0), "period must be >= 1, was 0"),
				call("Wma period -1", () -> Wma.unstableBars(-1), "period must be >= 1, was -1"),
				call("Rma period 0", () -> Rma.stream(0), "period must be >= 1, was 0"),
				call("Rsi period 1", () -> Rsi.compute(three, 1), "period must be >= 2, was 1"),
				call("Atr period 0", () -> Atr.stream(0), "period must be >= 1, was 0"),
				call("Atr columns", () -> Atr.compute(three, two, three, 2), "same length"),
				call("Bollinger period 1", () -> Bollinger.stream(1, 2), "period must be >= 2, was 1"),
				call("Bollinger k NaN", () -> Bollinger.stream(20, Double.NaN), "k must be finite and >= 0"),
				call("Macd signal 0", () -> Macd.stream(12, 26, 0), "signal must be >= 1, was 0"),
				call("Macd slow < fast", () -> Macd.unstableBars(12, 5, 9), "slow must be >= fast"),
				call("Stochastic slowD 0", () -> Stochastic.stream(14, 3, 0), "slowD must be >= 1, was 0"),
				call("WilliamsR period 1", () -> WilliamsR.stream(1), "period must be >= 2, was 1"),
				call("Momentum period 0", () -> Momentum.stream(0), "period must be >= 1, was 0"),
				call("Roc period 0", () -> Roc.compute(three, 0), "period must be >= 1, was 0"),
				call("Cci period 1", () -> Cci.stream(1), "period must be >= 2, was 1"),
				call("Obv columns", () -> Obv.compute(three, two), "same length"),
				call("Obv short out", () -> Obv.compute(three, three, two), "out.length must be >= input length 3"),
				call("Adx period 1", () -> Adx.stream(1), "period must be >= 2, was 1"),
				call("Vwap columns", () -> Vwap.compute(three, three, three, two), "same length"),
				call("Jma length 0", () -> Jma.stream(0, 0), "length must be >= 1, was 0"),
				call("Jma phase NaN", () -> Jma.stream(7, Double.NaN), "phase must be a number"),
				call("Trend slopeBars 0", () -> Trend.stream(50, 0, 14, 20), "slopeBars must be >= 1, was 0"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCalls")
	void rejectsWithAMessageNamingTheParameter(String what, ThrowingCallable call, String message) {
		assertThatIllegalArgumentException().as(what).isThrownBy(call).withMessageContaining(message);
	}

	private static Arguments call(String what, ThrowingCallable call, String message) {
		return Arguments.of(what, call, message);
	}

}
