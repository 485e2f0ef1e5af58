package sage.server.trading.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RespondAsyncTest {

	@Test
	void findsThePreferenceAmongOthers() {
		assertThat(RespondAsync.asked("respond-async")).isTrue();
		assertThat(RespondAsync.asked("Respond-Async")).isTrue();
		assertThat(RespondAsync.asked("return=minimal, respond-async")).isTrue();
		assertThat(RespondAsync.asked("respond-async; foo=bar, wait=10")).isTrue();
	}

	@Test
	void otherPreferencesOrNoneDoNotAsk() {
		assertThat(RespondAsync.asked(null)).isFalse();
		assertThat(RespondAsync.asked("")).isFalse();
		assertThat(RespondAsync.asked("return=representation")).isFalse();
		assertThat(RespondAsync.asked("respond-asynchronously")).isFalse();
		assertThat(RespondAsync.asked("wait=respond-async")).isFalse();
	}

}
