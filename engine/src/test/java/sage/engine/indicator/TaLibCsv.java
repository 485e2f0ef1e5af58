package sage.engine.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Real price series with TA-Lib outputs, read from
 * {@code src/test/resources/reference/ta-lib-java} (see {@code PROVENANCE.md} there). An
 * empty cell is read as {@code NaN}.
 */
final class TaLibCsv {

	/** The three bundled series, by file name without the suffix. */
	static final String ORCL = "orcl-1995-2014";

	static final String DAY_2006 = "2006-day-001";

	static final String FORD = "ford_2012";

	/**
	 * Tolerance against the references: |actual - expected| <= 1e-9 * max(1, |expected|),
	 * i.e. absolute 1e-9 for values up to 1 and relative 1e-9 above (OBV reaches 1e10).
	 */
	static final double TOLERANCE = 1e-9;

	private final String name;

	private final Map<String, double[]> columns;

	private final String[] dates;

	private TaLibCsv(String name, Map<String, double[]> columns, String[] dates) {
		this.name = name;
		this.columns = columns;
		this.dates = dates;
	}

	static List<String> names() {
		return List.of(ORCL, DAY_2006, FORD);
	}

	static TaLibCsv load(String name) {
		String resource = "/reference/ta-lib-java/" + name + "_indicators_talib.csv";
		try (InputStream in = TaLibCsv.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String[] header = reader.readLine().split(",", -1);
			List<String[]> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(line.split(",", -1));
				}
			}
			Map<String, double[]> columns = new HashMap<>();
			for (int c = 1; c < header.length; c++) {
				double[] values = new double[rows.size()];
				for (int r = 0; r < rows.size(); r++) {
					String cell = rows.get(r)[c];
					values[r] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
				}
				columns.put(header[c], values);
			}
			String[] dates = rows.stream().map((row) -> row[0]).toArray(String[]::new);
			return new TaLibCsv(name, columns, dates);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String name() {
		return this.name;
	}

	double[] column(String column) {
		double[] values = this.columns.get(column);
		assertThat(values).as(this.name + " column " + column).isNotNull();
		return values.clone();
	}

	/** The date column as written, {@code yyyy-MM-dd}. */
	String[] dates() {
		return this.dates.clone();
	}

	double[] high() {
		return column("high");
	}

	double[] low() {
		return column("low");
	}

	double[] close() {
		return column("close");
	}

	double[] volume() {
		return column("volume");
	}

	/**
	 * Asserts that {@code actual} has exactly {@code unstableBars} leading NaNs, that the
	 * reference column has its empty cells in the same places, and that every later value
	 * matches within {@link #TOLERANCE}.
	 */
	void assertMatches(String column, double[] actual, int unstableBars) {
		assertMatches(this.name + " " + column, column(column), actual, unstableBars);
	}

	static void assertMatches(String what, double[] expected, double[] actual, int unstableBars) {
		assertThat(actual).as(what + " length").hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			boolean warmUp = i < unstableBars;
			assertThat(Double.isNaN(expected[i])).as(what + " reference NaN at " + i).isEqualTo(warmUp);
			assertThat(Double.isNaN(actual[i])).as(what + " NaN at " + i).isEqualTo(warmUp);
			if (!warmUp) {
				double bound = TOLERANCE * Math.max(1.0, Math.abs(expected[i]));
				if (!(Math.abs(actual[i] - expected[i]) <= bound)) {
					fail(what + " at " + i + ": expected " + expected[i] + " but was " + actual[i] + " (off by "
							+ Math.abs(actual[i] - expected[i]) + ", allowed " + bound + ")");
				}
			}
		}
		assertThat(Arrays.stream(actual).skip(unstableBars).count()).isEqualTo(expected.length - unstableBars);
	}

}
