package sage.server.identity.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimeTokenTest {

	private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

	private final SecureRandom random = new SecureRandom();

	@Test
	void aTokenIs256RandomBitsInBase64UrlAndOnlyItsHashIsKept() throws Exception {
		OneTimeToken.Issued issued = OneTimeToken.issue(this.random, UUID.randomUUID(), TokenPurpose.VERIFY_EMAIL, NOW);
		assertThat(issued.value()).matches("[A-Za-z0-9_-]{43}");
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(issued.value().getBytes(StandardCharsets.UTF_8)));
		assertThat(issued.stored().hash()).isEqualTo(expected).isEqualTo(OneTimeToken.hash(issued.value()));
		assertThat(issued.stored().toString()).doesNotContain(issued.value());
		assertThat(issued.toString()).doesNotContain(issued.value());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			seen.add(OneTimeToken.issue(this.random, UUID.randomUUID(), TokenPurpose.RESET_PASSWORD, NOW).value());
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void verificationWorksForADayAndResetForHalfAnHour() {
		OneTimeToken verify = OneTimeToken.issue(this.random, UUID.randomUUID(), TokenPurpose.VERIFY_EMAIL, NOW)
			.stored();
		assertThat(verify.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
		assertThat(verify.refusal(NOW)).isNull();
		assertThat(verify.refusal(NOW.plus(Duration.ofHours(24)).minusMillis(1))).isNull();
		assertThat(verify.refusal(NOW.plus(Duration.ofHours(24)))).isEqualTo("expired");

		OneTimeToken reset = OneTimeToken.issue(this.random, UUID.randomUUID(), TokenPurpose.RESET_PASSWORD, NOW)
			.stored();
		assertThat(reset.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
		assertThat(reset.refusal(NOW.plus(Duration.ofMinutes(29)))).isNull();
		assertThat(reset.refusal(NOW.plus(Duration.ofMinutes(30)))).isEqualTo("expired");
	}

	@Test
	void aUsedTokenIsRefusedEvenBeforeItExpires() {
		OneTimeToken token = OneTimeToken.issue(this.random, UUID.randomUUID(), TokenPurpose.RESET_PASSWORD, NOW)
			.stored();
		OneTimeToken used = new OneTimeToken(token.hash(), token.accountId(), token.purpose(), token.createdAt(),
				token.expiresAt(), NOW.plusSeconds(5));
		assertThat(used.refusal(NOW.plusSeconds(10))).isEqualTo("used");
		assertThat(used.refusal(NOW.plus(Duration.ofHours(1)))).as("used wins over expired").isEqualTo("used");
	}

	@Test
	void theHashDependsOnEveryCharacter() {
		assertThat(OneTimeToken.hash("abc")).hasSize(64)
			.isNotEqualTo(OneTimeToken.hash("abd"))
			.isEqualTo(OneTimeToken.hash("abc"));
	}

}
