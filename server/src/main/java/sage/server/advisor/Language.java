package sage.server.advisor;

/** The language a question is asked in, and its answer written in. */
public enum Language {

	/** English: the language of a question without Hangul. */
	ENGLISH,
	/** Korean: any Hangul in the question makes it Korean. */
	KOREAN;

	/**
	 * The language of {@code text}: Korean when it holds a Hangul letter (syllables or
	 * jamo), else English. Korean questions often carry English tickers (비트코인 BTC 어때?),
	 * while English ones almost never carry Hangul, so one Hangul letter decides.
	 */
	/** Its code in the API: {@code en} or {@code ko}. */
	public String code() {
		return (this == KOREAN) ? "ko" : "en";
	}

	public static Language of(String text) {
		return text.codePoints().anyMatch(Language::isHangul) ? KOREAN : ENGLISH;
	}

	private static boolean isHangul(int codePoint) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return block == Character.UnicodeBlock.HANGUL_SYLLABLES || block == Character.UnicodeBlock.HANGUL_JAMO
				|| block == Character.UnicodeBlock.HANGUL_COMPATIBILITY_JAMO;
	}

}
