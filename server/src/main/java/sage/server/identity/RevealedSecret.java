package sage.server.identity;

import java.util.UUID;

/**
 * A vault secret's value, for the module that uses it (to sign an exchange request, to
 * call an LLM). Never send it over HTTP and never log it: its string form hides the
 * value.
 *
 * @param id the secret's id
 * @param kind what it is for
 * @param value the plaintext
 */
public record RevealedSecret(UUID id, SecretKind kind, String value) {

	@Override
	public String toString() {
		return "RevealedSecret[id=" + this.id + ", kind=" + this.kind + ", value=******]";
	}

}
