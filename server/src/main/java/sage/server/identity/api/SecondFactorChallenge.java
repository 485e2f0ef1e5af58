package sage.server.identity.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a right password when a second factor is still needed.
 *
 * @param secondFactor always {@code required}
 * @param methods what {@code POST /api/v1/auth/login/2fa} takes
 * @param expiresAt when the password step stops counting (5 minutes)
 */
@Schema(name = "SecondFactorChallenge")
record SecondFactorChallenge(@Schema(example = "required") String secondFactor,
		@Schema(example = "[\"totp\", \"recovery-code\"]") List<String> methods,
		@Schema(example = "2026-05-04T09:35:00Z") Instant expiresAt) {

	static SecondFactorChallenge required(Instant expiresAt) {
		return new SecondFactorChallenge("required", List.of("totp", "recovery-code"), expiresAt);
	}

}
