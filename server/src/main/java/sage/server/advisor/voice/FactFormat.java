package sage.server.advisor.voice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import sage.server.advisor.Language;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.Unit;

/**
 * How a fact's value is written in an answer, the only way a number gets into one:
 * <ul>
 * <li>money with thousands separators and its currency: {@code $64,321.87},
 * {@code 64,321.87 USDT}, {@code ₩95,000,000} in English and {@code 95,000,000원} in
 * Korean; 2 decimals (none for the won and the yen), more for a price under 1 so that it
 * does not read as zero;</li>
 * <li>percentages with 2 decimals ({@code 12.34%}), changes with their sign
 * ({@code +3.21%}, {@code -0.50%});</li>
 * <li>index values as whole numbers when they are whole (a Fear &amp; Greed reading of
 * {@code 40}), else with 2 decimals (an RSI of {@code 62.35}, KOSPI at
 * {@code 2,100.55});</li>
 * <li>days as whole numbers, plain numbers with up to 2 decimals.</li>
 * </ul>
 * Rounding is half up. A fact's time is written as its UTC date ({@code 2019-10-17}).
 */
public final class FactFormat {

	private final Language language;

	private FactFormat(Language language) {
		this.language = language;
	}

	/** Writing in {@code language}. */
	public static FactFormat in(Language language) {
		return new FactFormat(language);
	}

	/** The value as the answer writes it. */
	public String value(Fact fact) {
		return switch (fact.unit()) {
			case MONEY -> money(fact.value(), fact.currency());
			case PERCENT -> decimals(fact.value(), 2) + "%";
			case INDEX -> index(fact.value());
			case DAYS -> decimals(fact.value(), 0);
			case NUMBER -> plain(fact.value());
		};
	}

	/** The value of a change, with its sign: {@code +3.21%}, {@code -5}. */
	public String change(Fact fact) {
		String written = value(fact);
		boolean positive = fact.value().setScale(scaleOf(fact), RoundingMode.HALF_UP).signum() > 0;
		return positive ? "+" + written : written;
	}

	/** The day the fact held, in UTC: {@code 2019-10-17}. */
	public String date(Fact fact) {
		return LocalDate.ofInstant(fact.asOf(), ZoneOffset.UTC).toString();
	}

	private String money(BigDecimal value, String currency) {
		String code = currency.toUpperCase(Locale.ROOT);
		boolean whole = code.equals("KRW") || code.equals("JPY");
		String number = whole ? decimals(value, 0) : smallPrice(value);
		return switch (code) {
			case "USD" -> (value.signum() < 0) ? "-$" + number.substring(1) : "$" + number;
			case "KRW" -> (this.language == Language.KOREAN) ? number + "원" : "₩" + number;
			default -> number + " " + code;
		};
	}

	/**
	 * 2 decimals, or for a price under 1 as many as its first 4 significant digits need.
	 */
	private static String smallPrice(BigDecimal value) {
		if (value.abs().compareTo(BigDecimal.ONE) >= 0 || value.signum() == 0) {
			return decimals(value, 2);
		}
		int scale = Math.max(2, Math.min(8, value.scale() - value.precision() + 4));
		return decimals(value, scale);
	}

	private static String index(BigDecimal value) {
		return isWhole(value) ? decimals(value, 0) : decimals(value, 2);
	}

	private static String plain(BigDecimal value) {
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return decimals(rounded, Math.max(0, rounded.scale()));
	}

	private static int scaleOf(Fact fact) {
		return switch (fact.unit()) {
			case PERCENT -> 2;
			case INDEX -> isWhole(fact.value()) ? 0 : 2;
			case DAYS -> 0;
			case MONEY, NUMBER -> 8;
		};
	}

	private static boolean isWhole(BigDecimal value) {
		return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}

	/** Thousands separators and exactly {@code scale} decimals, half up. */
	private static String decimals(BigDecimal value, int scale) {
		DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		// rounded first, so that -0.001 is written 0.00 and not -0.00
		return format.format(value.setScale(scale, RoundingMode.HALF_UP));
	}

}
