package sage.server.market;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One indicator computed over the stored bars of one instrument, aligned to bar open
 * times. Immutable and serialisable, so that it can be cached as it is.
 *
 * <p>
 * A value is {@code null} where the indicator has none: during its warm-up when not
 * enough bars precede the range, or where it is undefined (a VWAP session without volume
 * yet). The engine's {@code NaN} never appears here, since JSON cannot carry it.
 *
 * @param symbol the instrument's canonical symbol
 * @param interval the bar interval code, e.g. {@code 1d}
 * @param indicator the indicator's catalogue name, e.g. {@code bollinger}
 * @param params every parameter used, defaults included, in the indicator's order
 * @param overlay whether the indicator is drawn over the price rather than in a panel
 * @param unstableBars bars of warm-up the indicator needs; this many bars before the
 * range were read so that the first point is already valid when they exist
 * @param outputs the output names, in order
 * @param times bar open times, oldest first
 * @param values per output, one value (or {@code null}) per time
 * @param truncated whether older bars in the range were left out to respect the limit
 */
public record IndicatorValues(String symbol, String interval, String indicator, Map<String, BigDecimal> params,
		boolean overlay, int unstableBars, List<String> outputs, List<Instant> times,
		Map<String, List<@Nullable Double>> values, boolean truncated) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Copies every collection into an unmodifiable, serialisable one, keeping order. */
	public IndicatorValues {
		params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		outputs = List.copyOf(outputs);
		times = List.copyOf(times);
		Map<String, List<@Nullable Double>> copied = new LinkedHashMap<>();
		// List.copyOf refuses nulls, and nulls are how a missing value is said here
		values.forEach((name, line) -> copied.put(name, Collections.unmodifiableList(new ArrayList<>(line))));
		values = Collections.unmodifiableMap(copied);
	}

}
