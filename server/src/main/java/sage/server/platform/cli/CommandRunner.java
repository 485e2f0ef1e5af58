package sage.server.platform.cli;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the command Sage was started for, after every other start-up runner (the bundled
 * data import among them), and keeps its exit code for the process.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final @Nullable CommandLine commandLine;

	private final List<Command> commands;

	private int exitCode;

	CommandRunner(ObjectProvider<CommandLine> commandLine, List<Command> commands) {
		this.commandLine = commandLine.getIfAvailable();
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.commandLine == null) {
			return;
		}
		Command command = this.commands.stream()
			.filter((c) -> c.name().equals(this.commandLine.name()))
			.findFirst()
			.orElse(null);
		if (command == null) {
			System.err.println("sage: unknown command '" + this.commandLine.name() + "'. Commands: "
					+ String.join(", ", this.commands.stream().map(Command::name).toList()));
			this.exitCode = 2;
			return;
		}
		this.exitCode = command.run(this.commandLine.args(), this.commandLine.out(), System.err);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
