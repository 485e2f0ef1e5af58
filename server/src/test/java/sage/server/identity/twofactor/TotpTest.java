package sage.server.identity.twofactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	/** The SHA-1 seed of RFC 6238's appendix B. */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void matchesTheReferenceValuesOfRfc6238() {
		// appendix B lists 8 digits; the last 6 are the 6-digit codes
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void acceptsTheCurrentStepAndOneEitherSide() {
		Instant now = Instant.parse("2026-05-04T09:30:10Z");
		long step = Totp.step(now);
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step), now, -1)).hasValue(step);
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, -1)).hasValue(step - 1);
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step + 1), now, -1)).hasValue(step + 1);
	}

	@Test
	void refusesCodesTwoStepsAway() {
		Instant now = Instant.parse("2026-05-04T09:30:10Z");
		long step = Totp.step(now);
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step - 2), now, -1)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step + 2), now, -1)).isEmpty();
	}

	@Test
	void refusesACodeForTheLastUsedStepOrAnEarlierOne() {
		Instant now = Instant.parse("2026-05-04T09:30:10Z");
		long step = Totp.step(now);
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step), now, step)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, step)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step + 1), now, step)).hasValue(step + 1);
	}

	@Test
	void refusesWhatIsNotSixDigits() {
		Instant now = Instant.parse("2026-05-04T09:30:10Z");
		String code = Totp.code(RFC_KEY, Totp.step(now));
		assertThat(Totp.verify(RFC_KEY, code + "0", now, -1)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, "", now, -1)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, "12345a", now, -1)).isEmpty();
	}

	@Test
	void base32RoundTripsAndReadsTheRfc4648Example() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.decode("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(Base32.decode(Base32.encode(RFC_KEY))).isEqualTo(RFC_KEY);
	}

}
