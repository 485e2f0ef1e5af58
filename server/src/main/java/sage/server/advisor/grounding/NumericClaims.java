package sage.server.advisor.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every number, date and time a text states, in English and Korean, with its span.
 *
 * <p>
 * A claim is any number a reader could take as a statement: integers and decimals, with
 * thousands separators ({@code 65,000.50}), signs ({@code +3.2}, {@code -1.5},
 * {@code −1.5}, {@code minus 1.5}, {@code 마이너스 1.5}), percentages ({@code 12.5%},
 * {@code 12.5 %}, {@code 12.5 percent}, {@code 12.5퍼센트}, {@code 3%p}), money
 * ({@code $65,000}, {@code 65,000 USDT}, {@code ₩95,000,000}, {@code 95,000,000원},
 * {@code 9,500만 원}, {@code 1억 2,000만}, {@code $1.2B}, {@code 1.2 billion dollars}),
 * multipliers on any number ({@code 65k}, {@code 1.2M}), day counts ({@code 30 days},
 * {@code 14-day}, {@code 30일}), dates and times ({@link TimeClaim}). Numbers with letters
 * stuck after them ({@code 24h}, {@code 3x}, {@code 2nd}, {@code 52-week}) are claims
 * too, the letters in their span: a period written like that is backed by a fact label
 * that holds it (see {@link GroundingChecker}).
 *
 * <p>
 * Not claims, never extracted:
 * <ul>
 * <li>digits inside a word or an identifier: after a Latin letter or an underscore
 * ({@code RSI14}, {@code Q3}, {@code v1.2}, {@code BTC2x}, {@code S&P500});</li>
 * <li>codes: digits that open with a zero ({@code 005930}, {@code 000660});</li>
 * <li>list markers: {@code 1.} or {@code 2)} opening a line;</li>
 * <li>reference marks: {@code [1]};</li>
 * <li>index names and fixed phrases: {@code S&P 500}, {@code KOSPI 200},
 * {@code Nasdaq 100}, {@code Russell 2000}, {@code 코스피 200}, {@code 24/7},
 * {@code 50/50}.</li>
 * </ul>
 * Not read: scientific notation ({@code 1e6} is the number 1 with letters), numbers
 * spelled in words ("three"), European separators ({@code 65.000,50}).
 */
public final class NumericClaims {

	private static final Pattern LIST_MARKER = Pattern.compile("[ \\t]*(?:[-*#>]+[ \\t]*)?\\d{1,2}[.)](?=[ \\t])");

	private static final Pattern REFERENCE = Pattern.compile("\\[\\d{1,2}\\]");

	private static final Pattern PHRASE = Pattern
		.compile("(?:S&P[ \\u00A0-]?500|KOSPI[ \\u00A0-]?200|KOSDAQ[ \\u00A0-]?150"
				+ "|(?i:Nasdaq)[ \\u00A0-]?100|Russell[ \\u00A0-]?2000|FTSE[ \\u00A0-]?100|Nikkei[ \\u00A0-]?225|DAX[ \\u00A0-]?40"
				+ "|Dow[ \\u00A0-]?30|(?:Euro[ \\u00A0]?)?Stoxx[ \\u00A0-]?50|코스피[ \\u00A0]?200|코스닥[ \\u00A0]?150|나스닥[ \\u00A0]?100"
				+ "|24/7|50/50)(?![\\d,.]?\\d)");

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*");

	private NumericClaims() {
	}

	/** Every claim in {@code text}, in the order they appear, none overlapping. */
	public static List<Claim> in(String text) {
		List<Claim> claims = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			int skipped = skip(text, i);
			if (skipped > i) {
				i = skipped;
				continue;
			}
			char c = text.charAt(i);
			if (!Amounts.mayStartAt(text, i)) {
				i++;
				continue;
			}
			Claim claim = Moments.readAt(text, i);
			if (claim == null) {
				claim = Amounts.readAt(text, i);
			}
			if (claim != null) {
				claims.add(claim);
				i = claim.end();
			}
			else if (Amounts.isLatinLetter(c) || c == '_') {
				i = Amounts.at(WORD, text, i).end();
			}
			else if (Amounts.isDigit(c)) {
				// a code such as 005930: step over all its digits
				while (i < n && Amounts.isDigit(text.charAt(i))) {
					i++;
				}
			}
			else {
				i++;
			}
		}
		return claims;
	}

	/**
	 * Where reading resumes after what at {@code i} is not a claim; {@code i} if nothing.
	 */
	private static int skip(String text, int i) {
		if (atLineStart(text, i)) {
			Matcher marker = Amounts.at(LIST_MARKER, text, i);
			if (marker != null) {
				return marker.end();
			}
		}
		if (!Amounts.mayStartAt(text, i)) {
			return i;
		}
		Matcher fixed = Amounts.at(REFERENCE, text, i);
		if (fixed == null) {
			fixed = Amounts.at(PHRASE, text, i);
		}
		return (fixed != null) ? fixed.end() : i;
	}

	private static boolean atLineStart(String text, int i) {
		return i == 0 || text.charAt(i - 1) == '\n';
	}

}
