package sage.server.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happens to accounts, published as Spring application events for the audit log and
 * for anyone else who listens. All of identity's events are here, in one place. They
 * carry ids and values, never personal data (no email, no name) and never secrets.
 */
public sealed interface AccountEvent {

	/** When it happened. */
	Instant at();

	/**
	 * The account it happened to; {@code null} only for a failed sign-in with an unknown
	 * email.
	 */
	@Nullable UUID accountId();

	/** A new account was created by registration. */
	record AccountRegistered(UUID accountId, Role role, Tier tier, Instant at) implements AccountEvent {
	}

	/**
	 * The first administrator was created, from configuration ({@code how} =
	 * {@code configuration}) or with the one-time setup token ({@code setup-token}).
	 */
	record AdministratorCreated(UUID accountId, String how, Instant at) implements AccountEvent {
	}

	/** A session was started with the right password. */
	record SignedIn(UUID accountId, Instant at) implements AccountEvent {
	}

	/**
	 * A sign-in was refused: wrong password, unknown email ({@code accountId} null) or a
	 * locked account.
	 *
	 * @param reason {@code bad-credentials} or {@code locked}
	 */
	record SignInFailed(@Nullable UUID accountId, String reason, Instant at) implements AccountEvent {
	}

	/**
	 * Too many failed sign-ins: the account refuses sign-in until {@code lockedUntil}.
	 */
	record AccountLocked(UUID accountId, int failedAttempts, Instant lockedUntil, Instant at) implements AccountEvent {
	}

	/** An administrator changed an account's role or tier. */
	record RoleChanged(UUID accountId, Role role, Tier tier, UUID changedBy, Instant at) implements AccountEvent {
	}

	/** A session was ended by the user. */
	record SignedOut(UUID accountId, Instant at) implements AccountEvent {
	}

	/** The profile or settings were changed. */
	record ProfileChanged(UUID accountId, Instant at) implements AccountEvent {
	}

	/**
	 * A watchlist was created, renamed, reordered, edited or deleted.
	 *
	 * @param change {@code created}, {@code changed}, {@code deleted}, {@code reordered}
	 */
	record WatchlistChanged(UUID accountId, UUID watchlistId, String change, Instant at) implements AccountEvent {
	}

	/** A secret was stored in the vault (the event never holds its value). */
	record SecretStored(UUID accountId, UUID secretId, SecretKind kind, Instant at) implements AccountEvent {
	}

	/** A secret was deleted from the vault. */
	record SecretDeleted(UUID accountId, UUID secretId, Instant at) implements AccountEvent {
	}

}
