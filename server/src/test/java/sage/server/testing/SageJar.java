package sage.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command of the packaged jar ({@code target/sage.jar}, built before the
 * integration tests) as {@code ./sage COMMAND ...} does, on a data directory of the
 * test's own.
 */
public final class SageJar {

	private SageJar() {
	}

	/**
	 * Runs {@code args[0]} with the rest of {@code args}, on {@code dir/data}; its output
	 * is kept in {@code dir}.
	 */
	public static Result run(Path dir, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/sage.jar"));
		command.add(args[0]);
		command.add("--sage.data-dir=" + dir.resolve("data"));
		command.addAll(List.of(args).subList(1, args.length));
		Path out = dir.resolve("stdout.txt");
		Path err = dir.resolve("stderr.txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("sage " + String.join(" ", args) + " did not finish in 120 s");
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/** How a command ended and what it printed. */
	public record Result(int exitCode, String out, String err) {
	}

}
