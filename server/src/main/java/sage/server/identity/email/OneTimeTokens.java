package sage.server.identity.email;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sage.server.identity.AccountEvent;
import sage.server.identity.IdentityProblems;
import sage.server.platform.ProblemException;

/**
 * Issues and checks the emailed one-time tokens. A token is found by its hash, works for
 * its purpose only, once, until it expires; a new reset token voids the older ones, so
 * that only the latest reset email works.
 */
@Service
class OneTimeTokens {

	/**
	 * How long expired rows are kept (a late click is told "expired", then "unknown").
	 */
	static final Duration KEEP_EXPIRED = Duration.ofDays(7);

	private final OneTimeTokenStore store;

	private final SecureRandom random;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OneTimeTokens(OneTimeTokenStore store, SecureRandom identityRandom, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.random = identityRandom;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A new token for the account; for a password reset, the account's unused reset
	 * tokens stop working.
	 * @return the token, to email and forget
	 */
	@Transactional
	String issue(UUID accountId, TokenPurpose purpose) {
		Instant now = this.clock.instant();
		if (purpose == TokenPurpose.RESET_PASSWORD) {
			this.store.voidUnused(accountId, purpose, now);
		}
		this.store.deleteExpiredBefore(now.minus(KEEP_EXPIRED));
		OneTimeToken.Issued issued = OneTimeToken.issue(this.random, accountId, purpose, now);
		this.store.insert(issued.stored());
		return issued.value();
	}

	/**
	 * The stored token if it works now; a refusal is audited (outside any transaction, so
	 * that it stays recorded).
	 * @throws ProblemException {@code invalid-token}, whatever the reason
	 */
	OneTimeToken usable(String value, TokenPurpose purpose) {
		Instant now = this.clock.instant();
		Optional<OneTimeToken> found = this.store.find(OneTimeToken.hash(value), purpose);
		if (found.isEmpty()) {
			throw refused(null, purpose, "unknown", now);
		}
		OneTimeToken token = found.get();
		String reason = token.refusal(now);
		if (reason != null) {
			throw refused(token.accountId(), purpose, reason, now);
		}
		return token;
	}

	private ProblemException refused(@Nullable UUID accountId, TokenPurpose purpose, String reason, Instant now) {
		this.events.publishEvent(new AccountEvent.OneTimeTokenRefused(accountId, wireName(purpose), reason, now));
		return IdentityProblems.invalidToken();
	}

	/**
	 * Uses the token up; in the caller's transaction, so that a refused change leaves it
	 * working.
	 * @throws ProblemException {@code invalid-token} when another request used it first
	 */
	void use(OneTimeToken token) {
		if (!this.store.markUsed(token.hash(), this.clock.instant())) {
			throw IdentityProblems.invalidToken();
		}
	}

	/**
	 * The purpose as the audit log names it: {@code verify-email},
	 * {@code reset-password}.
	 */
	static String wireName(TokenPurpose purpose) {
		return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
