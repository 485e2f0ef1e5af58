package sage.server.identity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.audit.AuditEntry;
import sage.server.audit.Audited;

/**
 * What happens to accounts, published as Spring application events for the audit log and
 * for anyone else who listens. All of identity's events are here, in one place. They
 * carry ids and values, never personal data (no email, no name) and never secrets. Each
 * is {@link Audited}: the audit log writes it in the publisher's transaction.
 */
public sealed interface AccountEvent extends Audited {

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
	 * A new account was created for someone an OpenID Connect provider vouched for (a
	 * verified email no account had).
	 */
	record AccountRegisteredWithProvider(UUID accountId, Role role, Tier tier, String provider,
			Instant at) implements AccountEvent {
	}

	/**
	 * A provider's subject was linked to an account.
	 *
	 * @param how {@code verified-email} (an existing account with the email the provider
	 * verified) or {@code new-account}
	 */
	record ProviderLinked(UUID accountId, String provider, String how, Instant at) implements AccountEvent {
	}

	/** A session was started through an OpenID Connect provider. */
	record SignedInWithProvider(UUID accountId, String provider, Instant at) implements AccountEvent {
	}

	/**
	 * A sign-in through an OpenID Connect provider was refused before any account was
	 * chosen.
	 *
	 * @param reason {@code unverified-email} (no link and no email the provider vouches
	 * for) or {@code provider-error} (the flow failed: refused at the provider, a wrong
	 * or replayed state, a bad token)
	 */
	record ProviderSignInFailed(String provider, String reason, Instant at) implements AccountEvent {

		@Override
		public @Nullable UUID accountId() {
			return null;
		}

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

	/**
	 * An administrator locked the account: sign-in, its sessions and its API keys are
	 * refused until unlocked.
	 */
	record LockedByAdministrator(UUID accountId, UUID lockedBy, Instant at) implements AccountEvent {
	}

	/**
	 * An administrator lifted the account's lock (and any lock after failed sign-ins).
	 */
	record UnlockedByAdministrator(UUID accountId, UUID unlockedBy, Instant at) implements AccountEvent {
	}

	/**
	 * Every session of the account ended, on every node: {@code reason} is
	 * {@code administrator} (force sign-out), {@code role-change} or
	 * {@code password-reset}; {@code by} is the administrator, or the account itself.
	 */
	record SessionsEnded(UUID accountId, UUID by, String reason, Instant at) implements AccountEvent {
	}

	/**
	 * Staff read accounts' personal data: {@code masked} for SUPPORT, in full for ADMIN.
	 * One event per request, naming every account shown ({@code accountId} is the first).
	 */
	record PersonalDataRead(UUID staffId, java.util.List<UUID> accountIds, boolean masked,
			Instant at) implements AccountEvent {

		@Override
		public UUID accountId() {
			return this.accountIds.get(0);
		}

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

	/** A personal API key was created (the event never holds the key). */
	record ApiKeyCreated(UUID accountId, UUID keyId, String scopes, Instant at) implements AccountEvent {
	}

	/** An API key got a new secret; the old one stopped working. */
	record ApiKeyRotated(UUID accountId, UUID keyId, Instant at) implements AccountEvent {
	}

	/** An API key was revoked by its owner. */
	record ApiKeyRevoked(UUID accountId, UUID keyId, Instant at) implements AccountEvent {
	}

	/**
	 * TOTP was confirmed with a first code: the account now signs in with two factors.
	 */
	record TwoFactorEnabled(UUID accountId, Instant at) implements AccountEvent {
	}

	/**
	 * TOTP was turned off by the account, proving it with a code.
	 *
	 * @param method {@code totp} or {@code recovery-code}: what the user proved it with
	 */
	record TwoFactorDisabled(UUID accountId, String method, Instant at) implements AccountEvent {
	}

	/**
	 * A one-time recovery code was used in place of a TOTP code (never the code itself).
	 *
	 * @param remaining the unused codes left
	 */
	record RecoveryCodeUsed(UUID accountId, int remaining, Instant at) implements AccountEvent {
	}

	/**
	 * A second factor was refused: a wrong, replayed or expired code.
	 *
	 * @param during {@code sign-in}, {@code confirm} or {@code disable}
	 */
	record SecondFactorFailed(UUID accountId, String during, Instant at) implements AccountEvent {
	}

	/**
	 * A verification email was handed to delivery (at sign-up or when the user asked for
	 * one); never the token or the address.
	 */
	record VerificationEmailRequested(UUID accountId, Instant at) implements AccountEvent {
	}

	/** The account's email was confirmed with an emailed token. */
	record EmailVerified(UUID accountId, Instant at) implements AccountEvent {
	}

	/**
	 * A password-reset email was handed to delivery for a known email (an unknown one
	 * records nothing and sends nothing); older reset tokens stopped working.
	 */
	record PasswordResetRequested(UUID accountId, Instant at) implements AccountEvent {
	}

	/**
	 * The password was replaced with an emailed reset token; the sign-in lockout was
	 * cleared.
	 */
	record PasswordResetCompleted(UUID accountId, Instant at) implements AccountEvent {
	}

	/**
	 * An emailed one-time token was refused.
	 *
	 * @param accountId whose token it was; {@code null} when no token matched
	 * @param purpose {@code verify-email} or {@code reset-password}
	 * @param reason {@code unknown}, {@code used} or {@code expired}
	 */
	record OneTimeTokenRefused(@Nullable UUID accountId, String purpose, String reason,
			Instant at) implements AccountEvent {
	}

	/**
	 * The audit row: the account acts on itself except where an administrator or the
	 * server did; a failed sign-in with an unknown email has the actor {@code unknown}.
	 */
	@Override
	default AuditEntry auditEntry() {
		UUID id = accountId();
		String account = (id != null) ? id.toString() : "unknown";
		return switch (this) {
			case AccountRegistered e -> AuditEntry.change(account, "user.registered", "user", account, null,
					Map.of("role", e.role().name(), "tier", e.tier().name()));
			case AccountRegisteredWithProvider e -> AuditEntry.change(account, "user.registered", "user", account, null,
					Map.of("role", e.role().name(), "tier", e.tier().name(), "provider", e.provider()));
			case ProviderLinked e -> AuditEntry.change(account, "user.provider-linked", "user", account, null,
					Map.of("provider", e.provider(), "how", e.how()));
			case SignedInWithProvider e ->
				AuditEntry.change(account, "user.signed-in", "user", account, null, Map.of("provider", e.provider()));
			case ProviderSignInFailed e -> AuditEntry.change(account, "user.sign-in-failed", "user", account, null,
					Map.of("reason", e.reason(), "provider", e.provider()));
			case AdministratorCreated e -> AuditEntry.change("system", "user.administrator-created", "user", account,
					null, Map.of("role", Role.ADMIN.name(), "how", e.how()));
			case SignedIn e -> AuditEntry.change(account, "user.signed-in", "user", account, null, null);
			case SignInFailed e ->
				AuditEntry.change(account, "user.sign-in-failed", "user", account, null, Map.of("reason", e.reason()));
			case AccountLocked e -> AuditEntry.change("system", "user.locked", "user", account, null,
					Map.of("failedAttempts", e.failedAttempts(), "lockedUntil", e.lockedUntil().toString()));
			case RoleChanged e -> AuditEntry.change(e.changedBy().toString(), "user.role-changed", "user", account,
					null, Map.of("role", e.role().name(), "tier", e.tier().name()));
			case LockedByAdministrator e -> AuditEntry.change(e.lockedBy().toString(), "user.locked-by-administrator",
					"user", account, Map.of("locked", false), Map.of("locked", true));
			case UnlockedByAdministrator e -> AuditEntry.change(e.unlockedBy().toString(),
					"user.unlocked-by-administrator", "user", account, Map.of("locked", true), Map.of("locked", false));
			case SessionsEnded e -> AuditEntry.change(e.by().toString(), "user.sessions-ended", "user", account, null,
					Map.of("reason", e.reason()));
			case PersonalDataRead e -> AuditEntry.change(e.staffId().toString(), "user.pii-read", "user",
					(e.accountIds().size() == 1) ? account : "list", null,
					Map.of("accounts", e.accountIds().stream().map(UUID::toString).toList(), "masked", e.masked()));
			case SignedOut e -> AuditEntry.change(account, "user.signed-out", "user", account, null, null);
			case ProfileChanged e -> AuditEntry.change(account, "user.profile-changed", "user", account, null, null);
			case WatchlistChanged e -> AuditEntry.change(account, "watchlist." + e.change(), "watchlist",
					e.watchlistId().toString(), null, null);
			case SecretStored e -> AuditEntry.change(account, "secret.stored", "secret", e.secretId().toString(), null,
					Map.of("kind", e.kind().name()));
			case SecretDeleted e ->
				AuditEntry.change(account, "secret.deleted", "secret", e.secretId().toString(), null, null);
			case TwoFactorEnabled e ->
				AuditEntry.change(account, "user.two-factor-enabled", "user", account, null, Map.of("method", "totp"));
			case TwoFactorDisabled e -> AuditEntry.change(account, "user.two-factor-disabled", "user", account, null,
					Map.of("method", e.method()));
			case RecoveryCodeUsed e -> AuditEntry.change(account, "user.recovery-code-used", "user", account, null,
					Map.of("remaining", e.remaining()));
			case SecondFactorFailed e -> AuditEntry.change(account, "user.second-factor-failed", "user", account, null,
					Map.of("during", e.during()));
			case ApiKeyCreated e -> AuditEntry.change(account, "api-key.created", "api-key", e.keyId().toString(), null,
					Map.of("scopes", e.scopes()));
			case ApiKeyRotated e ->
				AuditEntry.change(account, "api-key.rotated", "api-key", e.keyId().toString(), null, null);
			case ApiKeyRevoked e ->
				AuditEntry.change(account, "api-key.revoked", "api-key", e.keyId().toString(), null, null);
			case VerificationEmailRequested e ->
				AuditEntry.change(account, "user.email-verification-requested", "user", account, null, null);
			case EmailVerified e -> AuditEntry.change(account, "user.email-verified", "user", account, null, null);
			case PasswordResetRequested e ->
				AuditEntry.change(account, "user.password-reset-requested", "user", account, null, null);
			case PasswordResetCompleted e ->
				AuditEntry.change(account, "user.password-reset", "user", account, null, null);
			case OneTimeTokenRefused e -> AuditEntry.change(account, "user.one-time-token-refused", "user", account,
					null, Map.of("purpose", e.purpose(), "reason", e.reason()));
		};
	}

}
