package sage.server.advisor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a streamed text into sentences as they complete. A sentence ends at {@code .},
 * {@code !} or {@code ?} followed by white space (so {@code 3.5} and {@code U.S.}
 * mid-word do not end one; Korean {@code 다.} and {@code 요.} end with the same full stop),
 * at {@code 。}, or at a blank line. What follows the last end waits for more text, or for
 * {@link #rest()} when the stream is over.
 */
final class Sentences {

	private final StringBuilder pending = new StringBuilder();

	/** The sentences that {@code chunk} completes, each with its trailing white space. */
	List<String> add(String chunk) {
		this.pending.append(chunk);
		List<String> complete = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < this.pending.length(); i++) {
			if (endsAt(i)) {
				int end = i + 1;
				while (end < this.pending.length() && Character.isWhitespace(this.pending.charAt(end))) {
					end++;
				}
				if (end == this.pending.length()) {
					// the white space may go on in the next chunk; a sentence is whole
					// only
					// with all of it, so that the next one starts with a word
					complete.add(this.pending.substring(from, end));
					from = end;
					break;
				}
				complete.add(this.pending.substring(from, end));
				from = end;
				i = end - 1;
			}
		}
		this.pending.delete(0, from);
		return complete;
	}

	/** What is left after the last complete sentence: the end of the text. */
	String rest() {
		String rest = this.pending.toString();
		this.pending.setLength(0);
		return rest;
	}

	private boolean endsAt(int i) {
		char c = this.pending.charAt(i);
		boolean next = i + 1 < this.pending.length();
		if (c == '。') {
			return true;
		}
		if (c == '.' || c == '!' || c == '?') {
			return next && Character.isWhitespace(this.pending.charAt(i + 1));
		}
		return c == '\n' && next && this.pending.charAt(i + 1) == '\n';
	}

}
