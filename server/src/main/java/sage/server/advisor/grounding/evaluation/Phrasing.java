package sage.server.advisor.grounding.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import sage.server.advisor.facts.Fact;

/**
 * How the writer puts a value in words, in the forms a person or a language model uses:
 * rounded or exact, with or without thousands separators, signs or direction words,
 * currency symbols, codes or words, k/M/B, and Korean 만 and 억. Every form states the
 * value rounded half-up to its last written digit.
 */
final class Phrasing {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final Set<String> DOLLARS = Set.of("USD", "USDT", "USDC");

	private static final BigDecimal MAN = BigDecimal.TEN.pow(4);

	private static final BigDecimal EOK = BigDecimal.TEN.pow(8);

	private Phrasing() {
	}

	/** {@code fact}'s value as this answer writes it. */
	static String value(Fact fact, Language language, Random random) {
		BigDecimal value = fact.value();
		int decimals = decimals(value, random);
		return switch (fact.unit()) {
			case MONEY -> signChar(value, random) + money(value.abs(), decimals, fact.currency(), language, random);
			case PERCENT -> percent(value, decimals, isChange(fact), language, random);
			case DAYS -> whole(value.abs()) + ((language == Language.KO) ? "일" : " days");
			case INDEX -> signChar(value, random) + grouped(value.abs().setScale(decimals, RoundingMode.HALF_UP));
			case NUMBER -> signChar(value, random) + plain(value.abs(), decimals, language, random);
		};
	}

	/**
	 * A precision a writer might pick: as exact as the fact (up to two decimals), or
	 * rounded.
	 */
	private static int decimals(BigDecimal value, Random random) {
		int exact = Math.min(Math.max(value.scale(), 0), 2);
		return List.of(exact, exact, 0, Math.min(exact, 1)).get(random.nextInt(4));
	}

	/** An amount of money in {@code currency}, in a form chosen by {@code random}. */
	static String money(BigDecimal size, int decimals, String currency, Language language, Random random) {
		String digits = grouped(size.setScale(decimals, RoundingMode.HALF_UP));
		List<String> forms = new ArrayList<>();
		if (currency.equals("KRW")) {
			String whole = grouped(size.setScale(0, RoundingMode.HALF_UP));
			forms.add("₩" + whole);
			forms.add((language == Language.KO) ? whole + "원" : whole + " KRW");
			String korean = korean(size);
			if (language == Language.KO && korean != null) {
				forms.add(korean + " 원");
				forms.add(korean + "원");
			}
		}
		else if (DOLLARS.contains(currency)) {
			forms.add("$" + digits);
			forms.add(digits + " " + currency);
			forms
				.add((language == Language.KO) ? digits + "달러" : "$" + grouped(size.setScale(0, RoundingMode.HALF_UP)));
			String scaled = scaled(size, random);
			if (scaled != null) {
				forms.add("$" + scaled);
			}
		}
		else {
			forms.add(digits + " " + currency);
		}
		return forms.get(random.nextInt(forms.size()));
	}

	// a change is written with its sign or direction; a level (volatility, a drawdown) is
	// not
	private static boolean isChange(Fact fact) {
		return fact.label().toLowerCase(Locale.ROOT).contains("change") || fact.id().contains("change");
	}

	private static String percent(BigDecimal value, int decimals, boolean change, Language language, Random random) {
		String size = grouped(value.abs().setScale(decimals, RoundingMode.HALF_UP));
		String suffix = switch (random.nextInt(3)) {
			case 0 -> (language == Language.KO) ? "퍼센트" : " percent";
			default -> "%";
		};
		boolean zero = value.abs().setScale(decimals, RoundingMode.HALF_UP).signum() == 0;
		if (zero || value.signum() == 0) {
			return size + suffix;
		}
		if (change && language == Language.EN && random.nextInt(3) == 0) {
			return ((value.signum() < 0) ? "down " : "up ") + size + suffix;
		}
		String plus = (change && value.signum() > 0 && random.nextBoolean()) ? "+" : "";
		return plus + signChar(value, random) + size + suffix;
	}

	private static String plain(BigDecimal size, int decimals, Language language, Random random) {
		if (language == Language.KO && size.compareTo(EOK) >= 0 && random.nextBoolean()) {
			String korean = korean(size);
			if (korean != null) {
				return korean;
			}
		}
		String scaled = scaled(size, random);
		if (scaled != null && random.nextBoolean()) {
			return scaled;
		}
		return grouped(size.setScale(decimals, RoundingMode.HALF_UP));
	}

	/** The size with K, M or B and one or two decimals; null below ten thousand. */
	static String scaled(BigDecimal size, Random random) {
		if (size.compareTo(BigDecimal.valueOf(10_000)) < 0) {
			return null;
		}
		int k = (size.compareTo(BigDecimal.TEN.pow(9)) >= 0) ? 9 : (size.compareTo(BigDecimal.TEN.pow(6)) >= 0) ? 6 : 3;
		BigDecimal mantissa = size.movePointLeft(k).setScale(1 + random.nextInt(2), RoundingMode.HALF_UP);
		return mantissa.toPlainString() + switch (k) {
			case 9 -> "B";
			case 6 -> "M";
			default -> "K";
		};
	}

	/** The size in 억 and 만, rounded to 만 ({@code 1억 2,346만}); null below 5,000. */
	static String korean(BigDecimal size) {
		BigDecimal rounded = size.setScale(-4, RoundingMode.HALF_UP).setScale(0);
		if (rounded.signum() == 0) {
			return null;
		}
		BigDecimal[] parts = rounded.divideAndRemainder(EOK);
		BigDecimal eok = parts[0];
		BigDecimal man = parts[1].divide(MAN);
		if (eok.signum() == 0) {
			return grouped(man) + "만";
		}
		return (man.signum() == 0) ? grouped(eok) + "억" : grouped(eok) + "억 " + grouped(man) + "만";
	}

	/**
	 * When the facts held, as this answer writes it: UTC as ISO, or Korea's time for
	 * Korean.
	 */
	static String moment(Instant asOf, Language language, Random random) {
		ZonedDateTime utc = asOf.atZone(ZoneOffset.UTC);
		ZonedDateTime seoul = asOf.atZone(SEOUL);
		if (language == Language.KO) {
			return switch (random.nextInt(3)) {
				case 0 -> seoul.getYear() + "년 " + seoul.getMonthValue() + "월 " + seoul.getDayOfMonth() + "일";
				case 1 -> ((seoul.getHour() < 12) ? "오전 " : "오후 ") + twelveHour(seoul.getHour()) + "시"
						+ ((seoul.getMinute() == 0) ? "" : " " + seoul.getMinute() + "분");
				default -> utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)) + " UTC";
			};
		}
		return switch (random.nextInt(3)) {
			case 0 -> utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)) + " UTC";
			case 1 -> utc.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH));
			default -> seoul.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)) + " KST";
		};
	}

	private static int twelveHour(int hour) {
		return (hour % 12 == 0) ? 12 : hour % 12;
	}

	private static String signChar(BigDecimal value, Random random) {
		if (value.signum() < 0) {
			return random.nextBoolean() ? "-" : "\u2212";
		}
		return "";
	}

	static String whole(BigDecimal size) {
		return grouped(size.setScale(0, RoundingMode.HALF_UP));
	}

	/** With thousands separators above 9,999 (and sometimes not, as writers do). */
	static String grouped(BigDecimal value) {
		if (value.abs().compareTo(BigDecimal.valueOf(10_000)) < 0 && value.scale() > 0) {
			return value.toPlainString();
		}
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(Math.max(0, value.scale()));
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return format.format(value);
	}

}
