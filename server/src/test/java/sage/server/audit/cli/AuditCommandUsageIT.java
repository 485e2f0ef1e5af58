package sage.server.audit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import sage.server.platform.cli.Command;
import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./sage audit} with no subcommand, and with {@code --help}: the command bean the
 * packaged jar runs, in the server's JVM (started once for many tests; a jar run costs a
 * start of its own).
 */
@OnEmbeddedDefaults
class AuditCommandUsageIT {

	@Autowired
	List<Command> commands;

	@Test
	void badArgumentsExitWithTwoAndHelpSaysTheExitStatuses() {
		Command audit = this.commands.stream().filter((c) -> c.name().equals("audit")).findFirst().orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		assertThat(audit.run(List.of(), print(out), print(err))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected 'verify'", "Usage: ./sage audit verify");
		assertThat(audit.run(List.of("--help"), print(out), print(err))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exit status: 0 intact, 1 broken");
	}

	private static PrintStream print(ByteArrayOutputStream to) {
		return new PrintStream(to, true, StandardCharsets.UTF_8);
	}

}
