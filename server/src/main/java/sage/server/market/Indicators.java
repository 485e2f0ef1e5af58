package sage.server.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import sage.engine.indicator.IndicatorCatalog;
import sage.engine.indicator.IndicatorDefinition;
import sage.engine.indicator.IndicatorLines;
import sage.engine.indicator.IndicatorParams;
import sage.engine.indicator.InvalidIndicatorParameter;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.param.ParamType;
import sage.server.platform.ProblemException;

/**
 * Technical indicators over stored bars: the engine's {@link IndicatorCatalog}, computed
 * on what {@link PriceHistory} holds.
 *
 * <p>
 * Warm-up: before the requested range, as many bars as the indicator's
 * {@code unstableBars} are read as well, so the first value returned is already valid
 * whenever that much history is stored. Indicators with unbounded memory (EMA, RSI, ATR,
 * OBV, ...) therefore start from that point, exactly as the engine would on those bars.
 */
@Service
public class Indicators {

	/** No bar is stored earlier: the API refuses times before 1900. */
	private static final Instant BEFORE_ANY_BAR = Instant.parse("1900-01-01T00:00:00Z");

	private final IndicatorCatalog catalog = new IndicatorCatalog();

	private final PriceHistory history;

	Indicators(PriceHistory history) {
		this.history = history;
	}

	/** Every indicator, in the catalogue's stable order. */
	public List<IndicatorDefinition> all() {
		return this.catalog.all();
	}

	/**
	 * The indicator with this name.
	 * @throws ProblemException {@code indicator-not-found}, listing the names that exist
	 */
	public IndicatorDefinition definition(String name) {
		return this.catalog.find(name)
			.orElseThrow(() -> new ProblemException(MarketProblems.INDICATOR_NOT_FOUND,
					"No indicator is named '" + name + "'; available: " + String.join(", ", this.catalog.names()),
					List.of(), Map.of("available", this.catalog.names())));
	}

	/**
	 * Computes an indicator over the newest {@code limit} bars with open times in
	 * {@code [from, to]}.
	 * @param instrument the instrument
	 * @param timeframe the bar interval
	 * @param name the indicator's catalogue name
	 * @param given parameter values as sent, by name; defaults for the rest
	 * @param from first open time, inclusive
	 * @param to last open time, inclusive
	 * @param limit the most bars to return (the newest)
	 * @return the values, {@code null} where the indicator has none
	 * @throws ProblemException {@code indicator-not-found},
	 * {@code invalid-indicator-parameters} or {@code interval-not-available}
	 */
	public IndicatorValues values(Instrument instrument, Timeframe timeframe, String name, Map<String, String> given,
			Instant from, Instant to, int limit) {
		IndicatorDefinition definition = definition(name);
		IndicatorParams params = resolve(definition, given);
		int warmUp = definition.warmUp().bars(params);
		BarWindow window = this.history.bars(instrument, timeframe, from, to, limit);
		BarSeries requested = window.bars();
		BarSeries earlier = (warmUp == 0 || requested.isEmpty()) ? BarSeries.builder(timeframe, 0).build()
				: this.history
					.bars(instrument, timeframe, BEFORE_ANY_BAR, Instant.ofEpochMilli(requested.time(0) - 1), warmUp)
					.bars();
		IndicatorLines lines = definition.compute(join(earlier, requested), params.values());
		Map<String, List<@Nullable Double>> values = new LinkedHashMap<>();
		for (String output : lines.names()) {
			values.put(output, valuesFrom(lines.line(output), earlier.size()));
		}
		List<Instant> times = new ArrayList<>(requested.size());
		for (int i = 0; i < requested.size(); i++) {
			times.add(Instant.ofEpochMilli(requested.time(i)));
		}
		return new IndicatorValues(instrument.symbol(), timeframe.code(), definition.name(), echo(definition, params),
				definition.overlay(), lines.unstableBars(), definition.outputs(), times, values, window.truncated());
	}

	private static IndicatorParams resolve(IndicatorDefinition definition, Map<String, String> given) {
		Map<String, BigDecimal> numbers = new LinkedHashMap<>();
		given.forEach((parameter, text) -> numbers.put(parameter, number(definition, parameter, text)));
		try {
			return definition.resolve(numbers);
		}
		catch (InvalidIndicatorParameter ex) {
			throw MarketProblems.invalidIndicatorParameter(ex.parameter(), ex.getMessage());
		}
	}

	private static BigDecimal number(IndicatorDefinition definition, String parameter, String text) {
		// no parameter needs more digits; the cap keeps a pasted essay out of the message
		if (text.length() <= 32) {
			try {
				return new BigDecimal(text.trim());
			}
			catch (NumberFormatException ex) {
				// answered below, as a number too long is
			}
		}
		throw MarketProblems.invalidIndicatorParameter(parameter,
				definition.name() + ": " + parameter + " must be a number, was '" + abbreviate(text) + "'");
	}

	private static String abbreviate(String text) {
		return (text.length() <= 32) ? text : text.substring(0, 32) + "...";
	}

	/**
	 * The parameters as used, whole numbers without a fraction ({@code 14}, not 14.0).
	 */
	private static Map<String, BigDecimal> echo(IndicatorDefinition definition, IndicatorParams params) {
		Map<String, BigDecimal> echoed = new LinkedHashMap<>();
		definition.params().forEach((spec) -> {
			BigDecimal value = params.values().get(spec.name());
			echoed.put(spec.name(),
					(spec.type() == ParamType.INTEGER) ? BigDecimal.valueOf(value.intValueExact()) : plain(value));
		});
		return echoed;
	}

	/** 2.50 as 2.5 and 100 as 100, never 1E+2. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static BarSeries join(BarSeries earlier, BarSeries requested) {
		if (earlier.isEmpty()) {
			return requested;
		}
		BarSeries.Builder builder = BarSeries.builder(requested.timeframe(), earlier.size() + requested.size());
		for (BarSeries part : List.of(earlier, requested)) {
			for (int i = 0; i < part.size(); i++) {
				builder.add(part.time(i), part.open(i), part.high(i), part.low(i), part.close(i), part.volume(i));
			}
		}
		return builder.build();
	}

	private static List<@Nullable Double> valuesFrom(double[] line, int start) {
		List<@Nullable Double> values = new ArrayList<>(line.length - start);
		for (int i = start; i < line.length; i++) {
			values.add(Double.isFinite(line[i]) ? line[i] : null);
		}
		return values;
	}

}
