package sage.server.advisor.profile;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a user sets of their profile. Each part left null is inferred from their questions
 * again.
 *
 * @param experience {@code BEGINNER}, {@code INTERMEDIATE} or {@code EXPERT}; null to
 * infer it
 * @param tolerance {@code LOW}, {@code MEDIUM} or {@code HIGH}; null to infer it
 * @param assets the symbols of the assets followed (at most 8, each listed by Sage); null
 * to infer them, empty for none
 */
@Schema(description = "What you set of your advisor profile; a part left null is inferred from your questions",
		example = "{\"experience\":\"INTERMEDIATE\",\"tolerance\":null,\"assets\":[\"BTC-USD\",\"005930\"]}")
public record ProfileEdit(@Schema(allowableValues = {
		"BEGINNER", "INTERMEDIATE", "EXPERT" }, nullable = true) @Nullable String experience,
		@Schema(allowableValues = { "LOW", "MEDIUM", "HIGH" }, nullable = true) @Nullable String tolerance,
		@Schema(nullable = true) @Nullable List<String> assets){
}
