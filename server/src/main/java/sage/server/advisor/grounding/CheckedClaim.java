package sage.server.advisor.grounding;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.facts.Fact;

/**
 * A claim and the fact that backs it, if any.
 *
 * @param claim what the text states
 * @param fact the fact that backs it, null when none does
 * @param support how the fact backs it, null when none does
 */
public record CheckedClaim(Claim claim, @Nullable Fact fact, @Nullable Support support) {

	public CheckedClaim {
		Objects.requireNonNull(claim, "claim");
		if ((fact == null) != (support == null)) {
			throw new IllegalArgumentException("a fact and how it backs the claim go together");
		}
	}

	/** Whether a fact backs the claim. */
	public boolean supported() {
		return this.fact != null;
	}

}
