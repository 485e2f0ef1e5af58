package sage.engine.indicator;

import java.util.Arrays;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs TA-Lib Java ({@code com.tictactec:ta-lib:0.4.0}) as a second oracle and lays its
 * output out like ours: full length, {@code NaN} before TA-Lib's {@code outBegIdx}.
 */
final class TaLibJava {

	static final Core CORE = new Core();

	private TaLibJava() {
	}

	/** A TA-Lib call writing into {@code out} from index 0. */
	@FunctionalInterface
	interface Call {

		RetCode run(int endIdx, MInteger begin, MInteger count, double[] out);

	}

	/** Calls TA-Lib over the whole input and returns its output aligned to the input. */
	static double[] aligned(int length, Call call) {
		double[] raw = new double[length];
		MInteger begin = new MInteger();
		MInteger count = new MInteger();
		RetCode code = call.run(length - 1, begin, count, raw);
		assertThat(code).isEqualTo(RetCode.Success);
		return align(length, begin, count, raw);
	}

	/** Shifts TA-Lib's packed output to the bar it belongs to. */
	static double[] align(int length, MInteger begin, MInteger count, double[] raw) {
		double[] out = new double[length];
		Arrays.fill(out, Double.NaN);
		System.arraycopy(raw, 0, out, begin.value, count.value);
		return out;
	}

}
