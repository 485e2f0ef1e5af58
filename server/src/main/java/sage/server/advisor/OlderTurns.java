package sage.server.advisor;

import java.util.ArrayList;
import java.util.List;

/**
 * The running summary of a chat's turns older than its context window: the questions that
 * were asked, oldest first, each cut to {@value #QUESTION} characters, at most
 * {@value #LENGTH} characters in all (the first questions and the latest kept, the middle
 * counted). Built again from the kept messages at each question, so it always covers
 * every older turn. Only the questions: the answers' numbers were facts of their time and
 * are not facts now.
 */
final class OlderTurns {

	static final int QUESTION = 100;

	static final int LENGTH = 800;

	private static final int FIRST = 2;

	private OlderTurns() {
	}

	/** The summary of {@code older}, oldest first; empty when there are none. */
	static String summary(List<Question.Exchange> older) {
		if (older.isEmpty()) {
			return "";
		}
		List<String> asked = older.stream()
			.map((exchange) -> "“" + Question.excerpt(exchange.question(), QUESTION) + "”")
			.toList();
		String head = older.size() + ((older.size() == 1) ? " earlier question" : " earlier questions")
				+ ", oldest first: ";
		List<String> kept = new ArrayList<>(asked);
		int left = 0;
		// keep the first questions (what the chat is about) and as many of the latest as
		// fit
		while (length(head, kept, left) > LENGTH && kept.size() > FIRST + 1) {
			kept.remove(FIRST);
			left++;
		}
		if (left > 0) {
			kept.add(FIRST, "(" + left + " more)");
		}
		return Question.excerpt(head + String.join("; ", kept), LENGTH);
	}

	private static int length(String head, List<String> kept, int left) {
		return head.length() + String.join("; ", kept).length() + ((left > 0) ? 12 : 0);
	}

}
