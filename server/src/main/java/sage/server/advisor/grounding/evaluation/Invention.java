package sage.server.advisor.grounding.evaluation;

import java.util.Objects;

/**
 * A number the writer made up, and where it stands in its answer.
 *
 * @param start index of its first character
 * @param end index just past its last character
 * @param written the number as written, unit included ({@code "$58,300"},
 * {@code "9,800만 원"}, {@code "2027-04-18"})
 */
public record Invention(int start, int end, String written) {

	public Invention {
		Objects.requireNonNull(written, "written");
		if (start < 0 || end - start != written.length()) {
			throw new IllegalArgumentException("span " + start + ".." + end + " does not fit " + written);
		}
	}

	/** Whether this invention and the span {@code [from, to)} share a character. */
	public boolean overlaps(int from, int to) {
		return from < this.end && this.start < to;
	}

}
