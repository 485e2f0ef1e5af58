package sage.server.platform.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Something {@code ./sage <name> ...} does besides serving, e.g. {@code backtest}. A
 * module offers one as a bean; the platform runs it in a Sage without a web server.
 */
public interface Command {

	/** The word after {@code ./sage}. */
	String name();

	/** One line for {@code ./sage --help}. */
	String summary();

	/**
	 * Runs with the arguments after the name.
	 * @param out where the result goes (a table, JSON)
	 * @param err where messages for the person go
	 * @return the exit code: 0 done, 2 bad arguments, 1 anything else
	 */
	int run(List<String> args, PrintStream out, PrintStream err);

}
