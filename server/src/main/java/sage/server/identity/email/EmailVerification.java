package sage.server.identity.email;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import sage.server.identity.AccountEvent;
import sage.server.identity.IdentityProblems;
import sage.server.identity.account.Account;
import sage.server.identity.account.Accounts;
import sage.server.platform.ProblemException;

/**
 * Confirms that an account's email reaches its owner: an emailed link with a one-time
 * token (good for 24 hours), sent at sign-up when mail is on and again on request. Every
 * link sent stays good until used or expired, so an older email still works.
 */
@Service
public class EmailVerification {

	private final Accounts accounts;

	private final OneTimeTokens tokens;

	private final AccountMail mail;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmailVerification(Accounts accounts, OneTimeTokens tokens, AccountMail mail, TransactionOperations transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Whether this server sends email at all. */
	public boolean isMailOn() {
		return this.mail.isOn();
	}

	/**
	 * Sends the verification email to a new account, if mail is on; sign-up works the
	 * same without it.
	 */
	public void afterSignUp(Account account) {
		if (this.mail.isOn() && !account.emailVerified()) {
			send(account);
		}
	}

	/**
	 * Sends (again) the verification email of a signed-in user.
	 * @throws ProblemException {@code mail-not-configured}, or
	 * {@code email-already-verified}
	 */
	public void resend(UUID accountId) {
		if (!this.mail.isOn()) {
			throw IdentityProblems.mailNotConfigured();
		}
		Account account = this.accounts.get(accountId);
		if (account.emailVerified()) {
			throw new ProblemException(IdentityProblems.EMAIL_ALREADY_VERIFIED,
					"Your email address is verified already.");
		}
		send(account);
	}

	private void send(Account account) {
		String token = this.tokens.issue(account.id(), TokenPurpose.VERIFY_EMAIL);
		this.mail.send(account, TokenPurpose.VERIFY_EMAIL, token);
		this.events.publishEvent(new AccountEvent.VerificationEmailRequested(account.id(), this.clock.instant()));
	}

	/**
	 * Marks the token's account verified and uses the token up.
	 * @throws ProblemException {@code invalid-token} when the token is unknown, used or
	 * expired
	 */
	public void confirm(String token) {
		OneTimeToken stored = this.tokens.usable(token, TokenPurpose.VERIFY_EMAIL);
		this.transactions.executeWithoutResult((status) -> {
			this.tokens.use(stored);
			this.accounts.verifyEmail(stored.accountId());
		});
	}

}
