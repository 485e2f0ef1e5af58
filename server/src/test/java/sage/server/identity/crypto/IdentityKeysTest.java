package sage.server.identity.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import sage.server.identity.IdentityProperties;
import sage.server.platform.InvalidSettingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class IdentityKeysTest {

	private static final IdentityProperties.Keys NONE = new IdentityProperties.Keys(
			new IdentityProperties.Pii(null, Map.of()), null, new IdentityProperties.Vault(null, Map.of()));

	private static final IdentityProperties.Vault VAULT = new IdentityProperties.Vault("v1",
			Map.of("v1", Base64.getEncoder().encodeToString(PiiCipherTest.key(5))));

	@TempDir
	Path dataDir;

	@Test
	void withoutConfigurationKeysAreCreatedOwnerOnlyAndOnlyThatIsLogged(CapturedOutput output) throws Exception {
		IdentityKeys first = IdentityKeys.load(NONE, this.dataDir, new SecureRandom());
		Path file = this.dataDir.resolve(IdentityKeys.KEY_FILE);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String content = Files.readString(file);
		String key = content.lines().filter((l) -> l.startsWith("pii.keys.k1=")).findFirst().orElseThrow();
		assertThat(output).contains("Created identity keys in").doesNotContain(key.substring("pii.keys.k1=".length()));
		// the second start reads the same keys
		IdentityKeys second = IdentityKeys.load(NONE, this.dataDir, new SecureRandom());
		assertThat(second.cipher().decrypt(first.cipher().encrypt("jane", "ctx"), "ctx")).isEqualTo("jane");
		assertThat(second.blindIndex().of("x")).isEqualTo(first.blindIndex().of("x"));
	}

	@Test
	void configuredKeysWinOverTheFile() {
		String k1 = Base64.getEncoder().encodeToString(PiiCipherTest.key(1));
		String blind = Base64.getEncoder().encodeToString(PiiCipherTest.key(3));
		IdentityKeys keys = IdentityKeys.load(
				new IdentityProperties.Keys(new IdentityProperties.Pii("k1", Map.of("k1", k1)), blind, VAULT),
				this.dataDir, new SecureRandom());
		assertThat(keys.cipher().activeKeyId()).isEqualTo("k1");
		assertThat(this.dataDir.resolve(IdentityKeys.KEY_FILE)).doesNotExist();
	}

	@Test
	void aConfiguredKeyOfTheWrongSizeStopsStartWithoutShowingIt() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		String blind = Base64.getEncoder().encodeToString(PiiCipherTest.key(3));
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> IdentityKeys.load(
					new IdentityProperties.Keys(new IdentityProperties.Pii("k1", Map.of("k1", shortKey)), blind, VAULT),
					this.dataDir, new SecureRandom()))
			.withMessageContaining("sage.identity.keys.pii.keys.k1")
			.withMessageNotContaining(shortKey);
	}

	@Test
	void theActiveKeyMustBeOneOfTheKeys() {
		String k1 = Base64.getEncoder().encodeToString(PiiCipherTest.key(1));
		String blind = Base64.getEncoder().encodeToString(PiiCipherTest.key(3));
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> IdentityKeys.load(
				new IdentityProperties.Keys(new IdentityProperties.Pii("k2", Map.of("k1", k1)), blind, VAULT),
				this.dataDir, new SecureRandom()))
			.withMessageContaining("sage.identity.keys.pii.active");
	}

	@Test
	void theKeyFileHoldsAVaultKeyAndAnOlderFileGetsOneAppended(CapturedOutput output) throws Exception {
		IdentityKeys created = IdentityKeys.load(NONE, this.dataDir, new SecureRandom());
		assertThat(created.vault().activeId()).isEqualTo("v1");
		Path file = this.dataDir.resolve(IdentityKeys.KEY_FILE);
		String withoutVault = Files.readString(file)
			.lines()
			.filter((line) -> !line.startsWith("vault.") && !line.startsWith("# The secrets vault")
					&& !line.startsWith("# restart"))
			.collect(java.util.stream.Collectors.joining("\n", "", "\n"));
		Files.writeString(file, withoutVault);
		IdentityKeys upgraded = IdentityKeys.load(NONE, this.dataDir, new SecureRandom());
		assertThat(upgraded.vault().activeId()).isEqualTo("v1");
		assertThat(upgraded.cipher().decrypt(created.cipher().encrypt("jane", "ctx"), "ctx")).as("PII keys kept")
			.isEqualTo("jane");
		String vaultKey = Files.readString(file)
			.lines()
			.filter((line) -> line.startsWith("vault.keys.v1="))
			.findFirst()
			.orElseThrow();
		assertThat(output).contains("Added the secrets vault key to")
			.doesNotContain(vaultKey.substring("vault.keys.v1=".length()));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void configuredKeysNeedAVaultKey() {
		String k1 = Base64.getEncoder().encodeToString(PiiCipherTest.key(1));
		String blind = Base64.getEncoder().encodeToString(PiiCipherTest.key(3));
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> IdentityKeys
				.load(new IdentityProperties.Keys(new IdentityProperties.Pii("k1", Map.of("k1", k1)), blind,
						new IdentityProperties.Vault(null, Map.of())), this.dataDir, new SecureRandom()))
			.withMessageContaining("sage.identity.keys.vault.keys");
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(
					() -> IdentityKeys.load(
							new IdentityProperties.Keys(new IdentityProperties.Pii("k1", Map.of("k1", k1)), blind,
									new IdentityProperties.Vault("v2", VAULT.keys())),
							this.dataDir, new SecureRandom()))
			.withMessageContaining("sage.identity.keys.vault.active");
	}

}
