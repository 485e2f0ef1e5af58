package sage.server.identity.oidc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import sage.server.identity.account.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;

class LinkingTest {

	private static final EmailAddress JANE = EmailAddress.of("jane@example.com");

	private final UUID linked = UUID.randomUUID();

	private final UUID owner = UUID.randomUUID();

	private final List<EmailAddress> asked = new ArrayList<>();

	@Test
	void aLinkDecidesWhateverTheEmailSays() {
		ProviderIdentity unverified = identity(EmailAddress.of("someone-else@example.com"), false);
		assertThat(Linking.decide(unverified, Optional.of(this.linked), accountOf(this.owner)))
			.isEqualTo(new Linking.Linked(this.linked));
		assertThat(Linking.decide(identity(null, false), Optional.of(this.linked), accountOf(this.owner)))
			.isEqualTo(new Linking.Linked(this.linked));
		assertThat(this.asked).as("no email lookup when a link exists").isEmpty();
	}

	@Test
	void aVerifiedEmailLinksTheAccountThatHasIt() {
		assertThat(Linking.decide(identity(JANE, true), Optional.empty(), accountOf(this.owner)))
			.isEqualTo(new Linking.LinkByVerifiedEmail(this.owner));
		assertThat(this.asked).containsExactly(JANE);
	}

	@Test
	void aVerifiedEmailWithoutAnAccountCreatesOne() {
		assertThat(Linking.decide(identity(JANE, true), Optional.empty(), accountOf(null)))
			.isEqualTo(new Linking.CreateAccount(JANE));
	}

	@Test
	void anUnverifiedEmailNeverLinksNorCreates() {
		assertThat(Linking.decide(identity(JANE, false), Optional.empty(), accountOf(this.owner)))
			.isInstanceOf(Linking.UnverifiedEmail.class);
		assertThat(Linking.decide(identity(JANE, false), Optional.empty(), accountOf(null)))
			.isInstanceOf(Linking.UnverifiedEmail.class);
		assertThat(this.asked).as("an unverified email is not even looked up").isEmpty();
	}

	@Test
	void noEmailWithoutALinkIsRefused() {
		assertThat(Linking.decide(identity(null, true), Optional.empty(), accountOf(this.owner)))
			.isInstanceOf(Linking.UnverifiedEmail.class);
	}

	private Function<EmailAddress, Optional<UUID>> accountOf(UUID account) {
		return (email) -> {
			this.asked.add(email);
			return Optional.ofNullable(account);
		};
	}

	private static ProviderIdentity identity(EmailAddress email, boolean verified) {
		return new ProviderIdentity("google", "110248495921238986420", email, verified, null);
	}

}
