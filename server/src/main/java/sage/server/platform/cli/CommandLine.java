package sage.server.platform.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * The command Sage was started for, with its arguments and the real standard output (logs
 * are sent to standard error while a command runs, so {@code --json} output stays clean).
 *
 * @param name the command, e.g. {@code backtest}
 * @param args the arguments after it
 * @param out the process's standard output
 */
public record CommandLine(String name, List<String> args, PrintStream out) {

	public CommandLine {
		args = List.copyOf(args);
	}

}
