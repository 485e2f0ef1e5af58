package sage.server.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an API key may do. Sessions are not limited by scope (their role is); API keys are
 * limited to their scopes. {@code trade} and {@code admin} each include {@code read}: a
 * key that may place orders or run the administration also reads what it acts on.
 */
public enum Scope {

	/** Market data, research (backtests, sweeps), the caller's own settings and lists. */
	READ,

	/** Orders and bots, once they exist. */
	TRADE,

	/** Administration: the audit log, role changes. Only for ADMIN accounts. */
	ADMIN;

	/** The lower-case name used on the wire, e.g. {@code read}. */
	@JsonValue
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The scope named {@code name} ({@code read}, {@code trade}, {@code admin}), if any.
	 */
	@JsonCreator
	public static Scope of(String name) {
		return parse(name).orElseThrow(() -> new IllegalArgumentException("unknown scope " + name));
	}

	/** The scope named {@code name}, case-insensitive. */
	public static Optional<Scope> parse(String name) {
		return Arrays.stream(values()).filter((scope) -> scope.wireName().equalsIgnoreCase(name.strip())).findFirst();
	}

	/**
	 * Whether a caller holding {@code granted} may use an endpoint that needs this scope.
	 */
	public boolean isGrantedBy(Collection<Scope> granted) {
		return granted.contains(this) || (this == READ && (granted.contains(TRADE) || granted.contains(ADMIN)));
	}

	/** The scopes as stored: wire names, comma-separated, in declaration order. */
	public static String join(Set<Scope> scopes) {
		return String.join(",", Arrays.stream(values()).filter(scopes::contains).map(Scope::wireName).toList());
	}

}
