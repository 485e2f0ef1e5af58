package sage.server.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.identity.Role;
import sage.server.identity.Tier;
import sage.server.identity.crypto.IdentityKeys;

/**
 * The {@code identity_user} table. The email and display name are stored encrypted (each
 * bound to its row and column), the email also as a blind index for lookup; no plaintext
 * personal data reaches the database.
 */
@Repository
public class AccountStore {

	private static final String COLUMNS = "id, email_cipher, display_name_cipher, password_hash, role, tier, "
			+ "email_verified, failed_attempts, locked_until, created_at, locale, time_zone, base_currency, "
			+ "experience_level, risk_tolerance, notify_in_app, notify_email, notify_push, locked_at";

	private final JdbcClient jdbc;

	private final IdentityKeys keys;

	public AccountStore(JdbcClient jdbc, IdentityKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** The blind index of an email. */
	public String indexOf(EmailAddress email) {
		return this.keys.blindIndex().of(email.value());
	}

	/** Stores a new account. */
	public void insert(Account account) {
		Settings s = account.settings();
		this.jdbc
			.sql("insert into identity_user (" + COLUMNS + ", email_index) values (:id, :email, :name, :hash, "
					+ ":role, :tier, :verified, :failed, :lockedUntil, :createdAt, :locale, :timeZone, :currency, "
					+ ":experience, :risk, :inApp, :byEmail, :push, :lockedAt, :emailIndex)")
			.param("id", account.id().toString())
			.param("email", encryptEmail(account.id(), account.email()))
			.param("name", encryptName(account.id(), account.displayName()))
			.param("hash", account.passwordHash())
			.param("role", account.role().name())
			.param("tier", account.tier().name())
			.param("verified", account.emailVerified())
			.param("failed", account.lockout().failedAttempts())
			.param("lockedUntil", timestamp(account.lockout().lockedUntil()))
			.param("createdAt", timestamp(account.createdAt()))
			.param("locale", s.locale())
			.param("timeZone", s.timeZone())
			.param("currency", s.baseCurrency().name())
			.param("experience", s.experienceLevel().name())
			.param("risk", s.riskTolerance().name())
			.param("inApp", s.notifications().inApp())
			.param("byEmail", s.notifications().email())
			.param("push", s.notifications().push())
			.param("lockedAt", timestamp(account.lockedAt()))
			.param("emailIndex", indexOf(account.email()))
			.update();
	}

	/** The account with this email, if any. */
	public Optional<Account> findByEmail(EmailAddress email) {
		return this.jdbc.sql("select " + COLUMNS + " from identity_user where email_index = :index")
			.param("index", indexOf(email))
			.query(this::map)
			.optional();
	}

	/** The account with this id, if any. */
	public Optional<Account> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from identity_user where id = :id")
			.param("id", id.toString())
			.query(this::map)
			.optional();
	}

	/** Whether any account has this role. */
	public boolean anyWithRole(Role role) {
		return this.jdbc.sql("select count(*) from identity_user where role = :role")
			.param("role", role.name())
			.query(Long.class)
			.single() > 0;
	}

	/** Records failed sign-ins and any lock. */
	public void updateLockout(UUID id, Lockout lockout) {
		this.jdbc.sql("update identity_user set failed_attempts = :failed, locked_until = :until where id = :id")
			.param("failed", lockout.failedAttempts())
			.param("until", timestamp(lockout.lockedUntil()))
			.param("id", id.toString())
			.update();
	}

	/**
	 * Replaces the password hash and clears failed sign-ins and any lock (the owner
	 * proved control of the email).
	 */
	public void updatePassword(UUID id, String passwordHash) {
		this.jdbc
			.sql("update identity_user set password_hash = :hash, failed_attempts = 0, locked_until = null "
					+ "where id = :id")
			.param("hash", passwordHash)
			.param("id", id.toString())
			.update();
	}

	/**
	 * Marks the email verified.
	 * @return whether it was not verified before
	 */
	public boolean markEmailVerified(UUID id) {
		return this.jdbc.sql("update identity_user set email_verified = true where id = :id and email_verified = false")
			.param("id", id.toString())
			.update() == 1;
	}

	/** Replaces the display name and settings. */
	public void updateProfile(UUID id, @Nullable String displayName, Settings s) {
		this.jdbc
			.sql("update identity_user set display_name_cipher = :name, locale = :locale, time_zone = :timeZone, "
					+ "base_currency = :currency, experience_level = :experience, risk_tolerance = :risk, "
					+ "notify_in_app = :inApp, notify_email = :byEmail, notify_push = :push where id = :id")
			.param("name", encryptName(id, displayName))
			.param("locale", s.locale())
			.param("timeZone", s.timeZone())
			.param("currency", s.baseCurrency().name())
			.param("experience", s.experienceLevel().name())
			.param("risk", s.riskTolerance().name())
			.param("inApp", s.notifications().inApp())
			.param("byEmail", s.notifications().email())
			.param("push", s.notifications().push())
			.param("id", id.toString())
			.update();
	}

	/** Sets the role and tier. */
	public void updateRoleAndTier(UUID id, Role role, Tier tier) {
		this.jdbc.sql("update identity_user set role = :role, tier = :tier where id = :id")
			.param("role", role.name())
			.param("tier", tier.name())
			.param("id", id.toString())
			.update();
	}

	/**
	 * Accounts that match a staff search, newest first.
	 * @param offset how many to skip
	 * @param limit how many at most
	 */
	public List<Account> search(AccountSearch search, long offset, int limit) {
		Map<String, Object> params = new HashMap<>(Map.of("limit", limit, "offset", offset));
		return this.jdbc
			.sql("select " + COLUMNS + " from identity_user" + where(search, params)
					+ " order by created_at desc, id limit :limit offset :offset")
			.params(params)
			.query(this::map)
			.list();
	}

	/** How many accounts match a staff search. */
	public long count(AccountSearch search) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc.sql("select count(*) from identity_user" + where(search, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The where clause of a search, its values put into {@code params}: bound, never
	 * spliced.
	 */
	private String where(AccountSearch search, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (search.email() != null) {
			conditions.add("email_index = :email");
			params.put("email", indexOf(search.email()));
		}
		if (search.role() != null) {
			conditions.add("role = :role");
			params.put("role", search.role().name());
		}
		if (search.tier() != null) {
			conditions.add("tier = :tier");
			params.put("tier", search.tier().name());
		}
		if (search.locked() != null) {
			conditions.add(search.locked() ? "locked_at is not null" : "locked_at is null");
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/**
	 * Locks the account for an administrator and ends its sessions.
	 * @return whether it was not locked before
	 */
	public boolean lock(UUID id, UUID lockedBy, Instant at) {
		return this.jdbc
			.sql("update identity_user set locked_at = :at, locked_by = :by, sessions_valid_after = :at "
					+ "where id = :id and locked_at is null")
			.param("at", timestamp(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS)))
			.param("by", lockedBy.toString())
			.param("id", id.toString())
			.update() == 1;
	}

	/**
	 * Lifts an administrator's lock and any lock after failed sign-ins.
	 * @return whether it was locked by an administrator before
	 */
	public boolean unlock(UUID id) {
		return this.jdbc
			.sql("update identity_user set locked_at = null, locked_by = null, failed_attempts = 0, "
					+ "locked_until = null where id = :id and locked_at is not null")
			.param("id", id.toString())
			.update() == 1;
	}

	/** Ends every session of the account signed in at or before {@code at}. */
	public void endSessions(UUID id, Instant at) {
		// microseconds, as the database keeps them, so the comparison with a session's
		// sign-in time is exact
		this.jdbc.sql("update identity_user set sessions_valid_after = :at where id = :id")
			.param("at", timestamp(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS)))
			.param("id", id.toString())
			.update();
	}

	/**
	 * Whether a session of the account signed in at {@code signedInAt} may go on: the
	 * account exists, is not locked, and its sessions were not ended since.
	 */
	public boolean sessionMayContinue(UUID id, Instant signedInAt) {
		return this.jdbc.sql("select locked_at, sessions_valid_after from identity_user where id = :id")
			.param("id", id.toString())
			.query((rs, row) -> {
				OffsetDateTime validAfter = rs.getObject("sessions_valid_after", OffsetDateTime.class);
				return rs.getObject("locked_at") == null
						&& (validAfter == null || signedInAt.isAfter(validAfter.toInstant()));
			})
			.optional()
			.orElse(false);
	}

	private String encryptEmail(UUID id, EmailAddress email) {
		return this.keys.cipher().encrypt(email.value(), emailContext(id));
	}

	private @Nullable String encryptName(UUID id, @Nullable String name) {
		return (name != null) ? this.keys.cipher().encrypt(name, nameContext(id)) : null;
	}

	private static String emailContext(UUID id) {
		return "identity_user.email:" + id;
	}

	private static String nameContext(UUID id) {
		return "identity_user.display_name:" + id;
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		UUID id = UUID.fromString(rs.getString("id"));
		String nameCipher = rs.getString("display_name_cipher");
		OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
		Settings settings = new Settings(rs.getString("locale"), rs.getString("time_zone"),
				Settings.BaseCurrency.valueOf(rs.getString("base_currency")),
				Settings.ExperienceLevel.valueOf(rs.getString("experience_level")),
				Settings.RiskTolerance.valueOf(rs.getString("risk_tolerance")), new Settings.Notifications(
						rs.getBoolean("notify_in_app"), rs.getBoolean("notify_email"), rs.getBoolean("notify_push")));
		return new Account(id,
				new EmailAddress(this.keys.cipher().decrypt(rs.getString("email_cipher"), emailContext(id))),
				(nameCipher != null) ? this.keys.cipher().decrypt(nameCipher, nameContext(id)) : null,
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")), Tier.valueOf(rs.getString("tier")),
				rs.getBoolean("email_verified"),
				new Lockout(rs.getInt("failed_attempts"), (lockedUntil != null) ? lockedUntil.toInstant() : null),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), settings,
				instant(rs.getObject("locked_at", OffsetDateTime.class)));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
