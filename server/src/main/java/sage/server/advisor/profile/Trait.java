package sage.server.advisor.profile;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One part of the profile as the advisor holds it.
 *
 * @param <T> the kind of value
 * @param value what the advisor goes by
 * @param source where it comes from
 * @param confidence how sure the inference is, 0 to 1 (1 when set by the user, 0 when
 * assumed)
 * @param evidence the questions the inference came from, newest first (at most 5; none
 * when assumed)
 */
public record Trait<T>(T value, TraitSource source, double confidence, List<Evidence> evidence) {

	public Trait {
		evidence = List.copyOf(evidence);
	}

	@Schema(description = "How sure the inference is, 0 to 1 (1 when you set it, 0 when assumed)", example = "0.8")
	@Override
	public double confidence() {
		return this.confidence;
	}

}
