package sage.server.platform;

import org.jspecify.annotations.Nullable;

/**
 * A setting that is well-formed but cannot work, found after binding (a symbol that names
 * no instrument, say). Start-up stops with one line naming the key, the value and what is
 * allowed, like a setting that fails validation.
 */
public class InvalidSettingException extends RuntimeException {

	private final String key;

	private final @Nullable String value;

	private final String allowed;

	/**
	 * @param key the setting, e.g. {@code sage.market.replay.symbols}
	 * @param value the value as given, empty when it was not given
	 * @param allowed what is wrong and what would work, e.g. {@code names no instrument}
	 */
	public InvalidSettingException(String key, @Nullable String value, String allowed) {
		super(key + "=" + ((value != null) ? "'" + value + "'" : "(empty)") + " " + allowed);
		this.key = key;
		this.value = value;
		this.allowed = allowed;
	}

	/** The setting's key. */
	public String key() {
		return this.key;
	}

	/** The value as given. */
	public @Nullable String value() {
		return this.value;
	}

	/** What is wrong and what would work. */
	public String allowed() {
		return this.allowed;
	}

}
