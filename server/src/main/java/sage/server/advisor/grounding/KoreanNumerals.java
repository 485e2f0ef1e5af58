package sage.server.advisor.grounding;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbers written with Korean units: {@code 9,500만} (95,000,000), {@code 1억 2,000만}
 * (120,000,000), {@code 5만 5,300} (55,300, before a currency), {@code 9천5백만}
 * (95,000,000), {@code 1.2조}. Groups go down from 조 (10^12) to 억 (10^8) to 만 (10^4); a
 * group's own number may use 천 (1000) and 백 (100). A last group without a big unit joins
 * only when a currency follows it ({@code 5만 3일} is not 50,003).
 */
final class KoreanNumerals {

	/** Arabic digits, with or without thousands separators. */
	static final String ARABIC = "\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

	// a small number: digits with 천 and 백 going down, then plain digits
	private static final Pattern SMALL = Pattern
		.compile("(?:(" + ARABIC + ")천)?(?:(" + ARABIC + ")백)?(" + ARABIC + ")?");

	// 만큼 ("as much as") and 조정 ("correction") are words, not units
	private static final Pattern BIG = Pattern.compile("조(?!정)|억|만(?!큼)");

	private static final Pattern CURRENCY_AHEAD = Pattern.compile("[ \\u00A0]?(?:원|달러|유로|위안|엔)");

	private KoreanNumerals() {
	}

	/**
	 * A number at {@code start} written with at least one Korean unit, or null.
	 * @return its value, the place of its last written digit as a scale, and its end
	 */
	static @Nullable Reading readAt(String text, int start) {
		BigDecimal total = BigDecimal.ZERO;
		int scale = 0;
		int p = start;
		int lastBig = Integer.MAX_VALUE;
		boolean anyUnit = false;
		boolean any = false;
		while (true) {
			int groupStart = p;
			if (any && p < text.length() && isSpace(text.charAt(p))) {
				p++;
			}
			Small small = small(text, p);
			if (small == null) {
				p = groupStart;
				break;
			}
			Matcher big = BIG.matcher(text).region(small.end, text.length());
			int exponent = 0;
			int end = small.end;
			if (big.lookingAt()) {
				exponent = switch (big.group()) {
					case "조" -> 12;
					case "억" -> 8;
					default -> 4;
				};
				if (exponent >= lastBig) {
					p = groupStart;
					break;
				}
				end = big.end();
			}
			else if (!small.hasUnit && !(anyUnit && currencyAhead(text, end))) {
				// plain digits join a chain only as its last group, before a currency
				p = groupStart;
				break;
			}
			anyUnit |= exponent > 0 || small.hasUnit;
			total = total.add(small.value.movePointRight(exponent));
			scale = small.scale - exponent;
			lastBig = exponent;
			p = end;
			any = true;
			if (exponent == 0) {
				break;
			}
		}
		if (!anyUnit) {
			return null;
		}
		return new Reading(total, scale, p);
	}

	private static boolean currencyAhead(String text, int at) {
		return CURRENCY_AHEAD.matcher(text).region(at, text.length()).lookingAt();
	}

	private static @Nullable Small small(String text, int p) {
		if (p >= text.length() || !Character.isDigit(text.charAt(p))) {
			return null;
		}
		Matcher m = SMALL.matcher(text).region(p, text.length());
		if (!m.lookingAt() || m.end() == p) {
			return null;
		}
		BigDecimal value = BigDecimal.ZERO;
		int scale = 0;
		boolean hasUnit = false;
		int[] exponents = { 3, 2, 0 };
		for (int g = 1; g <= 3; g++) {
			String digits = m.group(g);
			if (digits != null) {
				BigDecimal part = new BigDecimal(digits.replace(",", ""));
				value = value.add(part.movePointRight(exponents[g - 1]));
				scale = part.scale() - exponents[g - 1];
				hasUnit |= exponents[g - 1] > 0;
			}
		}
		return new Small(value, scale, hasUnit, m.end());
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\u00A0' || c == '\u202F';
	}

	/**
	 * A number read: its value, its scale (the place of its last written digit), its end.
	 */
	record Reading(BigDecimal value, int scale, int end) {
	}

	private record Small(BigDecimal value, int scale, boolean hasUnit, int end) {
	}

}
