package sage.server.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged server ({@code target/sage.jar}) as its own process on a free port, for
 * tests that kill it with SIGKILL and start it again on the same data directory. Its
 * output goes to {@code server.log} in the test's directory, appended across starts.
 */
public final class SageProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Path dir;

	private final int port = freePort();

	private Process process;

	/** A server to run in {@code dir}, its data in {@code dir/data}; not started. */
	public SageProcess(Path dir) {
		this.dir = dir;
	}

	/** The port it listens on, the same on every start. */
	public int port() {
		return this.port;
	}

	/** Its log, every start's output one after the other. */
	public Path log() {
		return this.dir.resolve("server.log");
	}

	/**
	 * Starts the jar with {@code args} (besides port and data directory, and rate limits
	 * off) and waits for readiness.
	 * @return the milliseconds from process start to {@code /actuator/health/readiness}
	 * UP
	 */
	public long start(String... args) throws Exception {
		long started = System.nanoTime();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/sage.jar",
						"--server.port=" + this.port, "--sage.data-dir=" + this.dir.resolve("data"),
						"--sage.rate-limits.enabled=false"));
		command.addAll(List.of(args));
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> ready = HTTP.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (ready.statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - started).toMillis();
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the server exited; see " + log());
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the server was not ready in 120 s");
	}

	/**
	 * Kills the process with SIGKILL and waits for it to be gone; nothing if not running.
	 */
	public void kill() throws InterruptedException {
		if (this.process != null) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
