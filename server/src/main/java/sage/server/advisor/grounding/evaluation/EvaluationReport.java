package sage.server.advisor.grounding.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link GroundingEvaluation} measured.
 *
 * @param questions questions asked
 * @param answersWithInventions answers the writer put made-up numbers in
 * @param claimsWritten numbers, dates and times read in the answers as written
 * @param inventionsWritten made-up numbers written
 * @param inventionsCaught made-up numbers the checker found unsupported
 * @param falseRemovals true numbers the checker found unsupported
 * @param supportedKept supported claims in the answers the user gets
 * @param claimsReaching claims in the answers the user gets
 * @param unsupportedReaching unsupported claims in the answers the user gets, made-up
 * numbers that got through included
 * @param slips each made-up number missed and each true number found unsupported, for a
 * look at why
 */
public record EvaluationReport(int questions, int answersWithInventions, int claimsWritten, int inventionsWritten,
		int inventionsCaught, int falseRemovals, int supportedKept, int claimsReaching, int unsupportedReaching,
		List<Slip> slips) {

	public EvaluationReport {
		slips = List.copyOf(slips);
	}

	/**
	 * Unsupported numbers reaching the user as a percentage of all numbers reaching the
	 * user, to two decimals; zero when none reach the user.
	 */
	public BigDecimal unsupportedRate() {
		if (this.claimsReaching == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(this.unsupportedReaching)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(this.claimsReaching), 2, RoundingMode.HALF_UP);
	}

	/**
	 * A small table of the figures; the last line is the rate, as
	 * {@code unsupported numbers reaching the user: 0.00% (0 of 412)}.
	 */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(row("questions", this.questions));
		lines.add(row("answers with invented numbers", this.answersWithInventions));
		lines.add(row("numeric claims written", this.claimsWritten));
		lines.add(row("invented claims written", this.inventionsWritten));
		lines.add(row("invented claims caught", this.inventionsCaught));
		lines.add(row("false removals (true facts removed)", this.falseRemovals));
		lines.add(row("supported claims kept", this.supportedKept));
		lines.add(String.format(Locale.ROOT, "unsupported numbers reaching the user: %s%% (%d of %d)",
				unsupportedRate().toPlainString(), this.unsupportedReaching, this.claimsReaching));
		return lines;
	}

	private static String row(String label, int value) {
		return String.format(Locale.ROOT, "%-38s %6d", label, value);
	}

	/**
	 * A number the checker got wrong.
	 *
	 * @param questionId the question whose answer held it
	 * @param written the number as written
	 * @param what how it went wrong
	 */
	public record Slip(String questionId, String written, String what) {
	}

	/** Counts as they add up over the questions. */
	static final class Tally {

		int questions;

		int answersWithInventions;

		int claimsWritten;

		int inventionsWritten;

		int inventionsCaught;

		int falseRemovals;

		int supportedKept;

		int claimsReaching;

		int unsupportedReaching;

		final List<Slip> slips = new ArrayList<>();

		EvaluationReport report() {
			return new EvaluationReport(this.questions, this.answersWithInventions, this.claimsWritten,
					this.inventionsWritten, this.inventionsCaught, this.falseRemovals, this.supportedKept,
					this.claimsReaching, this.unsupportedReaching, this.slips);
		}

	}

}
