package sage.server.identity.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.server.identity.IdentityProperties;
import sage.server.platform.InvalidSettingException;

/**
 * Where the keys come from: {@code sage.identity.keys.*} when configured (several nodes
 * must share them), otherwise a key file in the data directory, created with owner-only
 * permissions on the first start, so that {@code ./sage serve} works with no
 * configuration. Key values are never logged.
 *
 * <p>
 * The file holds the secrets vault's key-encryption keys too ({@code vault.*}); a file
 * written before the vault existed gets them appended on the next start.
 *
 * @param cipher encrypts personal data
 * @param blindIndex indexes emails
 * @param vault the key-encryption keys that wrap the vault's data keys
 */
public record IdentityKeys(PiiCipher cipher, BlindIndex blindIndex, KeyRing vault) {

	/** The key file's name in the data directory. */
	public static final String KEY_FILE = "identity-keys.properties";

	private static final Logger log = LoggerFactory.getLogger(IdentityKeys.class);

	/** Keys from configuration when given, else from (or into) the data directory. */
	public static IdentityKeys load(IdentityProperties.Keys configured, Path dataDir, SecureRandom random) {
		if (configured.isConfigured()) {
			return fromConfiguration(configured, random);
		}
		return fromFile(dataDir.resolve(KEY_FILE), random);
	}

	static IdentityKeys fromConfiguration(IdentityProperties.Keys configured, SecureRandom random) {
		if (configured.pii().keys().isEmpty()) {
			throw new InvalidSettingException("sage.identity.keys.pii.keys", null,
					"must hold at least one key (base64 of 32 bytes) when sage.identity.keys.blind-index-key is set");
		}
		String active = configured.pii().active();
		if (active == null || !configured.pii().keys().containsKey(active)) {
			throw new InvalidSettingException("sage.identity.keys.pii.active", active,
					"must name one of the keys under sage.identity.keys.pii.keys " + configured.pii().keys().keySet());
		}
		if (configured.blindIndexKey() == null) {
			throw new InvalidSettingException("sage.identity.keys.blind-index-key", null,
					"must be set (base64 of 32 random bytes) when PII keys are configured");
		}
		if (configured.vault().keys().isEmpty()) {
			throw new InvalidSettingException("sage.identity.keys.vault.keys", null,
					"must hold at least one key (base64 of 32 bytes) when the other identity keys are configured");
		}
		String vaultActive = configured.vault().active();
		if (vaultActive == null || !configured.vault().keys().containsKey(vaultActive)) {
			throw new InvalidSettingException("sage.identity.keys.vault.active", vaultActive,
					"must name one of the keys under sage.identity.keys.vault.keys "
							+ configured.vault().keys().keySet());
		}
		Map<String, byte[]> keys = new LinkedHashMap<>();
		configured.pii()
			.keys()
			.forEach((id, value) -> keys.put(id, decode("sage.identity.keys.pii.keys." + id, value)));
		Map<String, byte[]> vault = new LinkedHashMap<>();
		configured.vault()
			.keys()
			.forEach((id, value) -> vault.put(id, decode("sage.identity.keys.vault.keys." + id, value)));
		return build(active, keys, decode("sage.identity.keys.blind-index-key", configured.blindIndexKey()),
				ring("sage.identity.keys.vault", vaultActive, vault), random);
	}

	static IdentityKeys fromFile(Path file, SecureRandom random) {
		try {
			if (!Files.exists(file)) {
				create(file, random);
			}
			Properties properties = read(file);
			if (properties.getProperty("vault.active") == null) {
				addVaultKey(file, random);
				properties = read(file);
			}
			String active = properties.getProperty("pii.active");
			Map<String, byte[]> keys = new LinkedHashMap<>();
			for (String name : properties.stringPropertyNames()) {
				if (name.startsWith("pii.keys.")) {
					keys.put(name.substring("pii.keys.".length()),
							decode(file + " " + name, properties.getProperty(name)));
				}
			}
			String blind = properties.getProperty("blind-index-key");
			if (active == null || blind == null || keys.isEmpty()) {
				throw new InvalidSettingException("sage.identity.keys", file.toString(),
						"key file lacks pii.active, pii.keys.* or blind-index-key; restore it from a backup");
			}
			String vaultActive = properties.getProperty("vault.active");
			Map<String, byte[]> vault = new LinkedHashMap<>();
			for (String name : properties.stringPropertyNames()) {
				if (name.startsWith("vault.keys.")) {
					vault.put(name.substring("vault.keys.".length()),
							decode(file + " " + name, properties.getProperty(name)));
				}
			}
			return build(active, keys, decode(file + " blind-index-key", blind),
					ring(file + " vault.*", vaultActive, vault), random);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the identity key file " + file, ex);
		}
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			properties.load(reader);
		}
		return properties;
	}

	/** A file from before the vault: append its key-encryption key once. */
	private static void addVaultKey(Path file, SecureRandom random) throws IOException {
		Files.writeString(file, vaultLines(random), StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
		log.info("Added the secrets vault key to {}.", file);
	}

	private static String vaultLines(SecureRandom random) {
		return "# The secrets vault's key-encryption keys. To rotate: add vault.keys.v2, set vault.active=v2 and\n"
				+ "# restart; stored secrets are re-wrapped at start, after which vault.keys.v1 may be removed.\n"
				+ "vault.active=v1\n" + "vault.keys.v1=" + newKey(random) + "\n";
	}

	private static void create(Path file, SecureRandom random) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the data directory's own ACL applies
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException ex) {
			// another process created it first: read theirs
			return;
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
			writer.write("# Sage identity keys. Back this file up with the database: without it, stored emails and\n");
			writer.write("# names cannot be read and nobody can sign in. Never share it.\n");
			writer.write("pii.active=k1\n");
			writer.write("pii.keys.k1=" + newKey(random) + "\n");
			writer.write("blind-index-key=" + newKey(random) + "\n");
			writer.write(vaultLines(random));
		}
		log.info("Created identity keys in {} (owner-only). Back it up together with the database.", file);
	}

	private static String newKey(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static byte[] decode(String where, String value) {
		try {
			byte[] key = Base64.getDecoder().decode(value.strip());
			if (key.length != 32) {
				throw new InvalidSettingException(where, "(secret)", "must be base64 of exactly 32 bytes");
			}
			return key;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSettingException(where, "(secret)", "must be base64 of exactly 32 bytes");
		}
	}

	private static KeyRing ring(String where, @Nullable String active, Map<String, byte[]> keys) {
		if (active == null || !keys.containsKey(active)) {
			throw new InvalidSettingException(where, active, "the active vault key must be one of the vault keys");
		}
		return new KeyRing(active, keys);
	}

	private static IdentityKeys build(String active, Map<String, byte[]> keys, byte[] blind, KeyRing vault,
			SecureRandom random) {
		return new IdentityKeys(new PiiCipher(active, keys, random), new BlindIndex(blind), vault);
	}

}
