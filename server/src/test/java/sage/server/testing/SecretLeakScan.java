package sage.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Searches what the test run captured for {@link TestSecrets}: the surefire and failsafe
 * output files (each test class's stdout and stderr, so every log line of the servers the
 * ITs start), the browser tests' server log and any log under the ITs' data directories.
 * Run by Maven in the {@code verify} phase, after all tests; a hit fails the build with
 * the file and line, never the secret itself (the build log must not leak it either).
 *
 * <p>
 * Files are read as ISO-8859-1 so that no byte sequence stops the scan; the marker is
 * ASCII and is found whatever the file's real encoding.
 */
public final class SecretLeakScan {

	/** The kinds of file that hold captured text. */
	static final Set<String> TEXT = Set.of("txt", "log", "xml", "json", "out", "dump", "dumpstream", "html");

	private SecretLeakScan() {
	}

	/**
	 * Scans each directory given (missing ones are skipped).
	 * @throws IllegalStateException listing every hit, if there is one
	 */
	public static void main(String[] args) {
		List<Path> roots = Stream.of(args).map(Path::of).toList();
		Report report = scan(roots);
		System.out.println("Secret leak scan: " + report.files() + " captured files in " + roots + ", "
				+ report.hits().size() + " hits");
		if (!report.hits().isEmpty()) {
			throw new IllegalStateException("Test secrets (" + TestSecrets.MARKER + "...) appear in captured output "
					+ "at:\n  " + String.join("\n  ", report.hits())
					+ "\nSomething logged a secret, a password or an email. Find the log call at that line and remove "
					+ "the value from it (mvn clean removes the files of old runs).");
		}
	}

	/** Every hit under {@code roots}, as {@code file:line:column}. */
	static Report scan(List<Path> roots) {
		List<String> hits = new ArrayList<>();
		int files = 0;
		for (Path root : roots) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			List<Path> captured;
			try (Stream<Path> walk = Files.walk(root)) {
				captured = walk.filter(Files::isRegularFile).filter(SecretLeakScan::isText).sorted().toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + root, ex);
			}
			for (Path file : captured) {
				files++;
				scanFile(file, hits);
			}
		}
		return new Report(files, hits);
	}

	private static void scanFile(Path file, List<String> hits) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				Matcher matcher = TestSecrets.LEAK.matcher(line);
				while (matcher.find()) {
					hits.add(file + ":" + number + ":" + (matcher.start() + 1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * @param files how many files were read
	 * @param hits where a secret was found, as {@code file:line:column}
	 */
	record Report(int files, List<String> hits) {
	}

}
