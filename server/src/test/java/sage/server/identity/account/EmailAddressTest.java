package sage.server.identity.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

	@Test
	void normalisesCaseSpaceAndWidth() {
		assertThat(EmailAddress.of("  Jane@Example.COM ").value()).isEqualTo("jane@example.com");
		// full-width letters (NFKC) are the same address
		assertThat(EmailAddress.of("ｊａｎｅ@example.com").value()).isEqualTo("jane@example.com");
	}

	@Test
	void masksForSupport() {
		assertThat(EmailAddress.of("john@example.com").masked()).isEqualTo("j***@example.com");
		assertThat(EmailAddress.of("x@example.com").masked()).isEqualTo("x***@example.com");
		assertThat(EmailAddress.of("john@example.com").toString()).doesNotContain("john");
	}

	@Test
	void refusesWhatIsNotAnAddress() {
		assertThat(EmailAddress.isValid("jane")).isFalse();
		assertThat(EmailAddress.isValid("jane@localhost")).isFalse();
		assertThat(EmailAddress.isValid("a@b@example.com")).isFalse();
		assertThat(EmailAddress.isValid("a".repeat(250) + "@example.com")).isFalse();
		assertThat(EmailAddress.isValid("jane.doe+sage@example.co.kr")).isTrue();
	}

}
