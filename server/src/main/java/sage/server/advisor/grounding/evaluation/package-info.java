/**
 * The grounding evaluation: a bundled set of questions in English and Korean
 * ({@link sage.server.advisor.grounding.evaluation.EvaluationSet}), a writer that answers
 * them from the facts and sometimes invents numbers
 * ({@link sage.server.advisor.grounding.evaluation.InventingWriter}, a stand-in for a
 * language model that makes things up), and the run that measures how many unsupported
 * numbers still reach the user after grounding
 * ({@link sage.server.advisor.grounding.evaluation.GroundingEvaluation}).
 */
@NullMarked
package sage.server.advisor.grounding.evaluation;

import org.jspecify.annotations.NullMarked;
