package sage.server.identity.twofactor;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sage.server.identity.AccountEvent;
import sage.server.identity.IdentityProblems;
import sage.server.identity.Role;
import sage.server.identity.account.Account;
import sage.server.identity.account.AccountStore;
import sage.server.platform.ProblemException;

/**
 * Two-factor authentication: enrolment (a fresh secret as an {@code otpauth://} URI,
 * enabled by its first code, with one-time recovery codes), checking a second factor, and
 * turning it off. Every code is accepted once; wrong codes are audited (sign-in also
 * counts them toward the lockout).
 */
@Service
public class TwoFactor {

	/** The issuer authenticator apps show. */
	public static final String ISSUER = "Sage";

	private static final int SECRET_BYTES = 20;

	private final TwoFactorStore store;

	private final AccountStore accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TwoFactor(TwoFactorStore store, AccountStore accounts, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts (or restarts) enrolment with a fresh secret.
	 * <p>
	 * The label is the masked email ({@code j***@example.com}), not the email: it is
	 * stored in clear in the authenticator app and its cloud backups and shows on any
	 * screenshot of the QR code, and the masked form is enough to tell one's accounts
	 * apart.
	 * @return the {@code otpauth://totp/...} URI to show as a QR code
	 * @throws ProblemException {@code two-factor-enabled}
	 */
	@Transactional
	public URI setUp(UUID accountId) {
		Account account = account(accountId);
		if (this.store.find(accountId).filter(TwoFactorStore.Enrolment::enabled).isPresent()) {
			throw new ProblemException(IdentityProblems.TWO_FACTOR_ENABLED,
					"Two-factor authentication is on already; turn it off first to enrol another device.");
		}
		byte[] secret = new byte[SECRET_BYTES];
		this.random.nextBytes(secret);
		this.store.replacePending(accountId, secret, this.clock.instant());
		String label = encode(ISSUER + ":" + account.email().masked());
		return URI.create("otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + ISSUER
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS);
	}

	/**
	 * Enables two-factor authentication when {@code code} is right for the secret of
	 * {@link #setUp}.
	 * @return the recovery codes, in clear this once
	 * @throws ProblemException {@code two-factor-not-enabled} (no set-up started),
	 * {@code two-factor-enabled}, or {@code invalid-second-factor}
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	public List<String> confirm(UUID accountId, String code) {
		TwoFactorStore.Enrolment enrolment = this.store.find(accountId)
			.orElseThrow(() -> new ProblemException(IdentityProblems.TWO_FACTOR_NOT_ENABLED,
					"Start with POST /api/v1/users/2fa/setup."));
		if (enrolment.enabled()) {
			throw new ProblemException(IdentityProblems.TWO_FACTOR_ENABLED, "Two-factor authentication is on already.");
		}
		Instant now = this.clock.instant();
		if (!acceptTotp(accountId, enrolment, code, now)) {
			this.events.publishEvent(new AccountEvent.SecondFactorFailed(accountId, "confirm", now));
			throw IdentityProblems.invalidSecondFactor();
		}
		List<String> codes = RecoveryCodes.issue(this.random);
		this.store.enable(accountId, now, codes.stream().map(RecoveryCodes::hash).toList());
		this.events.publishEvent(new AccountEvent.TwoFactorEnabled(accountId, now));
		return codes;
	}

	/**
	 * Turns two-factor authentication off, proven with a current code or a recovery code.
	 * @throws ProblemException {@code two-factor-mandatory} (administrators),
	 * {@code two-factor-not-enabled} or {@code invalid-second-factor}
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	public void disable(UUID accountId, SecondFactor factor) {
		if (account(accountId).role() == Role.ADMIN) {
			throw new ProblemException(IdentityProblems.TWO_FACTOR_MANDATORY,
					"Administrators must keep two-factor authentication.");
		}
		if (this.store.find(accountId).filter(TwoFactorStore.Enrolment::enabled).isEmpty()) {
			throw new ProblemException(IdentityProblems.TWO_FACTOR_NOT_ENABLED,
					"Two-factor authentication is off already.");
		}
		if (!verify(accountId, factor, "disable")) {
			throw IdentityProblems.invalidSecondFactor();
		}
		this.store.delete(accountId);
		this.events.publishEvent(new AccountEvent.TwoFactorDisabled(accountId, factor.method(), this.clock.instant()));
	}

	/** Whether sign-in needs a second factor. */
	public boolean isEnabled(UUID accountId) {
		return this.store.find(accountId).filter(TwoFactorStore.Enrolment::enabled).isPresent();
	}

	/** Where the account stands. */
	public TwoFactorStatus status(UUID accountId) {
		boolean required = account(accountId).role() == Role.ADMIN;
		Optional<TwoFactorStore.Enrolment> enabled = this.store.find(accountId)
			.filter(TwoFactorStore.Enrolment::enabled);
		return enabled
			.map((e) -> new TwoFactorStatus(true, e.enabledAt(), this.store.recoveryCodesLeft(accountId), required))
			.orElseGet(() -> new TwoFactorStatus(false, null, 0, required));
	}

	/**
	 * Checks a second factor and uses it up: a TOTP code for a step after the last one
	 * used, or an unused recovery code. A refusal is audited as a
	 * {@code user.second-factor-failed}.
	 * @param during what the check is for, for the audit log
	 * @return whether it was right
	 */
	public boolean verify(UUID accountId, SecondFactor factor, String during) {
		Instant now = this.clock.instant();
		Optional<TwoFactorStore.Enrolment> enrolment = this.store.find(accountId)
			.filter(TwoFactorStore.Enrolment::enabled);
		boolean right = false;
		if (enrolment.isPresent() && factor.recoveryCode() != null && !factor.recoveryCode().isBlank()) {
			right = this.store.useRecoveryCode(accountId, RecoveryCodes.hash(factor.recoveryCode()), now);
			if (right) {
				this.events.publishEvent(
						new AccountEvent.RecoveryCodeUsed(accountId, this.store.recoveryCodesLeft(accountId), now));
			}
		}
		else if (enrolment.isPresent() && factor.code() != null) {
			right = acceptTotp(accountId, enrolment.get(), factor.code().strip(), now);
		}
		if (!right) {
			this.events.publishEvent(new AccountEvent.SecondFactorFailed(accountId, during, now));
		}
		return right;
	}

	private boolean acceptTotp(UUID accountId, TwoFactorStore.Enrolment enrolment, String code, Instant now) {
		OptionalLong step = Totp.verify(enrolment.secret(), code, now, enrolment.lastUsedStep());
		return step.isPresent() && this.store.useStep(accountId, step.getAsLong());
	}

	private Account account(UUID accountId) {
		return this.accounts.find(accountId)
			.orElseThrow(() -> new ProblemException(IdentityProblems.UNAUTHENTICATED,
					"The account of this session no longer exists; sign in again."));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
