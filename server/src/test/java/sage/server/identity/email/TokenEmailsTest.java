package sage.server.identity.email;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEmailsTest {

	private final TokenEmails emails = new TokenEmails(URI.create("https://sage.example.com/"));

	@Test
	void theLinkOpensTheWebAppsPageForThePurpose() {
		assertThat(this.emails.link(TokenPurpose.VERIFY_EMAIL, "abc"))
			.isEqualTo("https://sage.example.com/verify-email?token=abc");
		assertThat(this.emails.link(TokenPurpose.RESET_PASSWORD, "abc"))
			.isEqualTo("https://sage.example.com/reset-password?token=abc");
	}

	@Test
	void emailsAreWrittenInTheAccountsLanguageWithTheirValidity() {
		TokenEmail english = this.emails.compose(TokenPurpose.RESET_PASSWORD, "en", "tok");
		assertThat(english.subject()).isEqualTo("Reset your Sage password");
		assertThat(english.text()).contains("https://sage.example.com/reset-password?token=tok").contains("30 minutes");
		assertThat(english.html()).contains("href=\"https://sage.example.com/reset-password?token=tok\"")
			.contains("lang=\"en\"");

		TokenEmail korean = this.emails.compose(TokenPurpose.VERIFY_EMAIL, "ko", "tok");
		assertThat(korean.subject()).isEqualTo("Sage 이메일 주소를 확인해 주세요");
		assertThat(korean.text()).contains("24시간").contains("https://sage.example.com/verify-email?token=tok");
		assertThat(korean.html()).contains("lang=\"ko\"");
	}

	@Test
	void anUnknownLanguageFallsBackToEnglish() {
		assertThat(this.emails.compose(TokenPurpose.VERIFY_EMAIL, "fr", "tok").subject())
			.isEqualTo("Confirm your email address for Sage");
		assertThat(this.emails.compose(TokenPurpose.VERIFY_EMAIL, "en", "tok").text()).contains("24 hours");
	}

	@Test
	void theToStringHoldsNoLink() {
		assertThat(this.emails.compose(TokenPurpose.VERIFY_EMAIL, "en", "secret-token").toString())
			.doesNotContain("secret-token");
	}

}
