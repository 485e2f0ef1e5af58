package sage.server.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import sage.server.identity.SignedInUser;
import sage.server.identity.Tier;
import sage.server.platform.ratelimit.RateLimits;

/**
 * Tells the rate limiter, which runs after the security chain, that a signed-in caller is
 * on the PRO tier, so their limits are multiplied.
 */
class RateLimitTier extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.tier() == Tier.PRO) {
			request.setAttribute(RateLimits.TIER_ATTRIBUTE, "PRO");
		}
		chain.doFilter(request, response);
	}

}
