package sage.server.advisor;

import java.util.List;
import java.util.UUID;

/**
 * A question to the advisor, with what came before it in the chat.
 *
 * @param owner who asks
 * @param text the question
 * @param earlier the chat's earlier questions and answers, oldest first, at most the
 * context window's
 * @param profile what the advisor knows of the asker, which risk and persona go by
 * @param olderTurns the running summary of the chat's turns before {@code earlier} (the
 * questions asked), empty when the whole chat fits the context window
 */
public record Question(UUID owner, String text, List<Exchange> earlier, Profile profile, String olderTurns) {

	public Question {
		earlier = List.copyOf(earlier);
	}

	/** A question from someone the advisor knows nothing of (the careful profile). */
	public Question(UUID owner, String text, List<Exchange> earlier) {
		this(owner, text, earlier, Profile.UNKNOWN, "");
	}

	/**
	 * Words as a short quote: on one line (each run of white space one space), cut to
	 * {@code length} characters with an ellipsis.
	 */
	public static String excerpt(String words, int length) {
		String line = words.strip().replaceAll("\\s+", " ");
		return (line.length() <= length) ? line : line.substring(0, length - 1) + "…";
	}

	/** An earlier question and the answer it got. */
	public record Exchange(String question, String answer) {
	}

}
