package sage.server.advisor.grounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.Unit;

/**
 * The ways a writer may put a fact's value in words: every precision from whole numbers
 * to one decimal more than the fact has, with or without thousands separators, any sign
 * writing that agrees with the value, the unit's symbols and words in English and Korean,
 * and k/M/B/만/억 for large numbers. Written here, apart from the evaluation's writer, so
 * that the properties do not test the checker against its own phrasing.
 */
final class Renderings {

	private Renderings() {
	}

	/** One way to write {@code fact}'s value, chosen by {@code random}. */
	static String render(Fact fact, Random random) {
		List<String> ways = ways(fact.value(), fact.unit(), fact.currency(), random);
		return ways.get(random.nextInt(ways.size()));
	}

	static List<String> ways(BigDecimal value, Unit unit, String currency, Random random) {
		BigDecimal size = value.abs();
		int decimals = random.nextInt(Math.max(0, value.scale()) + 2);
		String digits = digits(size.setScale(decimals, RoundingMode.HALF_UP), random.nextBoolean());
		boolean zero = size.setScale(decimals, RoundingMode.HALF_UP).signum() == 0;
		String sign = sign(value.signum(), zero, random);
		List<String> ways = new ArrayList<>();
		switch (unit) {
			case PERCENT -> {
				for (String suffix : List.of("%", " %", " percent", "퍼센트", "%")) {
					ways.add(sign + digits + suffix);
				}
			}
			case MONEY -> {
				ways.addAll(money(sign, digits, currency));
				scaled(size, random).forEach((s) -> ways.addAll(money(sign, s, currency)));
				if (currency.equals("KRW")) {
					String korean = korean(size, random);
					if (korean != null) {
						ways.add(sign + korean + " 원");
						ways.add(sign + korean + "원");
					}
				}
			}
			case DAYS -> {
				String whole = size.setScale(0, RoundingMode.HALF_UP).toPlainString();
				ways.add(whole + " days");
				ways.add(whole + "-day");
				ways.add(whole + "일");
			}
			default -> {
				ways.add(sign + digits);
				scaled(size, random).forEach((s) -> ways.add(sign + s));
			}
		}
		return ways;
	}

	private static List<String> money(String sign, String digits, String currency) {
		List<String> ways = new ArrayList<>();
		switch (currency) {
			case "USD" -> {
				ways.add(sign + "$" + digits);
				if (!sign.startsWith("minus")) {
					ways.add("$" + sign + digits);
				}
				ways.add(sign + "US$" + digits);
				ways.add(sign + digits + " USD");
				ways.add(sign + "USD " + digits);
				ways.add(sign + digits + " dollars");
				ways.add(sign + digits + "달러");
			}
			case "USDT" -> {
				ways.add(sign + "$" + digits);
				ways.add(sign + digits + " USDT");
				ways.add(sign + digits + " 달러");
			}
			case "KRW" -> {
				ways.add(sign + "₩" + digits);
				ways.add(sign + digits + "원");
				ways.add(sign + digits + " KRW");
				ways.add(sign + digits + " won");
			}
			default -> ways.add(sign + digits + " " + currency);
		}
		return ways;
	}

	/**
	 * The size with k, M or B at a precision of zero to two decimals, if it is large
	 * enough.
	 */
	private static List<String> scaled(BigDecimal size, Random random) {
		List<String> ways = new ArrayList<>();
		String[] suffixes = { "K", "M", "B" };
		for (int k = 1; k <= 3; k++) {
			BigDecimal unit = BigDecimal.TEN.pow(3 * k);
			if (size.compareTo(unit) >= 0) {
				BigDecimal mantissa = size.divide(unit).setScale(random.nextInt(3), RoundingMode.HALF_UP);
				String suffix = (k == 1 && random.nextBoolean()) ? "k"
						: (k == 3 && random.nextBoolean()) ? " billion" : suffixes[k - 1];
				ways.add(digits(mantissa, random.nextBoolean()) + suffix);
			}
		}
		return ways;
	}

	/**
	 * The size in 억 and 만, rounded to 만, as a Korean writer puts it; null below 5,000.
	 */
	static String korean(BigDecimal size, Random random) {
		BigDecimal rounded = size.setScale(-4, RoundingMode.HALF_UP).setScale(0);
		if (rounded.signum() == 0) {
			return null;
		}
		BigDecimal[] parts = rounded.divideAndRemainder(BigDecimal.TEN.pow(8));
		BigDecimal eok = parts[0];
		BigDecimal man = parts[1].divide(BigDecimal.TEN.pow(4));
		if (eok.signum() == 0) {
			return digits(man, true) + "만";
		}
		if (man.signum() == 0) {
			return digits(eok, true) + "억";
		}
		return digits(eok, true) + "억" + (random.nextBoolean() ? " " : "") + digits(man, random.nextBoolean()) + "만";
	}

	private static String sign(int signum, boolean zero, Random random) {
		if (signum < 0 && !zero) {
			return List.of("", "-", "\u2212", "minus ").get(random.nextInt(4));
		}
		return (signum > 0 && random.nextInt(3) == 0) ? "+" : "";
	}

	static String digits(BigDecimal value, boolean grouped) {
		if (!grouped) {
			return value.toPlainString();
		}
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(Math.max(0, value.scale()));
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return format.format(value);
	}

}
