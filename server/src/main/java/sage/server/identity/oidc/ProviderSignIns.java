package sage.server.identity.oidc;

import java.time.Clock;
import java.time.Instant;
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
 * Turns what a provider vouches for into a Sage account by the {@link Linking} rules,
 * then signs it in as {@link Accounts#signInWithProvider} does (locks and second factors
 * hold as for a password). Linking and creating are one transaction each; a refusal is
 * audited and writes nothing else.
 */
@Service
class ProviderSignIns {

	private final Accounts accounts;

	private final LinkStore links;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProviderSignIns(Accounts accounts, LinkStore links, TransactionOperations transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Finds, links or creates the account of {@code identity} and signs it in.
	 * @return the account, and whether its second factor is still needed
	 * @throws ProblemException {@code oidc-email-not-verified}, {@code sign-in-locked} or
	 * {@code email-taken} (the email got an account during this sign-in)
	 */
	Accounts.SignIn signIn(ProviderIdentity identity) {
		Linking linking = Linking.decide(identity, this.links.find(identity.provider(), identity.subject()),
				(email) -> this.accounts.findByEmail(email).map(Account::id));
		UUID accountId = switch (linking) {
			case Linking.Linked linked -> linked.accountId();
			case Linking.LinkByVerifiedEmail existing -> link(identity, existing.accountId(), "verified-email");
			case Linking.CreateAccount create -> this.transactions.execute((status) -> {
				Account account = this.accounts.registerWithProvider(create.email(), identity.name(),
						identity.provider());
				return link(identity, account.id(), "new-account");
			});
			case Linking.UnverifiedEmail refused -> {
				this.events.publishEvent(new AccountEvent.ProviderSignInFailed(identity.provider(), "unverified-email",
						this.clock.instant()));
				throw new ProblemException(IdentityProblems.OIDC_EMAIL_NOT_VERIFIED,
						"The provider did not say it verified your email, and no Sage account is linked to you "
								+ "there. Verify the email with the provider, or sign in with your password.");
			}
		};
		return this.accounts.signInWithProvider(accountId, identity.provider());
	}

	private UUID link(ProviderIdentity identity, UUID accountId, String how) {
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			this.links.link(identity.provider(), identity.subject(), accountId, now);
			this.events.publishEvent(new AccountEvent.ProviderLinked(accountId, identity.provider(), how, now));
			if ("verified-email".equals(how)) {
				// the provider vouched for the same address the account has
				this.accounts.verifyEmail(accountId);
			}
			return accountId;
		});
	}

}
