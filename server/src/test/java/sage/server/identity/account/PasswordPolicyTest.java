package sage.server.identity.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.bundled());

	private static final EmailAddress JANE = EmailAddress.of("jane.doe.long@example.com");

	@Test
	void theBundledListIsLoaded() {
		assertThat(CommonPasswords.bundled().size()).isGreaterThan(49_000);
	}

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThat(POLICY.problems("violet canoe drums at noon", JANE)).isEmpty();
	}

	@Test
	void refusesShortPasswordsSayingHowLong() {
		assertThat(POLICY.problems("Tr0ub4dor&3", JANE))
			.containsExactly("must be at least 12 characters (it has 11); a few unrelated words make a good one");
	}

	@Test
	void countsCharactersNotBytes() {
		// 12 Hangul syllables: 36 bytes in UTF-8, 12 characters
		assertThat(POLICY.problems("비밀번호는길게만드세요", JANE)).hasSize(1);
		assertThat(POLICY.problems("비밀번호는길게만드세요요", JANE)).isEmpty();
	}

	@Test
	void refusesCommonAndBreachedPasswordsWhateverTheirCase() {
		assertThat(POLICY.problems("1qaz2wsx3edc", JANE))
			.containsExactly("is on a list of common or breached passwords; choose another");
		assertThat(POLICY.problems("QWERTY123456", JANE))
			.containsExactly("is on a list of common or breached passwords; choose another");
	}

	@Test
	void refusesTooLongAndRepeatedAndOwnEmail() {
		assertThat(POLICY.problems("x".repeat(129), JANE)).contains("must be at most 128 characters",
				"must not be one character repeated");
		assertThat(POLICY.problems("Jane.Doe.Long@example.com", JANE))
			.containsExactly("must not be your email address");
	}

}
