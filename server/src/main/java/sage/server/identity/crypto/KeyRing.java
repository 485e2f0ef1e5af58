package sage.server.identity.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 keys by key id, one of them active. New values are encrypted with the active
 * key and carry its id; the others stay to read what they wrote until nothing needs them,
 * which is how keys rotate. Its string form names the ids only, never key material.
 */
public final class KeyRing {

	/** What a key id may look like: short, and never containing a separator. */
	public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private final String activeId;

	private final Map<String, SecretKey> keys;

	/**
	 * @param activeId the key that encrypts new values
	 * @param keys every key by id, each 32 bytes
	 * @throws IllegalArgumentException for a malformed id, a key of the wrong size, or an
	 * active id that is not among the keys
	 */
	public KeyRing(String activeId, Map<String, byte[]> keys) {
		Map<String, SecretKey> checked = new LinkedHashMap<>();
		keys.forEach((id, key) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalArgumentException("key id must be 1-16 letters, digits, '-' or '_': " + id);
			}
			if (key.length != 32) {
				throw new IllegalArgumentException("key " + id + " must be 32 bytes (AES-256), not " + key.length);
			}
			checked.put(id, new SecretKeySpec(key, "AES"));
		});
		if (!checked.containsKey(activeId)) {
			throw new IllegalArgumentException("the active key " + activeId + " is not among the keys");
		}
		this.activeId = activeId;
		this.keys = Map.copyOf(checked);
	}

	/** The id of the key that encrypts new values. */
	public String activeId() {
		return this.activeId;
	}

	/** The key that encrypts new values. */
	public SecretKey active() {
		return this.keys.get(this.activeId);
	}

	/** The key with this id, if the ring holds it. */
	public Optional<SecretKey> find(String id) {
		return Optional.ofNullable(this.keys.get(id));
	}

	/** The ids of every key in the ring. */
	public Set<String> ids() {
		return new TreeSet<>(this.keys.keySet());
	}

	@Override
	public String toString() {
		return "KeyRing[active=" + this.activeId + ", keys=" + ids() + "]";
	}

}
