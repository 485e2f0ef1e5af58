package sage.server.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords that are refused because attackers try them first: the 49,233 most common
 * passwords of leaked sets, bundled as {@code identity/common-passwords.txt} (MIT, see
 * its PROVENANCE.md). Compared case-insensitively.
 */
public final class CommonPasswords {

	/** The bundled list. */
	public static final String RESOURCE = "/identity/common-passwords.txt";

	private final Set<String> passwords;

	CommonPasswords(Set<String> passwords) {
		this.passwords = Set.copyOf(passwords);
	}

	/** Reads the bundled list. */
	public static CommonPasswords bundled() {
		try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the jar");
			}
			Set<String> passwords = new HashSet<>(65_536);
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isEmpty()) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
			return new CommonPasswords(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the password is on the list. */
	public boolean contains(String password) {
		return this.passwords.contains(password.toLowerCase(Locale.ROOT));
	}

	/** How many passwords the list holds. */
	public int size() {
		return this.passwords.size();
	}

}
