/**
 * Grounding: every number, date and time an answer states is read out of its text
 * ({@link sage.server.advisor.grounding.NumericClaims}) and matched to the fact sheet the
 * answer was written from ({@link sage.server.advisor.grounding.GroundingChecker}). A
 * number the sheet holds becomes a citation the UI shows; any other is removed or marked
 * before the answer reaches the user.
 *
 * <p>
 * The evaluation that measures how many unsupported numbers still get through lives in
 * {@code grounding.evaluation}.
 */
@NullMarked
package sage.server.advisor.grounding;

import org.jspecify.annotations.NullMarked;
