package sage.server.market;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Indicator values stay as built and survive Java serialisation, as a cache needs. */
class IndicatorValuesTest {

	@Test
	void survivesSerialisationWithItsNullsAndOrder() throws Exception {
		IndicatorValues values = bollinger(new ArrayList<>(Arrays.asList(null, 321.5)));

		IndicatorValues copy = roundTrip(values);

		assertThat(copy).isEqualTo(values);
		assertThat(copy.values().keySet()).containsExactly("middle", "upper", "lower");
		assertThat(copy.params().keySet()).containsExactly("period", "stdDev");
		assertThat(copy.values().get("middle")).containsExactly(null, 321.5);
	}

	@Test
	void keepsNoReferenceToTheListsItWasBuiltFrom() {
		List<Double> middle = new ArrayList<>(Arrays.asList(null, 321.5));
		IndicatorValues values = bollinger(middle);

		middle.set(1, 0.0);

		assertThat(values.values().get("middle")).containsExactly(null, 321.5);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> values.values().get("middle").set(0, 1.0));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> values.params().put("period", BigDecimal.ONE));
	}

	private static IndicatorValues bollinger(List<Double> middle) {
		Map<String, BigDecimal> params = new LinkedHashMap<>();
		params.put("period", new BigDecimal("20"));
		params.put("stdDev", new BigDecimal("2"));
		Map<String, List<Double>> lines = new LinkedHashMap<>();
		lines.put("middle", middle);
		lines.put("upper", Arrays.asList(null, 330.25));
		lines.put("lower", Arrays.asList(null, 312.75));
		return new IndicatorValues("SPY", "1d", "bollinger", params, true, 19, List.of("middle", "upper", "lower"),
				List.of(Instant.parse("2020-01-02T14:30:00Z"), Instant.parse("2020-01-03T14:30:00Z")), lines, false);
	}

	private static IndicatorValues roundTrip(IndicatorValues values) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(values);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (IndicatorValues) in.readObject();
		}
	}

}
