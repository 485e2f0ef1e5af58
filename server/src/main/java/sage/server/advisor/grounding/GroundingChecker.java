package sage.server.advisor.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;

/**
 * Checks every number, date and time of an answer against the fact sheet it was written
 * from, and gives the answer as the user may see it: each number a fact backs cited to
 * that fact, every other one removed or marked ({@link GroundingPolicy}).
 *
 * <p>
 * Claims are read by {@link NumericClaims}. A fact backs a claim:
 * <ul>
 * <li>by value: the claim's unit fits the fact's (a percent claim a
 * {@link sage.server.advisor.facts.Unit#PERCENT} fact; a money claim a
 * {@link sage.server.advisor.facts.Unit#MONEY} fact in a currency the claim names, where
 * "$" and "dollars" name any dollar, USD and its stablecoins, and "USD" only USD; a day
 * count a {@link sage.server.advisor.facts.Unit#DAYS} fact; a plain number any fact); a
 * sign, if written, is the fact's; and the fact's size, rounded half-up to the place of
 * the claim's last written digit, equals the claim. Fact 64,321.87 backs "64,321.87",
 * "64,322", "$64.3K", "$64K", not "64,320", "$60K" or "-64,322"; fact 12.345 (percent)
 * backs "12.35%", "12.3%", "12%", not "12.34%"; fact 95,123,456 (KRW) backs "9,512만 원",
 * "₩95.1M" and "1억 원" (rounded to 억 it is 1억), not "9,500만 원" (its zeros are written
 * digits).</li>
 * <li>by label: a whole number written as a parameter (no sign, separator, decimal,
 * multiplier, percent or currency: the 14 of "RSI(14)" or "RSI 14", the 30 of "30-day" or
 * "30일") is backed by the same whole number in a fact's label or id ("RSI (14)", "30-day
 * volatility", {@code BTC-USD.rsi14}). A period is a number the writer took from the
 * sheet, but not a value: "RSI 14" must not need a fact whose value is 14.</li>
 * <li>by time: a date or a time by a fact's {@code asOf} (in the zone the claim names,
 * else in UTC or Korea's zone; cut, not rounded); a bare four-digit year by the year of
 * an {@code asOf}; a Korean day ({@code 6일}) by its day of the month.</li>
 * </ul>
 * When several facts back a claim, the one cited is one that backs it by value before one
 * that backs it by label or time; then one whose symbol the sentence names before the
 * claim ("BTC-USDT at $65,000" cites BTC-USDT, not BTC-USD, at the same price); then one
 * the claim states exactly; then the first on the sheet.
 *
 * <p>
 * A plain class with no state: safe to share.
 */
public final class GroundingChecker {

	private final GroundingPolicy policy;

	/** A checker that deals with unsupported numbers as {@code policy} says. */
	public GroundingChecker(GroundingPolicy policy) {
		this.policy = Objects.requireNonNull(policy, "policy");
	}

	/** The policy this checker applies. */
	public GroundingPolicy policy() {
		return this.policy;
	}

	/** Every claim of {@code text}, each with the fact that backs it, if any. */
	public List<CheckedClaim> check(String text, FactSheet sheet) {
		List<CheckedClaim> checked = new ArrayList<>();
		for (Claim claim : NumericClaims.in(text)) {
			checked.add(backing(text, claim, sheet));
		}
		return checked;
	}

	/**
	 * {@code text} as the user may see it: numbers the sheet backs are cited, the others
	 * removed or marked. Under {@link GroundingPolicy#REMOVE} the result holds no
	 * unsupported number: checked again, it gives the same text and citations.
	 */
	public GroundedAnswer ground(String text, FactSheet sheet) {
		GroundedAnswer answer = Redaction.apply(text, check(text, sheet), this.policy);
		if (this.policy == GroundingPolicy.MARK) {
			return answer;
		}
		// A cut can, rarely, bring together what it separated: "1 USD1" cut of "1 USD"
		// leaves a "1" that was part of a word. Cut again until no unsupported number is
		// left; every pass shortens the text, so this ends.
		List<CheckedClaim> again = check(answer.text(), sheet);
		while (again.stream().anyMatch((c) -> !c.supported())) {
			GroundedAnswer next = Redaction.apply(answer.text(), again, GroundingPolicy.REMOVE);
			List<String> flagged = new ArrayList<>(answer.flagged());
			flagged.addAll(next.flagged());
			answer = new GroundedAnswer(next.text(), next.citations(), next.supported() + flagged.size(),
					next.supported(), flagged.size(), flagged);
			again = check(answer.text(), sheet);
		}
		return answer;
	}

	private static CheckedClaim backing(String text, Claim claim, FactSheet sheet) {
		List<Candidate> candidates = new ArrayList<>();
		int order = 0;
		for (Fact fact : sheet.facts()) {
			Support support = FactMatch.support(fact, claim);
			if (support != null) {
				candidates.add(new Candidate(fact, support, order));
			}
			order++;
		}
		if (candidates.isEmpty()) {
			return new CheckedClaim(claim, null, null);
		}
		String sentence = sentenceBefore(text, claim.start());
		Candidate best = candidates.stream()
			.min(Comparator.comparingInt((Candidate c) -> c.support().ordinal())
				.thenComparing(Comparator.comparingInt((Candidate c) -> named(sentence, c.fact())).reversed())
				.thenComparing(Comparator.comparing((Candidate c) -> !exact(claim, c.fact())))
				.thenComparingInt(Candidate::order))
			.orElseThrow();
		return new CheckedClaim(claim, best.fact(), best.support());
	}

	/** The sentence {@code start} stands in, up to {@code start}. */
	private static String sentenceBefore(String text, int start) {
		int from = 0;
		for (int i = start - 1; i > 0; i--) {
			char c = text.charAt(i);
			char before = text.charAt(i - 1);
			if (c == '\n' || (Character.isWhitespace(c) && ".!?。".indexOf(before) >= 0)) {
				from = i;
				break;
			}
		}
		return text.substring(from, start).toUpperCase(Locale.ROOT);
	}

	// 2 when the sentence names the fact's symbol, 1 its first part (BTC of BTC-USD),
	// else 0
	private static int named(String sentence, Fact fact) {
		String symbol = fact.symbol();
		if (symbol == null) {
			return 0;
		}
		String upper = symbol.toUpperCase(Locale.ROOT);
		if (namesWord(sentence, upper)) {
			return 2;
		}
		String base = upper.split("[-/.:]")[0];
		return (base.length() >= 2 && namesWord(sentence, base)) ? 1 : 0;
	}

	// "BTC-USDT" names BTC-USDT and BTC, not BTC-USD
	private static boolean namesWord(String sentence, String word) {
		for (int at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
			int end = at + word.length();
			boolean startsWord = at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1));
			boolean endsWord = end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end));
			if (startsWord && endsWord) {
				return true;
			}
		}
		return false;
	}

	private static boolean exact(Claim claim, Fact fact) {
		return claim instanceof NumberClaim number && fact.value().abs().compareTo(number.magnitude()) == 0;
	}

	private record Candidate(Fact fact, Support support, int order) {
	}

}
