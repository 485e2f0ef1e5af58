package sage.server.advisor.reading;

import java.util.List;

/**
 * Phrases that signal something in a question, matched in its lower-cased text. A Latin
 * phrase must start a word; a short one (under five letters, mostly acronyms such as
 * {@code rsi} or {@code sma}) must also end one, so that {@code version} is not read as
 * RSI nor {@code smart} as SMA, while a longer one may run on ({@code market} finds
 * {@code markets}). Words are Latin letters and digits: a Korean particle may follow
 * ({@code RSI가}). A Hangul phrase matches anywhere, since Korean particles attach to the
 * word ({@code 변동성이}) and compounds are often written as one ({@code 주식시장}).
 */
public record Cues(List<String> phrases) {

	public Cues {
		phrases = List.copyOf(phrases);
	}

	public static Cues of(String... phrases) {
		return new Cues(List.of(phrases));
	}

	/** Whether any phrase occurs in {@code lower}. */
	public boolean in(String lower) {
		return this.phrases.stream().anyMatch((phrase) -> firstIn(lower, phrase, 0, false) >= 0);
	}

	/**
	 * Where {@code phrase} first occurs in {@code lower} at or after {@code from} under
	 * the rules above, or -1.
	 * @param hangulStartsWord whether a Hangul phrase must also start a word (not follow
	 * another Hangul letter), as a name must: 리플 is not in 트리플
	 */
	public static int firstIn(String lower, String phrase, int from, boolean hangulStartsWord) {
		boolean latin = !hasHangul(phrase);
		boolean wholeWord = latin && phrase.length() < 5;
		for (int at = lower.indexOf(phrase, from); at >= 0; at = lower.indexOf(phrase, at + 1)) {
			int end = at + phrase.length();
			boolean starts = at == 0 || (latin ? !isLatinWordChar(lower.charAt(at - 1))
					: !hangulStartsWord || !isHangul(lower.charAt(at - 1)));
			boolean ends = !wholeWord || end == lower.length() || !isLatinWordChar(lower.charAt(end));
			if (starts && ends) {
				return at;
			}
		}
		return -1;
	}

	public static boolean hasHangul(String text) {
		return text.chars().anyMatch(Cues::isHangul);
	}

	/**
	 * A Latin letter or digit: a Hangul particle right after a Latin word (RSI가, BTC는)
	 * does not make it part of a longer word.
	 */
	private static boolean isLatinWordChar(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}

	private static boolean isHangul(int c) {
		return c >= 0xAC00 && c <= 0xD7A3;
	}

}
