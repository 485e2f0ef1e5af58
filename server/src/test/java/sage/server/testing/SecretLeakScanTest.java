package sage.server.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The scan that fails the build when a test secret reached a log. */
class SecretLeakScanTest {

	@TempDir
	Path target;

	@Test
	void findsASecretInAnyCapturedFileWithFileAndLine() throws Exception {
		String secret = TestSecrets.newSecret();
		Path failsafe = Files.createDirectories(this.target.resolve("failsafe-reports"));
		String logged = "12:00:02 DEBUG body={\"value\":\"" + secret + "\"}";
		Files.writeString(failsafe.resolve("sage.server.identity.SecretsIT-output.txt"),
				"12:00:01 INFO started\n" + logged + "\n");
		int column = logged.indexOf(secret) + 1;
		Path itRun = Files.createDirectories(this.target.resolve("it-run/20250101/node-a"));
		Files.writeString(itRun.resolve("sage.log"), "password " + secret.toUpperCase(java.util.Locale.ROOT) + "\n");

		SecretLeakScan.Report report = SecretLeakScan.scan(List.of(failsafe, this.target.resolve("it-run")));
		assertThat(report.files()).isEqualTo(2);
		assertThat(report.hits()).containsExactly(
				failsafe.resolve("sage.server.identity.SecretsIT-output.txt") + ":2:" + column,
				itRun.resolve("sage.log") + ":1:10");
		assertThatIllegalStateException()
			.isThrownBy(() -> SecretLeakScan
				.main(new String[] { failsafe.toString(), this.target.resolve("missing").toString() }))
			.withMessageContaining("SecretsIT-output.txt:2:" + column)
			.withMessageNotContaining(secret.substring(TestSecrets.MARKER.length()));
	}

	@Test
	void cleanOutputTheBareMarkerAndBinaryFilesPass() throws Exception {
		Path surefire = Files.createDirectories(this.target.resolve("surefire-reports"));
		Files.writeString(surefire.resolve("TestSecrets-output.txt"),
				"every test secret starts with " + TestSecrets.MARKER + "\nlast4=x9qz\n");
		Files.write(surefire.resolve("sage.mv.db"), TestSecrets.newSecret().getBytes());
		SecretLeakScan.Report report = SecretLeakScan.scan(List.of(surefire));
		assertThat(report.files()).isEqualTo(1);
		assertThat(report.hits()).isEmpty();
		SecretLeakScan.main(new String[] { surefire.toString() });
	}

	@Test
	void testSecretsCarryTheMarkerAndDiffer() {
		assertThat(TestSecrets.newSecret()).startsWith(TestSecrets.MARKER)
			.hasSize(TestSecrets.MARKER.length() + 24)
			.isNotEqualTo(TestSecrets.newSecret());
		assertThat(TestSecrets.LEAK.matcher(TestSecrets.newSecret()).find()).isTrue();
		assertThat(TestSecrets.LEAK.matcher(TestSecrets.newEmail()).find()).isTrue();
	}

}
