package sage.server.advisor.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import sage.server.advisor.OfflineAdvisor;
import sage.server.advisor.Profile;
import sage.server.advisor.grounding.evaluation.EvaluationReport;
import sage.server.advisor.grounding.evaluation.EvaluationSet;
import sage.server.advisor.grounding.evaluation.GroundingEvaluation;
import sage.server.advisor.grounding.evaluation.InventingWriter;
import sage.server.platform.cli.Command;

/**
 * {@code ./sage advisor eval}: the grounding evaluation. Each question of the bundled set
 * gets its facts from the offline advisor's analyst over the stored market data; a fake
 * language model ({@link InventingWriter}) writes an answer from them and, now and then,
 * invents numbers; the grounding checker cleans it. The last line gives the share of
 * numbers reaching the user that no fact supports.
 */
@Component
class AdvisorCommand implements Command {

	static final String USAGE = """
			usage: ./sage advisor eval [--seed N] [--invention-rate R] [--verbose]

			Runs the advisor's grounding evaluation on the bundled questions (English and Korean):
			a fake language model writes each answer from the facts the analyst gathers and
			invents numbers in some of them; the grounding checker removes what no fact supports.
			The last line is the rate of unsupported numbers that reach the user.

			  --seed N             the fake model's seed (default 42): the same seed, the same run
			  --invention-rate R   the share of answers with invented numbers, 0 to 1 (default 0.3)
			  --verbose            also print every question, its draft and its grounded answer
			Exit code: 0 when the rate is at most 1 %, 1 when above, 2 for bad arguments.
			""";

	/**
	 * The most unsupported numbers reaching the user, in percent, for the run to pass.
	 */
	static final BigDecimal TARGET = BigDecimal.ONE;

	private final OfflineAdvisor advisor;

	AdvisorCommand(OfflineAdvisor advisor) {
		this.advisor = advisor;
	}

	@Override
	public String name() {
		return "advisor";
	}

	@Override
	public String summary() {
		return "the advisor's grounding evaluation (eval)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.contains("--help") || args.contains("-h")) {
			out.print(USAGE);
			return 0;
		}
		if (args.isEmpty() || !args.get(0).equals("eval")) {
			err.print(USAGE);
			return 2;
		}
		long seed = 42;
		double rate = InventingWriter.DEFAULT_INVENTION_RATE;
		boolean verbose = false;
		try {
			for (int i = 1; i < args.size(); i++) {
				switch (args.get(i)) {
					case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
					case "--invention-rate" -> {
						rate = Double.parseDouble(value(args, ++i, "--invention-rate"));
						if (!(rate >= 0 && rate <= 1)) {
							throw new IllegalArgumentException("--invention-rate must be from 0 to 1");
						}
					}
					case "--verbose" -> verbose = true;
					default -> throw new IllegalArgumentException("unknown option " + args.get(i));
				}
			}
		}
		catch (NumberFormatException ex) {
			err.println("sage advisor: not a number: " + ex.getMessage());
			return 2;
		}
		catch (IllegalArgumentException ex) {
			err.println("sage advisor: " + ex.getMessage());
			err.print(USAGE);
			return 2;
		}
		GroundingEvaluation evaluation = new GroundingEvaluation(
				(question) -> this.advisor.answer(question.text(), Profile.UNKNOWN).facts(),
				new InventingWriter(seed, rate));
		EvaluationSet questions = EvaluationSet.bundled();
		if (verbose) {
			evaluation.transcript(questions).forEach(out::println);
		}
		EvaluationReport report = evaluation.run(questions);
		report.slips().forEach((slip) -> err.println("slip: " + slip));
		out.println("seed " + seed + ", invention rate " + rate + ", facts from the offline analyst over stored data");
		report.lines().forEach(out::println);
		return (report.unsupportedRate().compareTo(TARGET) <= 0) ? 0 : 1;
	}

	private static String value(List<String> args, int i, String option) {
		if (i >= args.size()) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args.get(i);
	}

}
