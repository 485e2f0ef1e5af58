package sage.server.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import sage.server.identity.Role;
import sage.server.identity.SignedInUser;
import sage.server.identity.Tier;

import static org.assertj.core.api.Assertions.assertThat;

/** The pending state of a two-step sign-in, with fixed clocks. */
class SessionsTest {

	private static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	@Test
	void aPendingSignInHoldsOnlyTheAccountIdAndExpires() {
		UUID id = UUID.randomUUID();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/login");
		Instant expiresAt = sessions(NOW).startPending(id, request, new MockHttpServletResponse());
		assertThat(expiresAt).isEqualTo(NOW.plus(Sessions.PENDING_SIGN_IN));
		assertThat(SecurityContextHolder.getContext().getAuthentication()).as("not signed in").isNull();
		assertThat(this.contexts.containsContext(request)).isFalse();

		MockHttpServletRequest next = new MockHttpServletRequest("POST", "/api/v1/auth/login/2fa");
		next.setSession(request.getSession());
		assertThat(sessions(expiresAt.minusSeconds(1)).pendingSignIn(next)).hasValue(id);
		assertThat(sessions(expiresAt).pendingSignIn(next)).isEmpty();
	}

	@Test
	void aPendingSignInReplacesWhoeverWasSignedInOnTheSession() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/login");
		sessions(NOW).start(new SignedInUser(UUID.randomUUID(), Role.USER, Tier.FREE, false), request,
				new MockHttpServletResponse());
		assertThat(this.contexts.containsContext(request)).isTrue();
		String before = request.getSession().getId();

		sessions(NOW).startPending(UUID.randomUUID(), request, new MockHttpServletResponse());
		assertThat(this.contexts.containsContext(request)).isFalse();
		assertThat(request.getSession().getId()).as("the id rotates").isNotEqualTo(before);
	}

	@Test
	void signingInEndsThePendingState() {
		UUID id = UUID.randomUUID();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/login");
		sessions(NOW).startPending(id, request, new MockHttpServletResponse());
		sessions(NOW).start(new SignedInUser(id, Role.ADMIN, Tier.FREE, true), request, new MockHttpServletResponse());
		assertThat(sessions(NOW).pendingSignIn(request)).isEmpty();
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_ADMIN");
	}

	@Test
	void anAdministratorWithoutASecondFactorGetsNoRole() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/login");
		sessions(NOW).start(new SignedInUser(UUID.randomUUID(), Role.ADMIN, Tier.FREE, false), request,
				new MockHttpServletResponse());
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactly(Sessions.SECOND_FACTOR_REQUIRED);
	}

	private Sessions sessions(Instant now) {
		return new Sessions(this.contexts, new HttpSessionCsrfTokenRepository(), "SAGE_SESSION",
				Clock.fixed(now, ZoneOffset.UTC));
	}

}
