package sage.server.identity.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

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
 * @param cipher encrypts personal data
 * @param blindIndex indexes emails
 */
public record IdentityKeys(PiiCipher cipher, BlindIndex blindIndex) {

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
		Map<String, byte[]> keys = new LinkedHashMap<>();
		configured.pii()
			.keys()
			.forEach((id, value) -> keys.put(id, decode("sage.identity.keys.pii.keys." + id, value)));
		return build(active, keys, decode("sage.identity.keys.blind-index-key", configured.blindIndexKey()), random);
	}

	static IdentityKeys fromFile(Path file, SecureRandom random) {
		try {
			if (!Files.exists(file)) {
				create(file, random);
			}
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
				properties.load(reader);
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
			return build(active, keys, decode(file + " blind-index-key", blind), random);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the identity key file " + file, ex);
		}
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

	private static IdentityKeys build(String active, Map<String, byte[]> keys, byte[] blind, SecureRandom random) {
		return new IdentityKeys(new PiiCipher(active, keys, random), new BlindIndex(blind));
	}

}
