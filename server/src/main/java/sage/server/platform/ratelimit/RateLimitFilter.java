package sage.server.platform.ratelimit;

import java.io.IOException;
import java.security.Principal;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import sage.server.platform.PlatformProblems;
import sage.server.platform.web.ProblemWriter;

/**
 * Limits each caller's requests per route group and says where they stand in
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}
 * (seconds until the bucket is full again). Past the limit it answers 429
 * {@code rate-limited} with {@code Retry-After}. It runs after sign-in, so a signed-in
 * caller has a bucket of their own; everyone else is known by their address.
 *
 * <p>
 * When the shared buckets cannot be reached the request goes through: a limiter that
 * failed closed would take the whole API down with Redis. Each such request is counted in
 * {@code sage.ratelimit.unavailable} and logged at most once a minute.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

	private final RouteGroups groups;

	private final Buckets buckets;

	private final int proMultiplier;

	private final ProblemWriter problems;

	private final MeterRegistry meters;

	private volatile long lastWarning;

	RateLimitFilter(RouteGroups groups, Buckets buckets, int proMultiplier, ProblemWriter problems,
			MeterRegistry meters) {
		this.groups = groups;
		this.buckets = buckets;
		this.proMultiplier = proMultiplier;
		this.problems = problems;
		this.meters = meters;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RouteGroup group = this.groups.find(request).orElse(null);
		if (group == null) {
			chain.doFilter(request, response);
			return;
		}
		boolean pro = "PRO".equals(request.getAttribute(RateLimits.TIER_ATTRIBUTE));
		long limit = (long) group.perMinute() * (pro ? this.proMultiplier : 1);
		ConsumptionProbe probe;
		try {
			probe = this.buckets.take(group.name() + ":" + subject(request, group), limit);
		}
		catch (RuntimeException ex) {
			this.meters.counter("sage.ratelimit.unavailable").increment();
			warnAtMostOnceAMinute(ex);
			chain.doFilter(request, response);
			return;
		}
		long remaining = Math.max(0, probe.getRemainingTokens());
		// tokens refill at limit per minute: the bucket is full again after the missing
		// ones
		long secondsToFull = ceilDiv((limit - remaining) * 60, limit);
		response.setHeader("RateLimit-Limit", Long.toString(limit));
		response.setHeader("RateLimit-Remaining", Long.toString(remaining));
		response.setHeader("RateLimit-Reset", Long.toString(secondsToFull));
		response.setHeader("RateLimit-Policy", limit + ";w=60");
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, ceilDiv(probe.getNanosToWaitForRefill(), NANOS_PER_SECOND));
		this.meters.counter("sage.ratelimit.rejected", "group", group.name()).increment();
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		this.problems.write(PlatformProblems.RATE_LIMITED, "More than " + limit + " requests a minute to "
				+ group.name() + " routes; try again in " + retryAfter + " s.", request, response);
	}

	/**
	 * The bucket's owner: the signed-in user where the group allows it, else the address.
	 */
	private static String subject(HttpServletRequest request, RouteGroup group) {
		Principal principal = request.getUserPrincipal();
		if (group.per() == RateLimitSettings.Subject.USER && principal != null) {
			return "user:" + principal.getName();
		}
		return "ip:" + request.getRemoteAddr();
	}

	private void warnAtMostOnceAMinute(RuntimeException ex) {
		long now = System.nanoTime();
		if (now - this.lastWarning > TimeUnit.MINUTES.toNanos(1)) {
			this.lastWarning = now;
			log.warn("Rate limits cannot be checked ({}); requests go through unlimited until they can", ex.toString());
		}
	}

	private static long ceilDiv(long a, long b) {
		return Math.floorDiv(a + b - 1, b);
	}

}
