package sage.server.advisor.grounding;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a number in an answer comes from, for the UI to show beside it.
 *
 * @param start index of the claim's first character in the answer as the user sees it
 * @param end index just past its last character
 * @param written the claim as written ({@code answer.substring(start, end)})
 * @param factId the fact that backs it
 * @param source where that fact came from
 * ({@link sage.server.advisor.facts.Fact#source()})
 * @param asOf when that fact held
 * @param support how the fact backs it
 */
public record Citation(int start, int end, String written, String factId, String source, Instant asOf,
		Support support) {

	public Citation {
		Objects.requireNonNull(written, "written");
		Objects.requireNonNull(factId, "factId");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(support, "support");
	}

}
