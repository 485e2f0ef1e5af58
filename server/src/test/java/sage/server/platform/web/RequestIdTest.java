package sage.server.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdTest {

	@Test
	void keepsAWellFormedIdFromTheCaller() {
		assertThat(RequestId.acceptOrGenerate("my-trace-123")).isEqualTo("my-trace-123");
		assertThat(RequestId.acceptOrGenerate("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
			.isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
	}

	@Test
	void replacesAnythingThatCouldForgeALogLine() {
		assertThat(RequestId.acceptOrGenerate("evil\nINFO forged")).matches("[0-9a-f-]{36}");
		assertThat(RequestId.acceptOrGenerate("with space")).matches("[0-9a-f-]{36}");
		assertThat(RequestId.acceptOrGenerate("x".repeat(129))).matches("[0-9a-f-]{36}");
		assertThat(RequestId.acceptOrGenerate("")).matches("[0-9a-f-]{36}");
		assertThat(RequestId.acceptOrGenerate(null)).matches("[0-9a-f-]{36}");
	}

	@Test
	void generatesADifferentVersion4UuidEachTime() {
		assertThat(RequestId.acceptOrGenerate(null)).isNotEqualTo(RequestId.acceptOrGenerate(null));
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			java.util.UUID id = java.util.UUID.fromString(RequestId.acceptOrGenerate(null));
			assertThat(id.version()).isEqualTo(4);
			assertThat(id.variant()).isEqualTo(2);
			ids.add(id.toString());
		}
		assertThat(ids).hasSize(10_000);
	}

}
