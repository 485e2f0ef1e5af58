package sage.server.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sage.server.identity.vault.Envelope;
import sage.server.identity.vault.Sealed;
import sage.server.identity.vault.SecretStore;
import sage.server.identity.vault.StoredSecret;
import sage.server.platform.ProblemException;

/**
 * The secrets vault: exchange API keys, LLM keys and channel tokens, owned by a user and
 * stored with envelope encryption (a random data key per secret, wrapped by the vault's
 * key-encryption key). A value goes in once and comes out only through {@link #reveal},
 * for the module that uses it; owners see {@link MaskedSecret}s. A secret of another user
 * answers {@code secret-not-found}, as if it did not exist.
 *
 * <p>
 * No log line and no exception message holds a value.
 */
@Service
@Transactional
public class SecretVault {

	/** The most secrets one user may store. */
	public static final int MAX_SECRETS = 100;

	/** The longest value accepted (a PEM private key fits). */
	public static final int MAX_LENGTH = 8192;

	/** The shortest value accepted. */
	public static final int MIN_LENGTH = 8;

	/**
	 * Values shorter than this show no last four characters: four would be too much of
	 * them.
	 */
	public static final int MIN_LENGTH_FOR_LAST4 = 16;

	private static final int REWRAP_BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(SecretVault.class);

	private final SecretStore store;

	private final Envelope envelope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public SecretVault(SecretStore store, Envelope envelope, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.envelope = envelope;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a secret for {@code owner}. Surrounding whitespace of the value is dropped
	 * (pasted keys often end in a newline).
	 * @return the owner's view of it
	 * @throws ProblemException {@code invalid-request} for a bad label or value,
	 * {@code secret-limit} when the owner has {@value #MAX_SECRETS} secrets
	 */
	public MaskedSecret store(UUID owner, SecretKind kind, String label, String value) {
		String checkedLabel = checkLabel(label);
		String checkedValue = checkValue(value);
		if (this.store.count(owner) >= MAX_SECRETS) {
			throw new ProblemException(IdentityProblems.SECRET_LIMIT,
					"You have " + MAX_SECRETS + " secrets, the most allowed; delete one first.");
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Sealed sealed = this.envelope.seal(checkedValue, StoredSecret.context(id, owner, kind));
		StoredSecret secret = new StoredSecret(id, owner, kind, checkedLabel, last4(checkedValue), sealed, now, null);
		this.store.insert(secret);
		this.events.publishEvent(new AccountEvent.SecretStored(owner, id, kind, now));
		return secret.masked();
	}

	/** The owner's secrets, oldest first, without their values. */
	@Transactional(readOnly = true)
	public List<MaskedSecret> list(UUID owner) {
		return this.store.all(owner).stream().map(StoredSecret::masked).toList();
	}

	/**
	 * One of the owner's secrets, without its value.
	 * @throws ProblemException {@code secret-not-found}, also for another user's secret
	 */
	@Transactional(readOnly = true)
	public MaskedSecret get(UUID owner, UUID id) {
		return find(owner, id).masked();
	}

	/**
	 * The value, for the module about to use it; records when it was used. Never expose
	 * it over HTTP or in a log.
	 * @throws ProblemException {@code secret-not-found}, also for another user's secret
	 */
	public RevealedSecret reveal(UUID owner, UUID id) {
		StoredSecret secret = find(owner, id);
		String value = this.envelope.open(secret.sealed(), secret.context());
		this.store.markUsed(id, this.clock.instant());
		return new RevealedSecret(id, secret.kind(), value);
	}

	/**
	 * Deletes one of the owner's secrets with its data key.
	 * @throws ProblemException {@code secret-not-found}, also for another user's secret
	 */
	public void delete(UUID owner, UUID id) {
		if (!this.store.delete(owner, id)) {
			throw notFound(id);
		}
		this.events.publishEvent(new AccountEvent.SecretDeleted(owner, id, this.clock.instant()));
	}

	/**
	 * Re-wraps every data key not yet under the active key-encryption key (after a
	 * rotation); the values' ciphertexts stay as they are.
	 * @return how many data keys were re-wrapped
	 */
	public int rewrap() {
		String active = this.envelope.activeKekId();
		int rewrapped = 0;
		Set<UUID> seen = new HashSet<>();
		List<StoredSecret> batch = this.store.wrappedByOtherThan(active, REWRAP_BATCH);
		while (!batch.isEmpty() && seen.addAll(batch.stream().map(StoredSecret::id).toList())) {
			for (StoredSecret secret : batch) {
				try {
					Sealed sealed = this.envelope.rewrap(secret.sealed(), secret.context());
					if (this.store.rewrap(secret.id(), secret.sealed().kekId(), sealed)) {
						rewrapped++;
					}
				}
				catch (IllegalArgumentException ex) {
					// its KEK was removed or the row was altered: it stays unreadable,
					// the rest goes on
					log.warn("Vault secret {} cannot be re-wrapped: {}", secret.id(), ex.getMessage());
				}
			}
			batch = this.store.wrappedByOtherThan(active, REWRAP_BATCH);
		}
		return rewrapped;
	}

	/** The id of the key-encryption key that wraps new data keys. */
	public String activeKekId() {
		return this.envelope.activeKekId();
	}

	private StoredSecret find(UUID owner, UUID id) {
		return this.store.find(owner, id).orElseThrow(() -> notFound(id));
	}

	private static ProblemException notFound(UUID id) {
		return new ProblemException(IdentityProblems.SECRET_NOT_FOUND, "You have no secret with the id '" + id + "'.");
	}

	private static String checkLabel(String label) {
		String stripped = (label != null) ? label.strip() : "";
		if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > 64
				|| stripped.codePoints().anyMatch(Character::isISOControl)) {
			throw ProblemException.invalidField("label", "must be 1-64 characters without control characters");
		}
		return stripped;
	}

	/** Checks the value; the problem never quotes it. */
	private static String checkValue(String value) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.length() < MIN_LENGTH || stripped.length() > MAX_LENGTH) {
			throw ProblemException.invalidField("value", "must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters");
		}
		return stripped;
	}

	private static @Nullable String last4(String value) {
		return (value.length() >= MIN_LENGTH_FOR_LAST4) ? value.substring(value.length() - 4) : null;
	}

}
