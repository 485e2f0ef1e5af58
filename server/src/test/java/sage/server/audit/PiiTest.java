package sage.server.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PiiTest {

	@Test
	void masksAnEmailToItsFirstLetterAndDomain() {
		assertThat(Pii.maskEmail("jane.doe@example.com")).isEqualTo("j***@example.com");
		assertThat(Pii.maskEmail("j***@example.com")).isEqualTo("j***@example.com");
		assertThat(Pii.maskEmail("not-an-email")).isEqualTo("***");
		assertThat(Pii.maskEmail("@example.com")).isEqualTo("***");
	}

	@Test
	void masksPhonesAndNames() {
		assertThat(Pii.maskPhone("+82 10-1234-5678")).isEqualTo("***78");
		assertThat(Pii.maskPhone("123")).isEqualTo("***");
		assertThat(Pii.maskName(" Jane Doe")).isEqualTo("J***");
		assertThat(Pii.maskName("김철수")).isEqualTo("김***");
	}

	@Test
	void masksPersonalAndSecretKeysAtAnyDepthAndKeepsTheRest() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("email", "jane@example.com");
		values.put("displayName", "Jane Doe");
		values.put("passwordHash", "$argon2id$v=19$...");
		values.put("apiKey", "sk-live-123");
		values.put("role", "ADMIN");
		values.put("enabled", true);
		values.put("contact", Map.of("phone", "010-1234-5678", "recoveryEmails", List.of("a@b.io", "c@d.io")));
		values.put("note", null);

		Map<String, Object> masked = Pii.maskValues(values);

		assertThat(masked).containsEntry("email", "j***@example.com")
			.containsEntry("displayName", "J***")
			.containsEntry("passwordHash", "***")
			.containsEntry("apiKey", "***")
			.containsEntry("role", "ADMIN")
			.containsEntry("enabled", true)
			.containsEntry("note", null)
			.containsEntry("contact", Map.of("phone", "***78", "recoveryEmails", List.of("a***@b.io", "c***@d.io")));
		assertThat(masked.keySet()).containsExactlyElementsOf(values.keySet());
		assertThat(Pii.maskValues(null)).isNull();
	}

	@Test
	void hidesSecretsWhole() {
		assertThat(Pii.maskValues(Map.of("totpSecret", Map.of("a", 1), "refresh_token", List.of("x"))))
			.containsEntry("totpSecret", "***")
			.containsEntry("refresh_token", "***");
	}

}
