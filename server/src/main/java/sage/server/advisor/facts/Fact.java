package sage.server.advisor.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One value an answer may state, traced to where it came from.
 *
 * @param id stable within a sheet, cited by answers ({@code BTC-USD.price},
 * {@code BTC-USD.rsi14}, {@code fear-greed.value})
 * @param label what it is, in plain English ({@code "last price"}, {@code "RSI (14)"})
 * @param value the value, exact
 * @param unit what the value counts
 * @param currency the currency of a {@link Unit#MONEY} value, else null
 * @param symbol the instrument it is about, null for a market-wide fact
 * @param source where it came from, as the user can check it: an API path
 * ({@code /api/v1/instruments/BTC-USD/quote}) or a provider
 * @param asOf when the value held (the bar's or the quote's time), UTC
 */
public record Fact(String id, String label, BigDecimal value, Unit unit, @Nullable String currency,
		@Nullable String symbol, String source, Instant asOf) {

	public Fact {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(asOf, "asOf");
		if (unit == Unit.MONEY && currency == null) {
			throw new IllegalArgumentException("a money fact needs its currency: " + id);
		}
	}

}
