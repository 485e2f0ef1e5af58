package sage.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sage.server.identity.account.Account;
import sage.server.identity.account.AccountStore;
import sage.server.identity.apikey.ApiKeyStore;
import sage.server.identity.apikey.StoredApiKey;
import sage.server.platform.ProblemException;

/**
 * Personal API keys: {@code sage_<id>_<secret>}, the secret 256 random bits. The key is
 * shown once, at creation or rotation; only the SHA-256 of the secret is stored (a slow
 * password hash buys nothing against a random 256-bit secret and would cost every API
 * request). A key acts for its owner, limited to its scopes; another user's key answers
 * {@code api-key-not-found}, as if it did not exist.
 */
@Service
@Transactional
public class ApiKeys {

	/** The most keys one user may hold. */
	public static final int MAX_KEYS = 20;

	/** How long a key works when no expiry is asked for. */
	public static final int DEFAULT_DAYS = 90;

	/** The longest expiry that may be asked for. */
	public static final int MAX_DAYS = 365;

	/** What every key starts with, so that secret scanners and people recognise it. */
	public static final String PREFIX = "sage_";

	/** How often a key's last-used time is written at most. */
	static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

	private static final Pattern KEY = Pattern.compile("sage_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");

	private final ApiKeyStore store;

	private final AccountStore accounts;

	private final ApplicationEventPublisher events;

	private final SecureRandom random;

	private final Clock clock;

	public ApiKeys(ApiKeyStore store, AccountStore accounts, ApplicationEventPublisher events,
			SecureRandom identityRandom, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.events = events;
		this.random = identityRandom;
		this.clock = clock;
	}

	/**
	 * Creates a key for {@code user}.
	 * @param expiresInDays 1 to {@value #MAX_DAYS}; {@code null} for
	 * {@value #DEFAULT_DAYS}
	 * @throws ProblemException {@code invalid-request} for a bad name, scopes or expiry;
	 * {@code scope-not-allowed} for {@code admin} asked by a non-ADMIN;
	 * {@code api-key-limit} past {@value #MAX_KEYS} keys
	 */
	public IssuedApiKey create(SignedInUser user, String name, Set<Scope> scopes, @Nullable Integer expiresInDays) {
		String checkedName = name.strip();
		if (checkedName.isEmpty() || checkedName.length() > 64) {
			throw invalid("name", "must be 1 to 64 characters");
		}
		if (scopes.isEmpty()) {
			throw invalid("scopes", "must name at least one of read, trade, admin");
		}
		int days = (expiresInDays != null) ? expiresInDays : DEFAULT_DAYS;
		if (days < 1 || days > MAX_DAYS) {
			throw invalid("expiresInDays", "must be 1 to " + MAX_DAYS);
		}
		if (scopes.contains(Scope.ADMIN) && currentRole(user.id()) != Role.ADMIN) {
			throw new ProblemException(IdentityProblems.SCOPE_NOT_ALLOWED,
					"Only administrators may create keys with the admin scope.");
		}
		if (this.store.count(user.id()) >= MAX_KEYS) {
			throw new ProblemException(IdentityProblems.API_KEY_LIMIT,
					"You have " + MAX_KEYS + " API keys; revoke one first.");
		}
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		String secret = newSecret();
		StoredApiKey key = new StoredApiKey(id, user.id(), checkedName, Set.copyOf(scopes), hash(secret), now,
				now.plus(Duration.ofDays(days)), null, null);
		this.store.insert(key);
		this.events.publishEvent(new AccountEvent.ApiKeyCreated(user.id(), id, Scope.join(key.scopes()), now));
		return new IssuedApiKey(format(id, secret), view(key));
	}

	/** The owner's keys, oldest first, without the keys themselves. */
	@Transactional(readOnly = true)
	public List<ApiKey> list(UUID owner) {
		return this.store.all(owner).stream().map(ApiKeys::view).toList();
	}

	/**
	 * Gives one of the owner's keys a new secret; the old key stops working at once.
	 * @throws ProblemException {@code api-key-not-found}
	 */
	public IssuedApiKey rotate(UUID owner, UUID id) {
		Instant now = this.clock.instant();
		String secret = newSecret();
		if (!this.store.replaceSecret(owner, id, hash(secret), now)) {
			throw notFound(id);
		}
		// tokens obtained with the old secret go with it
		this.store.deleteRefreshTokens(id);
		this.events.publishEvent(new AccountEvent.ApiKeyRotated(owner, id, now));
		return new IssuedApiKey(format(id, secret), view(this.store.find(owner, id).orElseThrow(() -> notFound(id))));
	}

	/**
	 * Revokes (deletes) one of the owner's keys.
	 * @throws ProblemException {@code api-key-not-found}
	 */
	public void revoke(UUID owner, UUID id) {
		if (!this.store.delete(owner, id)) {
			throw notFound(id);
		}
		this.events.publishEvent(new AccountEvent.ApiKeyRevoked(owner, id, this.clock.instant()));
	}

	/**
	 * Who a presented key acts for: empty for a malformed, unknown, rotated-away or
	 * expired key, or one whose account is gone or locked. Notes the use, at most once a
	 * minute.
	 */
	public Optional<ScopedCaller> authenticate(String presented) {
		Matcher matcher = KEY.matcher(presented.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		UUID id = UUID.fromString(matcher.group(1).replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
		Instant now = this.clock.instant();
		Optional<StoredApiKey> found = this.store.find(id)
			.filter((key) -> MessageDigest.isEqual(key.secretHash().getBytes(StandardCharsets.US_ASCII),
					hash(matcher.group(2)).getBytes(StandardCharsets.US_ASCII)))
			.filter((key) -> !key.isExpiredAt(now));
		Optional<ScopedCaller> caller = found.flatMap(this::callerOf);
		caller.ifPresent((acting) -> this.store.markUsed(id, now, now.minus(USE_RESOLUTION)));
		return caller;
	}

	/**
	 * Who a key acts for by its id, if it still works: what an access token or a refresh
	 * checks, so that revoking or expiring the key ends its tokens too.
	 */
	@Transactional(readOnly = true)
	public Optional<ScopedCaller> actingBy(UUID keyId) {
		Instant now = this.clock.instant();
		return this.store.find(keyId).filter((key) -> !key.isExpiredAt(now)).flatMap(this::callerOf);
	}

	/**
	 * Who a working key acts for: empty if its account is gone or locked by an
	 * administrator.
	 */
	private Optional<ScopedCaller> callerOf(StoredApiKey key) {
		return this.accounts.find(key.owner())
			.filter((account) -> !account.isLockedByAdministrator())
			.map((account) -> caller(key, account));
	}

	private static ScopedCaller caller(StoredApiKey key, Account account) {
		// the role is the account's current one: a demoted administrator's admin key
		// stops reaching admin endpoints at once. A key proves no second factor, so what
		// needs one (live trading) refuses it; the admin audience takes the key's scope.
		return new ScopedCaller(new SignedInUser(key.owner(), account.role(), account.tier(), false), key.scopes(),
				key.id());
	}

	private Role currentRole(UUID id) {
		return this.accounts.find(id).map(Account::role).orElse(Role.USER);
	}

	private String newSecret() {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	private static String format(UUID id, String secret) {
		return PREFIX + id.toString().replace("-", "") + "_" + secret;
	}

	/** SHA-256 of the secret part, hex. */
	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is unavailable", ex);
		}
	}

	private static ApiKey view(StoredApiKey key) {
		return new ApiKey(key.id(), key.name(), key.scopes(), key.createdAt(), key.expiresAt(), key.rotatedAt(),
				key.lastUsedAt());
	}

	private static ProblemException notFound(UUID id) {
		return new ProblemException(IdentityProblems.API_KEY_NOT_FOUND,
				"You have no API key with the id '" + id + "'.");
	}

	private static ProblemException invalid(String field, String message) {
		return ProblemException.invalidField(field, message);
	}

}
