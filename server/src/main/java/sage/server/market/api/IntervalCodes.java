package sage.server.market.api;

import java.util.Arrays;
import java.util.stream.Collectors;

import sage.engine.series.Timeframe;
import sage.server.platform.ProblemException;

/** Reading the {@code interval} parameter. */
final class IntervalCodes {

	static final String ALL = Arrays.stream(Timeframe.values()).map(Timeframe::code).collect(Collectors.joining(", "));

	private IntervalCodes() {
	}

	static Timeframe parse(String code) {
		return Timeframe.ofCode(code)
			.orElseThrow(() -> ProblemException.invalidField("interval", "must be one of " + ALL));
	}

}
