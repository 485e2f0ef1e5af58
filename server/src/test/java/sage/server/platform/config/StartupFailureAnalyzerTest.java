package sage.server.platform.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import sage.server.SageApplication;
import sage.server.platform.InvalidSettingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A bad setting stops start-up before anything is touched, with one line that names the
 * key, the value and what is allowed.
 */
class StartupFailureAnalyzerTest {

	@TempDir
	Path dataDir;

	@Test
	void explainsAValueOfTheWrongKind() {
		assertThat(startWith("--sage.http.max-request-size=5XB").getDescription())
			.isEqualTo("Invalid setting: sage.http.max-request-size='5XB' is not a size such as 512KB or 1MB");
		assertThat(startWith("--sage.log-format=yaml").getDescription())
			.isEqualTo("Invalid setting: sage.log-format='yaml' is not one of text, json");
	}

	@Test
	void explainsAValueOutOfRange() {
		FailureAnalysis analysis = startWith("--sage.http.max-request-size=100MB");
		assertThat(analysis.getDescription()).isEqualTo(
				"Invalid setting: sage.http.max-request-size='100MB' must be a size between 1KB and 64MB, such as 512KB or 1MB");
		assertThat(analysis.getAction()).contains("SAGE_HTTP_MAXREQUESTSIZE");
		assertThat(analysis.getDescription()).doesNotContain("\n");
	}

	@Test
	void explainsABadDatabaseUrlWithoutEchoingCredentials() {
		assertThat(startWith("--sage.db.url=mysql://db/sage").getDescription()).isEqualTo(
				"Invalid setting: sage.db.url='mysql://db/sage' must be a JDBC URL starting with jdbc:postgresql: (or jdbc:h2:)");
		FailureAnalysis redis = startWith("--sage.redis.url=http://admin:hunter2@cache:6379");
		assertThat(redis.getDescription()).contains("sage.redis.url='http://******@cache:6379'")
			.doesNotContain("hunter2");
	}

	@Test
	void explainsADataDirectoryThatCannotBeWritten() throws IOException {
		Path file = Files.writeString(this.dataDir.resolve("a-file"), "not a directory");
		FailureAnalysis analysis = analyze(catchThrowable(() -> run("--sage.data-dir=" + file.resolve("data"))));
		assertThat(analysis.getDescription()).startsWith("Sage cannot write its data directory");
		assertThat(analysis.getAction()).contains("--data-dir");
	}

	@Test
	void explainsABadReplaySpeed() {
		FailureAnalysis analysis = startWith("--sage.market.replay.speed=0");
		assertThat(analysis.getDescription())
			.isEqualTo("Invalid setting: sage.market.replay.speed='0' must be between 0.001 and 10000 bars per second");
		assertThat(analysis.getAction()).contains("SAGE_MARKET_REPLAY_SPEED");
	}

	@Test
	void explainsASettingThatCannotWorkInOneLine() {
		FailureAnalysis analysis = analyze(new IllegalStateException("runner failed", new InvalidSettingException(
				"sage.market.replay.symbols", "NOPE", "names NOPE, which is no instrument")));
		assertThat(analysis.getDescription())
			.isEqualTo("Invalid setting: sage.market.replay.symbols='NOPE' names NOPE, which is no instrument");
		assertThat(analysis.getAction()).contains("SAGE_MARKET_REPLAY_SYMBOLS");
	}

	@Test
	void leavesOtherFailuresToSpring() {
		assertThat(new StartupFailureAnalyzer().analyze(new IllegalStateException("something else"))).isNull();
	}

	private FailureAnalysis startWith(String argument) {
		Throwable failure = catchThrowable(() -> run("--sage.data-dir=" + this.dataDir, argument));
		return analyze(failure);
	}

	private static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).as("start-up should fail").isNotNull();
		FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis;
	}

	private static void run(String... args) {
		new SpringApplicationBuilder(SageApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(args)
			.close();
	}

}
