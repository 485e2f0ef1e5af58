package sage.server.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sage.server.identity.AccountEvent;
import sage.server.identity.IdentityProblems;
import sage.server.identity.Role;
import sage.server.identity.Tier;
import sage.server.identity.twofactor.SecondFactor;
import sage.server.identity.twofactor.TwoFactor;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

/**
 * Accounts: registration, sign-in with lockout, profiles. Answers a wrong password and an
 * unknown email alike, in about the same time (an unknown email is checked against a
 * dummy hash) and with the same lockout, so that sign-in does not tell which emails have
 * accounts.
 */
@Service
public class Accounts {

	/** The longest display name. */
	public static final int MAX_DISPLAY_NAME = 100;

	private final AccountStore store;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TwoFactor twoFactor;

	private final String dummyHash;

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	/**
	 * Lockouts of emails that have no account: kept in memory (per node, for an hour), so
	 * that an unknown email locks after as many failures as a known one.
	 */
	private final Cache<String, Lockout> unknownEmails = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	public Accounts(AccountStore store, PasswordPolicy policy, PasswordEncoder encoder,
			ApplicationEventPublisher events, Clock clock, TwoFactor twoFactor) {
		this.store = store;
		this.twoFactor = twoFactor;
		this.policy = policy;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
		this.dummyHash = encoder.encode("a password no account has " + UUID.randomUUID());
	}

	/**
	 * Creates a USER account on the FREE tier.
	 * @throws ProblemException {@code invalid-request} naming each refused field, or
	 * {@code email-taken}
	 */
	@Transactional
	public Account register(String email, String password, @Nullable String displayName) {
		Account account = create(email, password, displayName, Role.USER);
		this.events.publishEvent(
				new AccountEvent.AccountRegistered(account.id(), account.role(), account.tier(), account.createdAt()));
		return account;
	}

	/**
	 * Creates an ADMIN account.
	 * @param how {@code configuration} or {@code setup-token}, for the audit log
	 */
	@Transactional
	public Account createAdministrator(String email, String password, @Nullable String displayName, String how) {
		Account account = create(email, password, displayName, Role.ADMIN);
		this.events.publishEvent(new AccountEvent.AdministratorCreated(account.id(), how, account.createdAt()));
		return account;
	}

	/**
	 * Creates a USER account on the FREE tier for someone an OpenID Connect provider
	 * vouches for: the email is verified (the provider verified it) and there is no
	 * usable password. The hash stored is that of 256 random bits nobody ever sees, so
	 * password sign-in fails as it does for any wrong password, in the same time, until
	 * the user sets a password through a reset.
	 * @param provider the provider id, for the audit log
	 * @throws ProblemException {@code email-taken} when the email got an account
	 * meanwhile
	 */
	@Transactional
	public Account registerWithProvider(EmailAddress email, @Nullable String displayName, String provider) {
		byte[] unknowable = new byte[32];
		RANDOM.nextBytes(unknowable);
		Account account = new Account(UUID.randomUUID(), email, displayName,
				this.encoder.encode(java.util.HexFormat.of().formatHex(unknowable)), Role.USER, Tier.FREE, true,
				Lockout.NONE, this.clock.instant(), Settings.DEFAULTS, null);
		try {
			this.store.insert(account);
		}
		catch (DuplicateKeyException ex) {
			throw new ProblemException(IdentityProblems.EMAIL_TAKEN,
					"An account with this email exists already; sign in instead.");
		}
		this.events.publishEvent(new AccountEvent.AccountRegisteredWithProvider(account.id(), account.role(),
				account.tier(), provider, account.createdAt()));
		return account;
	}

	/**
	 * Signs in an account whose identity a provider vouched for: refused while locked,
	 * halfway for an account with two-factor authentication (like a right password),
	 * otherwise complete, its failures cleared.
	 * @param provider the provider id, for the audit log
	 * @throws ProblemException {@code sign-in-locked} with the seconds to wait
	 */
	public SignIn signInWithProvider(UUID id, String provider) {
		Instant now = this.clock.instant();
		Account account = get(id);
		if (account.lockout().isLocked(now)) {
			this.events.publishEvent(new AccountEvent.SignInFailed(account.id(), "locked", now));
			throw IdentityProblems.signInLocked(account.lockout().remaining(now));
		}
		refuseIfLockedByAdministrator(account, now);
		if (this.twoFactor.isEnabled(account.id())) {
			return new SignIn(account, true);
		}
		if (!account.lockout().equals(Lockout.NONE)) {
			this.store.updateLockout(account.id(), Lockout.NONE);
		}
		this.events.publishEvent(new AccountEvent.SignedInWithProvider(account.id(), provider, now));
		return new SignIn(account, false);
	}

	/** Whether an administrator exists. */
	public boolean administratorExists() {
		return this.store.anyWithRole(Role.ADMIN);
	}

	/** The account with this email, if any. */
	public Optional<Account> findByEmail(EmailAddress email) {
		return this.store.findByEmail(email);
	}

	/**
	 * Refuses what registration would refuse, without creating anything.
	 * @throws ProblemException {@code invalid-request} naming each refused field
	 */
	public void check(String email, String password, @Nullable String displayName) {
		List<FieldProblem> problems = new ArrayList<>();
		EmailAddress address = null;
		if (EmailAddress.isValid(email)) {
			address = EmailAddress.of(email);
		}
		else {
			problems.add(new FieldProblem("email", EmailAddress.MESSAGE));
		}
		for (String reason : this.policy.problems(password, address)) {
			problems.add(new FieldProblem("password", reason));
		}
		checkDisplayName(displayName, problems);
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
	}

	private Account create(String email, String password, @Nullable String displayName, Role role) {
		check(email, password, displayName);
		EmailAddress address = EmailAddress.of(email);
		String name = checkDisplayName(displayName, new ArrayList<>());
		Account account = new Account(UUID.randomUUID(), address, name,
				this.encoder.encode(PasswordPolicy.normalise(password)), role, Tier.FREE, false, Lockout.NONE,
				this.clock.instant(), Settings.DEFAULTS, null);
		try {
			this.store.insert(account);
		}
		catch (DuplicateKeyException ex) {
			throw new ProblemException(IdentityProblems.EMAIL_TAKEN,
					"An account with this email exists already; sign in instead.");
		}
		return account;
	}

	/** A display name trimmed, or null when blank; a problem is added when refused. */
	static @Nullable String checkDisplayName(@Nullable String displayName, List<FieldProblem> problems) {
		if (displayName == null || displayName.isBlank()) {
			return null;
		}
		String name = displayName.strip();
		if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
			problems.add(new FieldProblem("displayName", "must be at most " + MAX_DISPLAY_NAME + " characters"));
		}
		else if (name.codePoints().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem("displayName", "must not contain control characters"));
		}
		return name;
	}

	/**
	 * The outcome of a right password.
	 *
	 * @param account the account
	 * @param secondFactorRequired whether sign-in completes only with
	 * {@link #completeSignIn}
	 */
	public record SignIn(Account account, boolean secondFactorRequired) {
	}

	/**
	 * Checks an email and password. For an account with two-factor authentication the
	 * failures are kept until the second factor is right too: otherwise knowing the
	 * password would reset the count of guessed codes.
	 * @return the account (its failures cleared unless a second factor is required)
	 * @throws ProblemException {@code invalid-credentials}, or {@code sign-in-locked}
	 * with the seconds to wait
	 */
	public SignIn signIn(String email, String password) {
		Instant now = this.clock.instant();
		if (!EmailAddress.isValid(email)) {
			// not an address at all: no account can match, but the work and answer are
			// the same
			this.encoder.matches(password, this.dummyHash);
			throw IdentityProblems.invalidCredentials();
		}
		EmailAddress address = EmailAddress.of(email);
		Optional<Account> found = this.store.findByEmail(address);
		if (found.isEmpty()) {
			throw signInUnknown(this.store.indexOf(address), password, now);
		}
		Account account = found.get();
		if (account.lockout().isLocked(now)) {
			this.events.publishEvent(new AccountEvent.SignInFailed(account.id(), "locked", now));
			throw IdentityProblems.signInLocked(account.lockout().remaining(now));
		}
		if (!this.encoder.matches(PasswordPolicy.normalise(password), account.passwordHash())) {
			Lockout after = account.lockout().afterFailure(now);
			this.store.updateLockout(account.id(), after);
			this.events.publishEvent(new AccountEvent.SignInFailed(account.id(), "bad-credentials", now));
			if (after.isLocked(now)) {
				this.events.publishEvent(
						new AccountEvent.AccountLocked(account.id(), after.failedAttempts(), after.lockedUntil(), now));
				throw IdentityProblems.signInLocked(after.remaining(now));
			}
			throw IdentityProblems.invalidCredentials();
		}
		refuseIfLockedByAdministrator(account, now);
		if (this.twoFactor.isEnabled(account.id())) {
			return new SignIn(account, true);
		}
		signedIn(account, now);
		return new SignIn(account, false);
	}

	/**
	 * Completes a sign-in whose password was right with its second factor. A wrong one
	 * counts toward the same lockout as a wrong password.
	 * @return the account, its failures cleared
	 * @throws ProblemException {@code invalid-second-factor}, or {@code sign-in-locked}
	 * with the seconds to wait
	 */
	public Account completeSignIn(UUID id, SecondFactor factor) {
		Instant now = this.clock.instant();
		Account account = get(id);
		if (account.lockout().isLocked(now)) {
			this.events.publishEvent(new AccountEvent.SignInFailed(account.id(), "locked", now));
			throw IdentityProblems.signInLocked(account.lockout().remaining(now));
		}
		refuseIfLockedByAdministrator(account, now);
		if (!this.twoFactor.verify(id, factor, "sign-in")) {
			Lockout after = account.lockout().afterFailure(now);
			this.store.updateLockout(account.id(), after);
			if (after.isLocked(now)) {
				this.events.publishEvent(
						new AccountEvent.AccountLocked(account.id(), after.failedAttempts(), after.lockedUntil(), now));
				throw IdentityProblems.signInLocked(after.remaining(now));
			}
			throw IdentityProblems.invalidSecondFactor();
		}
		signedIn(account, now);
		return account;
	}

	/**
	 * Refuses an administrator's lock; checked only once the password (or provider)
	 * proved who is signing in, so a locked account answers a wrong password like any
	 * other.
	 */
	private void refuseIfLockedByAdministrator(Account account, Instant now) {
		if (account.isLockedByAdministrator()) {
			this.events.publishEvent(new AccountEvent.SignInFailed(account.id(), "locked-by-administrator", now));
			throw IdentityProblems.accountLocked();
		}
	}

	private void signedIn(Account account, Instant now) {
		if (!account.lockout().equals(Lockout.NONE)) {
			this.store.updateLockout(account.id(), Lockout.NONE);
		}
		this.events.publishEvent(new AccountEvent.SignedIn(account.id(), now));
	}

	/** The same answers as for a known email with a wrong password. */
	private ProblemException signInUnknown(String index, String password, Instant now) {
		Lockout lockout = this.unknownEmails.asMap().getOrDefault(index, Lockout.NONE);
		if (lockout.isLocked(now)) {
			this.events.publishEvent(new AccountEvent.SignInFailed(null, "locked", now));
			return IdentityProblems.signInLocked(lockout.remaining(now));
		}
		this.encoder.matches(PasswordPolicy.normalise(password), this.dummyHash);
		Lockout after = lockout.afterFailure(now);
		this.unknownEmails.put(index, after);
		this.events.publishEvent(new AccountEvent.SignInFailed(null, "bad-credentials", now));
		if (after.isLocked(now)) {
			return IdentityProblems.signInLocked(after.remaining(now));
		}
		return IdentityProblems.invalidCredentials();
	}

	/** The account with this id, if it still exists. */
	public Optional<Account> existing(UUID id) {
		return this.store.find(id);
	}

	/** The account of a signed-in user; gone only if deleted meanwhile. */
	public Account get(UUID id) {
		return this.store.find(id)
			.orElseThrow(() -> new ProblemException(IdentityProblems.UNAUTHENTICATED,
					"The account of this session no longer exists; sign in again."));
	}

	/**
	 * Replaces the display name and settings.
	 * @throws ProblemException {@code invalid-request} naming each refused field
	 */
	@Transactional
	public Account updateProfile(UUID id, @Nullable String displayName, Settings settings) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = checkDisplayName(displayName, problems);
		if (!"ko".equals(settings.locale()) && !"en".equals(settings.locale())) {
			problems.add(new FieldProblem("locale", "must be ko or en"));
		}
		if (!isZone(settings.timeZone())) {
			problems.add(new FieldProblem("timeZone", "must be an IANA time zone such as Asia/Seoul or UTC"));
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		get(id);
		this.store.updateProfile(id, name, settings);
		this.events.publishEvent(new AccountEvent.ProfileChanged(id, this.clock.instant()));
		return get(id);
	}

	/**
	 * Replaces the password of an account whose owner proved control of its email (with a
	 * reset token), clears its sign-in lockout and, since the email reached its owner,
	 * marks it verified. Two-factor authentication, if on, stays on.
	 * @throws ProblemException {@code invalid-request} naming each reason the password is
	 * refused
	 */
	@Transactional
	public void resetPassword(UUID id, String password) {
		Account account = find(id);
		List<FieldProblem> problems = this.policy.problems(password, account.email())
			.stream()
			.map((reason) -> new FieldProblem("password", reason))
			.toList();
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		Instant now = this.clock.instant();
		this.store.updatePassword(id, this.encoder.encode(PasswordPolicy.normalise(password)));
		if (this.store.markEmailVerified(id)) {
			this.events.publishEvent(new AccountEvent.EmailVerified(id, now));
		}
		this.events.publishEvent(new AccountEvent.PasswordResetCompleted(id, now));
		// whoever knew the old password is signed out everywhere
		this.store.endSessions(id, now);
		this.events.publishEvent(new AccountEvent.SessionsEnded(id, id, "password-reset", now));
	}

	/**
	 * Marks the account's email verified (its owner followed an emailed link); an email
	 * verified already stays so and records nothing.
	 * @throws ProblemException {@code account-not-found}
	 */
	@Transactional
	public void verifyEmail(UUID id) {
		find(id);
		if (this.store.markEmailVerified(id)) {
			this.events.publishEvent(new AccountEvent.EmailVerified(id, this.clock.instant()));
		}
	}

	/**
	 * Sets an account's role and tier. When either changes, the account's sessions end (a
	 * session keeps the role it signed in with), so the change applies at the next
	 * sign-in; API keys act with the current role at once.
	 * @throws ProblemException {@code account-not-found}, or {@code own-account}
	 */
	@Transactional
	public Account changeRole(UUID id, Role role, Tier tier, UUID changedBy) {
		refuseOwnAccount(id, changedBy, "change the role of");
		Account before = find(id);
		if (before.role() == role && before.tier() == tier) {
			return before;
		}
		Instant now = this.clock.instant();
		this.store.updateRoleAndTier(id, role, tier);
		this.events.publishEvent(new AccountEvent.RoleChanged(id, role, tier, changedBy, now));
		this.store.endSessions(id, now);
		this.events.publishEvent(new AccountEvent.SessionsEnded(id, changedBy, "role-change", now));
		return find(id);
	}

	/**
	 * Accounts that match a staff search, newest first.
	 * @param page the page, from 0
	 * @param size accounts per page
	 */
	public AccountPage search(AccountSearch search, int page, int size) {
		return new AccountPage(this.store.search(search, (long) page * size, size), page, size,
				this.store.count(search));
	}

	/**
	 * Locks an account for an administrator: its sessions end at their next request on
	 * every node, its API keys and their tokens stop working, and sign-in answers
	 * {@code account-locked}. Locking a locked account changes nothing.
	 * @throws ProblemException {@code account-not-found}, or {@code own-account}
	 */
	@Transactional
	public Account lock(UUID id, UUID lockedBy) {
		refuseOwnAccount(id, lockedBy, "lock");
		find(id);
		Instant now = this.clock.instant();
		if (this.store.lock(id, lockedBy, now)) {
			this.events.publishEvent(new AccountEvent.LockedByAdministrator(id, lockedBy, now));
		}
		return find(id);
	}

	/**
	 * Lifts an administrator's lock, and with it the count of failed sign-ins. Unlocking
	 * an account that is not locked changes nothing.
	 * @throws ProblemException {@code account-not-found}
	 */
	@Transactional
	public Account unlock(UUID id, UUID unlockedBy) {
		find(id);
		if (this.store.unlock(id)) {
			this.events.publishEvent(new AccountEvent.UnlockedByAdministrator(id, unlockedBy, this.clock.instant()));
		}
		return find(id);
	}

	/**
	 * Ends every session of the account, on every node, at its next request (force
	 * sign-out). API keys are not sessions and keep working; revoke them or lock the
	 * account to stop them.
	 * @throws ProblemException {@code account-not-found}
	 */
	@Transactional
	public void endSessions(UUID id, UUID by) {
		find(id);
		Instant now = this.clock.instant();
		this.store.endSessions(id, now);
		this.events.publishEvent(new AccountEvent.SessionsEnded(id, by, "administrator", now));
	}

	/**
	 * Whether a session that signed this account in at {@code signedInAt} may go on: the
	 * account exists, no administrator locked it, and its sessions were not ended since.
	 */
	public boolean sessionMayContinue(UUID id, Instant signedInAt) {
		return this.store.sessionMayContinue(id, signedInAt);
	}

	/**
	 * Records that staff read these accounts' personal data (an empty list records
	 * nothing).
	 */
	public void personalDataRead(UUID staffId, List<UUID> accountIds, boolean masked) {
		if (!accountIds.isEmpty()) {
			this.events
				.publishEvent(new AccountEvent.PersonalDataRead(staffId, accountIds, masked, this.clock.instant()));
		}
	}

	private static void refuseOwnAccount(UUID id, UUID by, String what) {
		if (id.equals(by)) {
			throw new ProblemException(IdentityProblems.OWN_ACCOUNT,
					"You cannot " + what + " your own account; another administrator can.");
		}
	}

	/**
	 * Any account, for staff.
	 * @throws ProblemException {@code account-not-found}
	 */
	public Account find(UUID id) {
		return this.store.find(id)
			.orElseThrow(() -> new ProblemException(IdentityProblems.ACCOUNT_NOT_FOUND,
					"No account has the id '" + id + "'."));
	}

	/** Records that a user signed out. */
	public void signedOut(UUID id) {
		this.events.publishEvent(new AccountEvent.SignedOut(id, this.clock.instant()));
	}

	private static boolean isZone(String zone) {
		try {
			java.time.ZoneId.of(zone);
			return zone.length() <= 64;
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

}
