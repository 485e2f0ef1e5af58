package sage.server.advisor.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal details and secrets a user may type into a chat, found in text and replaced by
 * placeholders before the text leaves for a language model:
 * <ul>
 * <li>{@code [secret]}: API keys and tokens: {@code sk-…} (OpenAI, Anthropic),
 * {@code ghp_…}, {@code xox?-…}, {@code AKIA…}, JSON web tokens, and any run of 32 or
 * more hex digits (letters and digits), or of 32 or more base64 characters with a stretch
 * of 16 mixing upper case, lower case and at least three digits;</li>
 * <li>{@code [email]}: email addresses;</li>
 * <li>{@code [iban]}: IBANs (two letters, two check digits, 11 to 30 letters or digits,
 * spaces allowed every four), when the mod-97 check holds;</li>
 * <li>{@code [id-number]}: Korean resident (and foreigner) registration numbers,
 * {@code YYMMDD-NNNNNNN} with a real month and day and a 1–8 after the dash;</li>
 * <li>{@code [card]}: payment card numbers: 13 to 19 digits starting with 2 to 6 (the
 * card networks), whole or in groups of 4 to 6 split by spaces or dashes, when the Luhn
 * check holds, and not an amount (a currency sign before it, {@code %} or a currency word
 * after it);</li>
 * <li>{@code [phone]}: phone numbers: international ({@code +} and 8 to 15 digits in
 * groups split by spaces or dashes), Korean mobile and land lines ({@code 010-1234-5678},
 * {@code 01012345678}, {@code +82 10 1234 5678}, {@code 02-123-4567}) and North American
 * ones ({@code (555) 123-4567}, {@code 555-123-4567}).</li>
 * </ul>
 * Market text is left alone: prices ({@code 67,250.50}, {@code ₩71,500}), percentages,
 * dates ({@code 2026-05-04}), times, tickers ({@code 005930.KS}, {@code BTC-USD}) and API
 * paths.
 *
 * <p>
 * A plain class with no state: safe to share.
 */
public final class PersonalDetails {

	private static final List<Rule> RULES = List.of(
			new Rule("[secret]",
					"(?<![A-Za-z0-9])(?:sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}"
							+ "|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})",
					(match) -> true),
			new Rule("[email]", "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}", (match) -> true),
			new Rule("[iban]",
					"(?<![A-Za-z0-9])(?i:[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])",
					PersonalDetails::isIban),
			new Rule("[id-number]",
					"(?<![0-9.,-])[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-[1-8][0-9]{6}(?![0-9])",
					(match) -> true),
			new Rule("[card]",
					"(?<![0-9.,$₩€£¥+-])[2-6][0-9]{12,18}(?![0-9]|[.,][0-9]|\\s?(?:%|원|won|KRW|USD|주|shares))"
							+ "|(?<![0-9.,$₩€£¥+-])[2-6][0-9]{3}(?:[ -][0-9]{4,6}){2,3}(?:[ -][0-9]{1,4})?(?![0-9]|[.,][0-9])",
					PersonalDetails::isCard),
			new Rule("[phone]",
					"\\+[0-9]{1,3}(?:[ -]?\\(0\\))?(?:[ -]?(?:\\([0-9]{1,4}\\)|[0-9]{1,4})){2,5}(?![0-9]|[.,][0-9])",
					PersonalDetails::isInternationalPhone),
			new Rule("[phone]",
					"(?<![0-9.,:/-])0(?:1[016789]|2|[3-6][1-5])[ .-]?[0-9]{3,4}[ .-]?[0-9]{4}(?![0-9]|[.,:][0-9])",
					(match) -> true),
			new Rule("[phone]",
					"(?<![0-9.,:/-])(?:1[ .-])?(?:\\([0-9]{3}\\) ?[0-9]{3}|[0-9]{3}[.-][0-9]{3})[ .-][0-9]{4}(?![0-9]|[.,:][0-9])",
					(match) -> true),
			new Rule("[secret]", "(?<![A-Za-z0-9+_-])[A-Za-z0-9+_-]{32,}={0,2}(?![A-Za-z0-9+_=-])",
					PersonalDetails::isSecretRun));

	private PersonalDetails() {
	}

	/** {@code text} with its personal details and secrets replaced by placeholders. */
	public static String redact(String text) {
		String redacted = text;
		for (Rule rule : RULES) {
			redacted = rule.apply(redacted);
		}
		return redacted;
	}

	private static boolean isIban(String match) {
		String iban = match.replace(" ", "").toUpperCase(Locale.ROOT);
		if (iban.length() < 15 || iban.length() > 34) {
			return false;
		}
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		StringBuilder digits = new StringBuilder();
		for (char c : rearranged.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

	private static boolean isCard(String match) {
		String digits = match.replaceAll("[ -]", "");
		if (digits.length() < 13 || digits.length() > 19) {
			return false;
		}
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	private static boolean isInternationalPhone(String match) {
		long digits = match.chars().filter(Character::isDigit).count();
		return digits >= 8 && digits <= 15;
	}

	/**
	 * Hex of 32 or more digits (with letters: not a long number), or base64 with a
	 * stretch of 16 or more characters (between dashes, underscores or pluses) mixing
	 * upper case, lower case and three digits: not a slug like
	 * {@code Bitcoin-Hits-New-High-2026}.
	 */
	private static boolean isSecretRun(String match) {
		String run = match.replaceAll("=+$", "");
		String hex = run.replace("-", "");
		if (hex.matches("[0-9a-fA-F]{32,}") && hex.matches(".*[0-9].*") && hex.matches(".*[a-fA-F].*")) {
			return true;
		}
		for (String part : run.split("[-_+]")) {
			long digits = part.chars().filter(Character::isDigit).count();
			boolean upper = !part.equals(part.toLowerCase(Locale.ROOT));
			boolean lower = !part.equals(part.toUpperCase(Locale.ROOT));
			if (part.length() >= 16 && digits >= 3 && upper && lower) {
				return true;
			}
		}
		return false;
	}

	/** One kind of detail: where it is and what stands in for it. */
	private record Rule(String placeholder, Pattern pattern, Predicate<String> valid) {

		Rule(String placeholder, String pattern, Predicate<String> valid) {
			this(placeholder, Pattern.compile(pattern), valid);
		}

		String apply(String text) {
			Matcher matcher = this.pattern.matcher(text);
			return matcher.replaceAll((match) -> Matcher
				.quoteReplacement(this.valid.test(match.group()) ? this.placeholder : match.group()));
		}

	}

}
