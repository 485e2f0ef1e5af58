package sage.server.advisor.analysis;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The market API paths that show a fact's value, as a user can open them: the source of
 * every fact the analyst gives. They must ask for exactly what the analyst read (the same
 * indicator parameters, the default full range), so that the value shown is the same.
 */
final class ApiPaths {

	private ApiPaths() {
	}

	static String quote(String symbol) {
		return "/api/v1/instruments/" + encode(symbol) + "/quote";
	}

	/**
	 * An indicator over the whole stored daily history, as the endpoint computes it by
	 * default.
	 */
	static String dailyIndicator(String symbol, String name, int period) {
		return "/api/v1/instruments/" + encode(symbol) + "/indicators?name=" + name + "&interval=1d&period=" + period;
	}

	/** Daily bars between two days of the instrument's time zone, both inclusive. */
	static String dailyBars(String symbol, LocalDate from, LocalDate to) {
		return "/api/v1/instruments/" + encode(symbol) + "/bars?interval=1d&from=" + from + "&to=" + to;
	}

	static String fearGreed(int days) {
		return "/api/v1/market/fear-greed?days=" + days;
	}

	private static String encode(String symbol) {
		return URLEncoder.encode(symbol, StandardCharsets.UTF_8);
	}

}
