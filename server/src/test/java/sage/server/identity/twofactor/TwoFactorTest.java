package sage.server.identity.twofactor;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import sage.server.identity.AccountEvent;
import sage.server.identity.Role;
import sage.server.identity.Tier;
import sage.server.identity.account.Account;
import sage.server.identity.account.AccountStore;
import sage.server.identity.account.EmailAddress;
import sage.server.identity.account.Lockout;
import sage.server.identity.account.Settings;
import sage.server.platform.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Enrolment and code checks with a fixed clock and the store in memory. */
class TwoFactorTest {

	private final SteppedClock clock = new SteppedClock(Instant.parse("2026-05-04T09:30:05Z"));

	private final List<Object> events = new ArrayList<>();

	private final AccountStore accounts = mock(AccountStore.class);

	private final TwoFactor twoFactor = new TwoFactor(new InMemoryTwoFactorStore(), this.accounts, this.events::add,
			this.clock);

	@Test
	void setUpGivesAnOtpauthUriLabelledWithTheMaskedEmail() {
		UUID id = account(Role.USER);
		URI uri = this.twoFactor.setUp(id);
		assertThat(uri.getScheme()).isEqualTo("otpauth");
		assertThat(uri.toString()).startsWith("otpauth://totp/Sage%3Aj***%40example.com?secret=")
			.contains("&issuer=Sage&algorithm=SHA1&digits=6&period=30")
			.doesNotContain("jane");
		assertThat(this.twoFactor.isEnabled(id)).isFalse();
	}

	@Test
	void confirmEnablesWithTheRightCodeAndIssuesTenRecoveryCodes() {
		UUID id = account(Role.USER);
		byte[] secret = secretOf(this.twoFactor.setUp(id));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.twoFactor.confirm(id, "000000"))
			.satisfies((ex) -> assertThat(ex.problemType().code()).isEqualTo("invalid-second-factor"));
		List<String> codes = this.twoFactor.confirm(id, currentCode(secret));
		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch((c) -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
		assertThat(this.twoFactor.isEnabled(id)).isTrue();
		assertThat(this.twoFactor.status(id).recoveryCodesLeft()).isEqualTo(10);
		assertThat(this.events).hasAtLeastOneElementOfType(AccountEvent.TwoFactorEnabled.class)
			.hasAtLeastOneElementOfType(AccountEvent.SecondFactorFailed.class);
	}

	@Test
	void aCodeIsAcceptedOnceWithinItsWindow() {
		UUID id = account(Role.USER);
		byte[] secret = enrol(id);
		this.clock.advance(Duration.ofSeconds(30));
		String code = currentCode(secret);
		assertThat(this.twoFactor.verify(id, SecondFactor.totp(code), "sign-in")).isTrue();
		assertThat(this.twoFactor.verify(id, SecondFactor.totp(code), "sign-in")).as("replayed").isFalse();
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.twoFactor.verify(id, SecondFactor.totp(code), "sign-in")).as("replayed, same step").isFalse();
	}

	@Test
	void toleratesOneStepOfClockSkewEitherWay() {
		UUID id = account(Role.USER);
		byte[] secret = enrol(id);
		this.clock.advance(Duration.ofMinutes(5));
		long step = Totp.step(this.clock.instant());
		assertThat(this.twoFactor.verify(id, SecondFactor.totp(Totp.code(secret, step - 1)), "sign-in")).isTrue();
		assertThat(this.twoFactor.verify(id, SecondFactor.totp(Totp.code(secret, step + 1)), "sign-in")).isTrue();
		this.clock.advance(Duration.ofMinutes(5));
		step = Totp.step(this.clock.instant());
		assertThat(this.twoFactor.verify(id, SecondFactor.totp(Totp.code(secret, step + 2)), "sign-in")).isFalse();
		assertThat(this.twoFactor.verify(id, SecondFactor.totp(Totp.code(secret, step - 2)), "sign-in")).isFalse();
	}

	@Test
	void aRecoveryCodeWorksOnceWhateverItsCaseOrDashes() {
		UUID id = account(Role.USER);
		byte[] secret = this.secretOf(this.twoFactor.setUp(id));
		List<String> codes = this.twoFactor.confirm(id, currentCode(secret));
		String typed = codes.get(3).toUpperCase().replace("-", " ");
		assertThat(this.twoFactor.verify(id, SecondFactor.recovery(typed), "sign-in")).isTrue();
		assertThat(this.twoFactor.verify(id, SecondFactor.recovery(codes.get(3)), "sign-in")).isFalse();
		assertThat(this.twoFactor.status(id).recoveryCodesLeft()).isEqualTo(9);
		assertThat(this.events).filteredOn(AccountEvent.RecoveryCodeUsed.class::isInstance)
			.singleElement()
			.satisfies((e) -> assertThat(((AccountEvent.RecoveryCodeUsed) e).remaining()).isEqualTo(9));
	}

	@Test
	void administratorsCannotTurnItOffUsersCanWithACode() {
		UUID admin = account(Role.ADMIN);
		byte[] adminSecret = enrol(admin);
		this.clock.advance(Duration.ofSeconds(60));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.twoFactor.disable(admin, SecondFactor.totp(currentCode(adminSecret))))
			.satisfies((ex) -> assertThat(ex.problemType().code()).isEqualTo("two-factor-mandatory"));
		assertThat(this.twoFactor.status(admin).required()).isTrue();

		UUID user = account(Role.USER);
		byte[] userSecret = enrol(user);
		this.clock.advance(Duration.ofSeconds(60));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.twoFactor.disable(user, SecondFactor.totp("123456")))
			.satisfies((ex) -> assertThat(ex.problemType().code()).isEqualTo("invalid-second-factor"));
		this.twoFactor.disable(user, SecondFactor.totp(currentCode(userSecret)));
		assertThat(this.twoFactor.isEnabled(user)).isFalse();
		assertThat(this.events).hasAtLeastOneElementOfType(AccountEvent.TwoFactorDisabled.class);
	}

	@Test
	void eventsNeverHoldTheSecretOrCodes() {
		UUID id = account(Role.USER);
		byte[] secret = secretOf(this.twoFactor.setUp(id));
		List<String> codes = this.twoFactor.confirm(id, currentCode(secret));
		this.twoFactor.verify(id, SecondFactor.recovery(codes.get(0)), "sign-in");
		for (Object event : this.events) {
			String row = ((AccountEvent) event).auditEntry().toString() + event;
			assertThat(row).doesNotContain(Base32.encode(secret)).doesNotContain(codes.get(0));
		}
	}

	private byte[] enrol(UUID id) {
		byte[] secret = secretOf(this.twoFactor.setUp(id));
		this.twoFactor.confirm(id, currentCode(secret));
		return secret;
	}

	private String currentCode(byte[] secret) {
		return Totp.code(secret, Totp.step(this.clock.instant()));
	}

	private byte[] secretOf(URI uri) {
		String query = uri.getRawQuery();
		String secret = query.substring(query.indexOf("secret=") + 7).split("&")[0];
		return Base32.decode(secret);
	}

	private UUID account(Role role) {
		UUID id = UUID.randomUUID();
		when(this.accounts.find(id)).thenReturn(Optional.of(new Account(id, new EmailAddress("jane@example.com"), null,
				"hash", role, Tier.FREE, false, Lockout.NONE, this.clock.instant(), Settings.DEFAULTS, null)));
		return id;
	}

	/** A clock that stands still until a test moves it. */
	static final class SteppedClock extends Clock {

		private Instant now;

		SteppedClock(Instant now) {
			this.now = now;
		}

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
