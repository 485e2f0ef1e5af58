package sage.server.trading.bot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveBotTest {

	private static final String BOT = "3f2a9c4e-1b7d-4e8f-9a01-23456789abcd";

	@Test
	void clientOrderIdsAreThirtyTwoLettersAndDigitsThatGiveTheirNumberBack() {
		String id = LiveBot.clientOrderId(BOT, 7);
		assertThat(id).isEqualTo("b3f2a9c4e1b7d4e8f9a0100000000007").matches("[a-z0-9]{32}");
		assertThat(LiveBot.number(BOT, id)).contains(7);
		assertThat(LiveBot.number(BOT, LiveBot.clientOrderId(BOT, Integer.MAX_VALUE))).contains(Integer.MAX_VALUE);
	}

	@Test
	void anotherBotsOrAHandPlacedIdHasNoNumber() {
		assertThat(LiveBot.number(BOT, LiveBot.clientOrderId("00000000-1b7d-4e8f-9a01-23456789abcd", 7))).isEmpty();
		assertThat(LiveBot.number(BOT, "m0123456789abcdef0123456789abcde")).isEmpty();
		assertThat(LiveBot.number(BOT, "b3f2a9c4e1b7d4e8f9a01-7")).isEmpty();
		assertThat(LiveBot.number(BOT, "b3f2a9c4e1b7d4e8f9a010000000000z")).isEmpty();
	}

}
