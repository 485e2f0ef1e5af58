package sage.server.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer's text cut into the pieces its stream sends: each word with the spaces after
 * it (leading spaces are a piece of their own). The same text always gives the same
 * pieces, so a stream resumed from the stored text sends what the first would have.
 */
final class AnswerPieces {

	private static final Pattern PIECE = Pattern.compile("\\s+|\\S+\\s*");

	private AnswerPieces() {
	}

	/** The pieces of {@code text}, in order; joined they are the text. */
	static List<String> of(String text) {
		List<String> pieces = new ArrayList<>();
		Matcher matcher = PIECE.matcher(text);
		while (matcher.find()) {
			pieces.add(matcher.group());
		}
		return pieces;
	}

}
