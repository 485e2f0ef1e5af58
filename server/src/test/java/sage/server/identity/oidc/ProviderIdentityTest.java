package sage.server.identity.oidc;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.oidc.StandardClaimAccessor;

import sage.server.identity.account.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderIdentityTest {

	@Test
	void readsSubjectEmailAndVerification() {
		ProviderIdentity identity = ProviderIdentity.of("google",
				claims(Map.of("sub", "1102", "email", "Jane@Example.com", "email_verified", true, "name", "Jane Doe")));
		assertThat(identity.subject()).isEqualTo("1102");
		assertThat(identity.email()).isEqualTo(EmailAddress.of("jane@example.com"));
		assertThat(identity.hasVerifiedEmail()).isTrue();
		assertThat(identity.name()).isEqualTo("Jane Doe");
	}

	@Test
	void verifiedOnlyWhenTheProviderSaysTrue() {
		assertThat(ProviderIdentity.of("p", claims(Map.of("sub", "1", "email", "a@example.com"))).hasVerifiedEmail())
			.as("claim absent")
			.isFalse();
		assertThat(
				ProviderIdentity.of("p", claims(Map.of("sub", "1", "email", "a@example.com", "email_verified", false)))
					.hasVerifiedEmail())
			.isFalse();
		// some providers send the claim as a string
		assertThat(
				ProviderIdentity.of("p", claims(Map.of("sub", "1", "email", "a@example.com", "email_verified", "true")))
					.hasVerifiedEmail())
			.isTrue();
		assertThat(ProviderIdentity.of("p", claims(Map.of("sub", "1", "email_verified", true))).hasVerifiedEmail())
			.as("no email")
			.isFalse();
	}

	@Test
	void anEmailSageWouldNotAcceptCountsAsNone() {
		ProviderIdentity identity = ProviderIdentity.of("p",
				claims(Map.of("sub", "1", "email", "not an address", "email_verified", true)));
		assertThat(identity.email()).isNull();
		assertThat(identity.hasVerifiedEmail()).isFalse();
	}

	@Test
	void namesAreCutToWhatAProfileTakes() {
		assertThat(ProviderIdentity.name("  Jane\u0007 Doe\n ")).isEqualTo("Jane Doe");
		assertThat(ProviderIdentity.name("x".repeat(300))).hasSize(100);
		assertThat(ProviderIdentity.name(" \t ")).isNull();
		assertThat(ProviderIdentity.name(null)).isNull();
	}

	@Test
	void printsNoPersonalData() {
		ProviderIdentity identity = ProviderIdentity.of("google",
				claims(Map.of("sub", "1102", "email", "jane@example.com", "email_verified", true, "name", "Jane Doe")));
		assertThat(identity.toString()).doesNotContain("1102", "jane", "Jane");
	}

	private static StandardClaimAccessor claims(Map<String, Object> claims) {
		Map<String, Object> copy = new HashMap<>(claims);
		return () -> copy;
	}

}
