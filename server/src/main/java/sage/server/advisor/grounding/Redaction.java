package sage.server.advisor.grounding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sage.server.advisor.facts.Fact;

/**
 * Writes the answer the user sees from the text and its checked claims: unsupported
 * claims cut or marked as {@link GroundingPolicy} says, every supported one cited at its
 * place in the new text. Each output character remembers the input character it came
 * from, so citations land where their claims end up.
 */
final class Redaction {

	private static final Pattern QUALIFIER = Pattern
		.compile("(?:^|[\\s(])((?i:at|to|of|by|from|near|around|about|roughly"
				+ "|approximately|approx\\.|nearly|almost|over|under|above|below|some)|약|대략|무려)[ \\u00A0]$");

	private static final Pattern PARTICLE = Pattern
		.compile("(?:에서|으로|까지|부터|정도|가량|수준|이상|이하|미만|초과|에|로|를|을|의|이|가|은|는|와|과|나|도|쯤|선|대|간|째){1,3}(?![가-힣])");

	private static final Pattern DASH = Pattern.compile("[ \\u00A0]?[-–~+\\u2212][ \\u00A0]?");

	private static final Pattern RANGE = Pattern
		.compile("[ \\u00A0]?[-–~+\\u2212][ \\u00A0]?|[ \\u00A0](?:to|and)[ \\u00A0]");

	// signs and currency symbols stuck between a cut number and the next: left alone they
	// would become the next number's sign or currency ("1$0" must not become "$0")
	private static final Pattern GLUE = Pattern.compile("[$₩￦€£¥+\\-\\u2212–~]+");

	private static final String CLOSERS = ",.;:!?)]}。";

	private final StringBuilder out = new StringBuilder();

	private final List<Integer> origin = new ArrayList<>();

	// output indices where something was cut, kept in step with deletions
	private final List<Integer> junctions = new ArrayList<>();

	private Redaction() {
	}

	static GroundedAnswer apply(String text, List<CheckedClaim> checked, GroundingPolicy policy) {
		Redaction redaction = new Redaction();
		List<int[]> cuts = (policy == GroundingPolicy.REMOVE) ? cuts(text, checked) : List.of();
		int i = 0;
		for (int[] cut : cuts) {
			redaction.copy(text, i, cut[0]);
			redaction.junctions.add(redaction.out.length());
			i = cut[1];
		}
		if (policy == GroundingPolicy.MARK) {
			for (CheckedClaim c : checked) {
				if (!c.supported() && !marked(text, c.claim())) {
					redaction.copy(text, i, c.claim().start());
					redaction.insert(GroundingPolicy.MARK_OPEN);
					redaction.copy(text, c.claim().start(), c.claim().end());
					redaction.insert(GroundingPolicy.MARK_CLOSE);
					i = c.claim().end();
				}
			}
		}
		redaction.copy(text, i, text.length());
		for (int k = 0; k < redaction.junctions.size(); k++) {
			redaction.tidy(k);
		}
		return redaction.answer(text, checked);
	}

	/** The input ranges to cut, sorted, merged where they touch. */
	private static List<int[]> cuts(String text, List<CheckedClaim> checked) {
		List<int[]> cuts = new ArrayList<>();
		for (int k = 0; k < checked.size(); k++) {
			if (checked.get(k).supported()) {
				continue;
			}
			Claim claim = checked.get(k).claim();
			int from = claim.start();
			int to = claim.end();
			if (marked(text, claim)) {
				from -= GroundingPolicy.MARK_OPEN.length();
				to += GroundingPolicy.MARK_CLOSE.length();
			}
			int previousEnd = (k > 0) ? checked.get(k - 1).claim().end() : -1;
			int nextStart = (k + 1 < checked.size()) ? checked.get(k + 1).claim().start() : -1;
			if (previousEnd >= 0 && joins(RANGE, text, previousEnd, from)) {
				// second half of a range: "60,000-70,000", "60,000 to 70,000"
				from = previousEnd;
			}
			else {
				from = qualifierStart(text, from);
			}
			if (nextStart >= 0 && !checked.get(k + 1).supported() && joins(RANGE, text, to, nextStart)) {
				to = nextStart;
			}
			else if (nextStart >= 0 && (joins(DASH, text, to, nextStart) || joins(GLUE, text, to, nextStart))) {
				// first half of "60,000-70,000" whose second half stays: the dash (or a
				// stray sign or currency symbol) goes too, or it would read as the second
				// half's minus
				to = nextStart;
			}
			Matcher particle = Amounts.at(PARTICLE, text, to);
			if (particle != null) {
				to = particle.end();
			}
			if (!cuts.isEmpty() && cuts.get(cuts.size() - 1)[1] >= from) {
				cuts.get(cuts.size() - 1)[1] = Math.max(to, cuts.get(cuts.size() - 1)[1]);
			}
			else {
				cuts.add(new int[] { from, to });
			}
		}
		return cuts;
	}

	private static boolean joins(Pattern joint, String text, int end, int start) {
		return end < start && joint.matcher(text).region(end, start).matches();
	}

	// "support at $58,000", "~$70,000", "약 70,000달러": the word only qualifies the number
	private static int qualifierStart(String text, int from) {
		if (from > 0 && text.charAt(from - 1) == '~'
				&& (from == 1 || !Character.isLetterOrDigit(text.charAt(from - 2)))) {
			return from - 1;
		}
		int windowStart = Math.max(0, from - 24);
		Matcher m = QUALIFIER.matcher(text)
			.region(windowStart, from)
			.useTransparentBounds(false)
			.useAnchoringBounds(true);
		return m.find() ? m.start(1) : from;
	}

	private static boolean marked(String text, Claim claim) {
		return text.startsWith(GroundingPolicy.MARK_OPEN, claim.start() - GroundingPolicy.MARK_OPEN.length())
				&& text.startsWith(GroundingPolicy.MARK_CLOSE, claim.end());
	}

	private void copy(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			this.out.append(text.charAt(i));
			this.origin.add(i);
		}
	}

	private void insert(String written) {
		for (int i = 0; i < written.length(); i++) {
			this.out.append(written.charAt(i));
			this.origin.add(-1);
		}
	}

	private void delete(int at) {
		this.out.deleteCharAt(at);
		this.origin.remove(at);
		for (int k = 0; k < this.junctions.size(); k++) {
			if (this.junctions.get(k) > at) {
				this.junctions.set(k, this.junctions.get(k) - 1);
			}
		}
	}

	private void insertSpace(int at) {
		this.out.insert(at, ' ');
		this.origin.add(at, -1);
		for (int k = 0; k < this.junctions.size(); k++) {
			if (this.junctions.get(k) > at) {
				this.junctions.set(k, this.junctions.get(k) + 1);
			}
		}
	}

	/** Tidies spaces and punctuation left around the {@code k}th cut. */
	private void tidy(int k) {
		boolean changed = true;
		while (changed) {
			changed = true;
			int j = this.junctions.get(k);
			int length = this.out.length();
			boolean lineStart = j == 0 || this.out.charAt(j - 1) == '\n';
			char before = (j > 0) ? this.out.charAt(j - 1) : '\n';
			char at = (j < length) ? this.out.charAt(j) : '\n';
			if (isSpace(at) && (isSpace(before) || lineStart)) {
				delete(j);
			}
			else if (isSpace(before) && (CLOSERS.indexOf(at) >= 0 || at == '\n')) {
				delete(j - 1);
			}
			else if ((before == '(' && at == ')') || (before == '[' && at == ']')) {
				delete(j);
				delete(j - 1);
				if (j - 1 > 0 && j - 1 < this.out.length() && !isSpace(this.out.charAt(j - 2))
						&& !isSpace(this.out.charAt(j - 1)) && CLOSERS.indexOf(this.out.charAt(j - 1)) < 0) {
					// "BTC(…)5" must not become "BTC5", nor "5(…)%" "5%"
					insertSpace(j - 1);
				}
			}
			else if (before == ',' && (at == ',' || at == '.' || at == ';' || at == ')' || at == '\n')) {
				delete(j - 1);
			}
			else if (at == ',' && j < length && (lineStart || before == ':' || before == '(' || before == ';')) {
				// "Prices: , $3" or a line opening with a comma: the comma followed what
				// was cut
				delete(j);
			}
			else if (isSpace(at) && (before == '(' || before == '[')) {
				delete(j);
			}
			else {
				changed = false;
			}
		}
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
	}

	private GroundedAnswer answer(String text, List<CheckedClaim> checked) {
		int[] at = new int[text.length()];
		Arrays.fill(at, -1);
		for (int k = 0; k < this.origin.size(); k++) {
			if (this.origin.get(k) >= 0) {
				at[this.origin.get(k)] = k;
			}
		}
		String answer = this.out.toString();
		List<Citation> citations = new ArrayList<>();
		List<String> flagged = new ArrayList<>();
		for (CheckedClaim c : checked) {
			Claim claim = c.claim();
			Fact fact = c.fact();
			if (fact == null || c.support() == null) {
				flagged.add(claim.written());
				continue;
			}
			int start = at[claim.start()];
			int end = at[claim.end() - 1] + 1;
			if (start < 0 || end - start != claim.end() - claim.start()) {
				throw new IllegalStateException("a supported claim was cut: " + claim.written());
			}
			citations.add(new Citation(start, end, answer.substring(start, end), fact.id(), fact.source(), fact.asOf(),
					c.support()));
		}
		return new GroundedAnswer(answer, citations, checked.size(), citations.size(), flagged.size(), flagged);
	}

}
