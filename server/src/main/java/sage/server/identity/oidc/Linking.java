package sage.server.identity.oidc;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import sage.server.identity.account.EmailAddress;

/**
 * Which Sage account a provider's sign-in opens, decided before anything is written. The
 * rules, in order:
 * <ol>
 * <li>a link from this provider's subject exists: its account;</li>
 * <li>otherwise the email must be verified by the provider, or sign-in is refused (an
 * unverified email would let anyone who types someone's address at a provider take over
 * their Sage account);</li>
 * <li>an account has that email: it is linked to the subject;</li>
 * <li>no account has it: one is created and linked.</li>
 * </ol>
 */
sealed interface Linking {

	/** A link exists: sign in to its account. */
	record Linked(UUID accountId) implements Linking {
	}

	/** The verified email has an account: link it, then sign in. */
	record LinkByVerifiedEmail(UUID accountId) implements Linking {
	}

	/** The verified email has no account: create one with it, link it, sign in. */
	record CreateAccount(EmailAddress email) implements Linking {
	}

	/** No link, and no email the provider vouches for: refused. */
	record UnverifiedEmail() implements Linking {
	}

	/**
	 * Applies the rules.
	 * @param identity what the provider says
	 * @param linkedAccount the account linked to the identity's provider and subject, if
	 * any
	 * @param accountWithEmail the account with an email, if any (asked only when needed)
	 */
	static Linking decide(ProviderIdentity identity, Optional<UUID> linkedAccount,
			Function<EmailAddress, Optional<UUID>> accountWithEmail) {
		if (linkedAccount.isPresent()) {
			return new Linked(linkedAccount.get());
		}
		EmailAddress email = identity.email();
		if (email == null || !identity.emailVerified()) {
			return new UnverifiedEmail();
		}
		return accountWithEmail.apply(email)
			.<Linking>map(LinkByVerifiedEmail::new)
			.orElseGet(() -> new CreateAccount(email));
	}

}
