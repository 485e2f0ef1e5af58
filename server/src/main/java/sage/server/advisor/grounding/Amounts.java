package sage.server.advisor.grounding;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads one written number at a position: its sign, currency, digits, multiplier and
 * unit, in English and Korean. The grammar, in order:
 *
 * <pre>
 * [minus|plus|마이너스|플러스] [+ - −] [$ US$ ₩ € £ ¥ USD USDT USDC KRW EUR GBP JPY] [+ - −]
 * digits (65000, 65,000, 65,000.50) or Korean units (9,500만, 1억 2,000만, 5천만)
 * [k K M B T bn mn tn, m after a currency | thousand million billion trillion]
 * [% ％ %p pp percent per cent pct 퍼센트 프로 %포인트 | USD USDT KRW … dollars won 달러 원 | days -day 일 거래일]
 * [letters stuck to a plain number: 24h, 3x, 2nd, 52-week]
 * </pre>
 */
final class Amounts {

	private static final String SPACE = "[ \\u00A0\\u202F]";

	private static final Pattern SIGN_WORD = Pattern.compile(
			"(?:(?i:minus|plus)" + SPACE + "+|(?:마이너스|플러스)" + SPACE + "?)(?=[$₩￦€£¥+\\-\\u2212\\d]|US\\$|[A-Z]{3})");

	private static final Pattern PREFIX = Pattern
		.compile("(US\\$|\\$|₩|￦|€|£|¥|(?:USDT|USDC|USD|KRW|EUR|GBP|JPY)(?![A-Za-z])" + SPACE + "?)");

	private static final Pattern ARABIC = Pattern.compile(KoreanNumerals.ARABIC);

	private static final Pattern MULTIPLIER = Pattern.compile("(bn|mn|tn|k|K|M|B|T|m)(?![A-Za-z])|" + SPACE
			+ "((?i:thousand|million|billion|trillion|bn|mn|tn))(?![A-Za-z])");

	private static final Pattern PERCENT = Pattern.compile(SPACE + "?(?:%p|%포인트|%|％|퍼센트포인트|퍼센트|프로(?![가-힣])"
			+ "|(?i:percentage points?|percent|per cent|pct|pp)(?![A-Za-z]))");

	private static final Pattern CURRENCY = Pattern
		.compile(SPACE + "?(?:(USDT|USDC|USD|KRW|EUR|GBP|JPY|CNY|BTC|ETH)(?![A-Za-z])"
				+ "|((?i:dollars?|won|euros?))(?![A-Za-z])|(달러|원|유로|위안|엔(?![가-힣])))");

	private static final Pattern DAYS = Pattern
		.compile("-(?i:days?)(?![A-Za-z])|" + SPACE + "(?i:days?)(?![A-Za-z])|" + SPACE + "?(?:거래일|일)");

	private static final Pattern STUCK_LETTERS = Pattern.compile("-?[A-Za-z][A-Za-z0-9]*");

	private Amounts() {
	}

	/**
	 * The number written at {@code start}, or null when none starts there. The caller
	 * makes sure {@code start} does not sit inside a word.
	 */
	static @Nullable NumberClaim readAt(String text, int start) {
		int n = text.length();
		int p = start;
		Sign sign = Sign.UNSTATED;
		Matcher word = at(SIGN_WORD, text, p);
		if (word != null) {
			sign = word.group().toLowerCase(Locale.ROOT).startsWith("m") || word.group().startsWith("마") ? Sign.NEGATIVE
					: Sign.POSITIVE;
			p = word.end();
		}
		if (sign == Sign.UNSTATED && p < n && isSignChar(text.charAt(p)) && signMayStandAt(text, p)) {
			sign = signOf(text.charAt(p));
			p++;
		}
		Set<String> currencies = Set.of();
		boolean money = false;
		Matcher prefix = at(PREFIX, text, p);
		if (prefix != null && (p > start || prefixMayStartAt(text, p))) {
			currencies = Currencies.named(prefix.group(1));
			money = true;
			p = prefix.end();
			if (sign == Sign.UNSTATED && p < n && isSignChar(text.charAt(p))) {
				sign = signOf(text.charAt(p));
				p++;
			}
		}
		if (p >= n || !isDigit(text.charAt(p)) || isCode(text, p)) {
			return null;
		}
		BigDecimal magnitude;
		int scale;
		boolean scaled;
		KoreanNumerals.Reading korean = KoreanNumerals.readAt(text, p);
		if (korean != null) {
			magnitude = korean.value();
			scale = korean.scale();
			scaled = true;
			p = korean.end();
		}
		else {
			Matcher digits = at(ARABIC, text, p);
			if (digits == null) {
				return null;
			}
			BigDecimal written = new BigDecimal(digits.group().replace(",", ""));
			p = digits.end();
			int exponent = 0;
			Matcher multiplier = at(MULTIPLIER, text, p);
			if (multiplier != null) {
				String unit = (multiplier.group(1) != null) ? multiplier.group(1) : multiplier.group(2);
				// a lone "m" is minutes ("15m") unless money is written: "$15m"
				if (!unit.equals("m") || money) {
					exponent = exponentOf(unit);
					p = multiplier.end();
				}
			}
			magnitude = written.movePointRight(exponent);
			scale = written.scale() - exponent;
			scaled = exponent > 0;
		}
		ClaimUnit unit = money ? ClaimUnit.MONEY : ClaimUnit.PLAIN;
		Matcher percent = money ? null : at(PERCENT, text, p);
		Matcher currency = (percent == null) ? at(CURRENCY, text, p) : null;
		if (percent != null) {
			unit = ClaimUnit.PERCENT;
			p = percent.end();
		}
		else if (currency != null) {
			String named = firstGroup(currency);
			currencies = money ? currencies : Currencies.named(named);
			unit = ClaimUnit.MONEY;
			p = currency.end();
		}
		else if (!money && !scaled) {
			Matcher days = at(DAYS, text, p);
			if (days != null) {
				unit = ClaimUnit.DAYS;
				p = days.end();
			}
		}
		if (unit == ClaimUnit.PLAIN) {
			// "24h", "3x", "2nd", "52-week": the letters belong to the number's span, so
			// a
			// removal takes the word with it
			Matcher letters = at(STUCK_LETTERS, text, p);
			if (letters != null) {
				p = letters.end();
			}
		}
		return new NumberClaim(start, p, text.substring(start, p), magnitude, scale, sign, unit, currencies, scaled);
	}

	/** Whether a number starting at {@code p} stands alone rather than inside a word. */
	static boolean mayStartAt(String text, int p) {
		if (p == 0) {
			return true;
		}
		char before = text.charAt(p - 1);
		return !isLatinLetter(before) && !isDigit(before) && before != '_';
	}

	// a currency code right after a hyphen or slash is part of a pair ("BTC-USDT 65,000")
	private static boolean prefixMayStartAt(String text, int p) {
		if (!isLatinLetter(text.charAt(p)) || p == 0) {
			return mayStartAt(text, p);
		}
		char before = text.charAt(p - 1);
		return Character.isWhitespace(before) || before == '(' || before == '[';
	}

	/**
	 * Digits that open with a zero ({@code 005930}, {@code 000660}): a code, not a
	 * number.
	 */
	static boolean isCode(String text, int p) {
		return text.charAt(p) == '0' && p + 1 < text.length() && isDigit(text.charAt(p + 1));
	}

	private static boolean signMayStandAt(String text, int p) {
		if (p + 1 >= text.length()) {
			return false;
		}
		char after = text.charAt(p + 1);
		if (!isDigit(after) && "$₩￦€£¥U".indexOf(after) < 0) {
			return false;
		}
		if (text.charAt(p) == '\u2212' || p == 0) {
			return true;
		}
		// a hyphen after a word or a number joins ("BTC-5", "60,000-70,000"): not a sign
		char before = text.charAt(p - 1);
		return Character.isWhitespace(before) || "([{:=,;/".indexOf(before) >= 0;
	}

	private static int exponentOf(String multiplier) {
		return switch (multiplier.toLowerCase(Locale.ROOT)) {
			case "k", "thousand" -> 3;
			case "m", "mn", "million" -> 6;
			case "b", "bn", "billion" -> 9;
			default -> 12;
		};
	}

	private static String firstGroup(Matcher m) {
		for (int g = 1; g <= m.groupCount(); g++) {
			if (m.group(g) != null) {
				return m.group(g);
			}
		}
		return m.group().strip();
	}

	static @Nullable Matcher at(Pattern pattern, String text, int p) {
		if (p > text.length()) {
			return null;
		}
		Matcher m = pattern.matcher(text).region(p, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
		return (m.lookingAt() && m.end() > p) ? m : null;
	}

	private static boolean isSignChar(char c) {
		return c == '+' || c == '-' || c == '\u2212';
	}

	private static Sign signOf(char c) {
		return (c == '+') ? Sign.POSITIVE : Sign.NEGATIVE;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isLatinLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
