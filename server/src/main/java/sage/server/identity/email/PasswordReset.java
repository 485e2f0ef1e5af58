package sage.server.identity.email;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import sage.server.identity.AccountEvent;
import sage.server.identity.IdentityProblems;
import sage.server.identity.account.Account;
import sage.server.identity.account.Accounts;
import sage.server.identity.account.EmailAddress;
import sage.server.platform.ProblemException;

/**
 * A forgotten password replaced through an emailed link with a one-time token (good for
 * 30 minutes; only the latest one asked for works). Asking answers the same whatever the
 * email, and the email goes out in the background: the answer never waits for SMTP, so
 * its timing differs between a known and an unknown email only by the token's and the
 * audit row's inserts.
 */
@Service
public class PasswordReset {

	private final Accounts accounts;

	private final OneTimeTokens tokens;

	private final AccountMail mail;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordReset(Accounts accounts, OneTimeTokens tokens, AccountMail mail, TransactionOperations transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Emails a reset link if an account has this email; otherwise does nothing, silently.
	 * @throws ProblemException {@code mail-not-configured} (whatever the email)
	 */
	public void request(String email) {
		if (!this.mail.isOn()) {
			throw IdentityProblems.mailNotConfigured();
		}
		if (!EmailAddress.isValid(email)) {
			return;
		}
		Optional<Account> found = this.accounts.findByEmail(EmailAddress.of(email));
		if (found.isEmpty()) {
			return;
		}
		Account account = found.get();
		String token = this.tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD);
		this.mail.send(account, TokenPurpose.RESET_PASSWORD, token);
		this.events.publishEvent(new AccountEvent.PasswordResetRequested(account.id(), this.clock.instant()));
	}

	/**
	 * Sets the new password and uses the token up, both or neither: a refused password
	 * leaves the token working for another try.
	 * @throws ProblemException {@code invalid-token}, or {@code invalid-request} naming
	 * each reason the password is refused
	 */
	public void confirm(String token, String newPassword) {
		OneTimeToken stored = this.tokens.usable(token, TokenPurpose.RESET_PASSWORD);
		this.transactions.executeWithoutResult((status) -> {
			this.accounts.resetPassword(stored.accountId(), newPassword);
			this.tokens.use(stored);
		});
	}

}
