package sage.server.platform.ratelimit;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import sage.server.platform.PlatformProblems;
import sage.server.platform.ProblemType;
import sage.server.platform.web.ProblemWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class RateLimitFilterTest {

	private final RouteGroups groups = RouteGroups
		.of(new RateLimitSettings(true, 5, Map.of("stocks", new RateLimitSettings.Group(3, null, null, null))));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ProblemWriter problems = mock(ProblemWriter.class);

	private final List<String> keys = new ArrayList<>();

	@Test
	void countsDownInTheHeadersThenRefusesWithRetryAfter() throws Exception {
		RateLimitFilter filter = filter(new LocalBuckets());

		MockHttpServletResponse first = call(filter, request("/api/v1/instruments/SPY"));
		call(filter, request("/api/v1/instruments/SPY"));
		MockHttpServletResponse third = call(filter, request("/api/v1/market/trending"));
		MockHttpServletResponse fourth = call(filter, request("/api/v1/instruments/SPY"));

		assertThat(first.getHeader("RateLimit-Limit")).isEqualTo("3");
		assertThat(first.getHeader("RateLimit-Remaining")).isEqualTo("2");
		assertThat(first.getHeader("RateLimit-Reset")).isEqualTo("20");
		assertThat(first.getHeader("RateLimit-Policy")).isEqualTo("3;w=60");
		assertThat(third.getHeader("RateLimit-Remaining")).isEqualTo("0");
		assertThat(third.getHeader("Retry-After")).isNull();
		assertThat(fourth.getHeader("RateLimit-Remaining")).isEqualTo("0");
		// one token comes back every 20 s
		assertThat(Integer.parseInt(fourth.getHeader("Retry-After"))).isBetween(19, 20);
		verify(this.problems).write(eq(PlatformProblems.RATE_LIMITED), anyString(), any(), any());
		assertThat(this.meters.counter("sage.ratelimit.rejected", "group", "stocks").count()).isEqualTo(1);
	}

	@Test
	void signedInUsersHaveBucketsOfTheirOwnButSignInIsAlwaysByAddress() throws Exception {
		Buckets recording = recording(new LocalBuckets());
		RateLimitFilter filter = filter(recording);
		MockHttpServletRequest signedIn = request("/api/v1/instruments/SPY");
		signedIn.setUserPrincipal(named("7c1e"));
		MockHttpServletRequest login = new MockHttpServletRequest("POST", "/api/v1/auth/login");
		login.setRemoteAddr("10.0.0.9");
		login.setUserPrincipal(named("7c1e"));

		call(filter, signedIn);
		call(filter, request("/api/v1/instruments/SPY"));
		call(filter, login);

		assertThat(this.keys).containsExactly("stocks:user:7c1e/3", "stocks:ip:10.0.0.1/3", "login:ip:10.0.0.9/10");
	}

	@Test
	void proCallersGetTheMultiplier() throws Exception {
		MockHttpServletRequest pro = request("/api/v1/instruments/SPY");
		pro.setAttribute(RateLimits.TIER_ATTRIBUTE, "PRO");

		MockHttpServletResponse response = call(filter(new LocalBuckets()), pro);

		assertThat(response.getHeader("RateLimit-Limit")).isEqualTo("15");
	}

	@Test
	void whenTheBucketsCannotBeReachedRequestsGoThroughAndAreCounted() throws Exception {
		Buckets down = new Buckets() {
			@Override
			public ConsumptionProbe take(String key, long perMinute) {
				throw new IllegalStateException("Redis is down");
			}

			@Override
			public String describe() {
				return "down";
			}
		};
		MockFilterChain chain = new MockFilterChain();

		filter(down).doFilter(request("/api/v1/instruments/SPY"), new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isNotNull();
		assertThat(this.meters.counter("sage.ratelimit.unavailable").count()).isEqualTo(1);
		verify(this.problems, never()).write(any(ProblemType.class), anyString(), any(), any());
	}

	@Test
	void routesOutsideEveryGroupAreNotTouched() throws Exception {
		MockHttpServletResponse response = call(filter(new LocalBuckets()), request("/actuator/health"));

		assertThat(response.getHeader("RateLimit-Limit")).isNull();
	}

	private RateLimitFilter filter(Buckets buckets) throws Exception {
		doAnswer((call) -> {
			call.getArgument(3, HttpServletResponse.class).setStatus(429);
			return null;
		}).when(this.problems).write(any(), anyString(), any(), any());
		return new RateLimitFilter(this.groups, buckets, 5, this.problems, this.meters);
	}

	private Buckets recording(Buckets buckets) {
		return new Buckets() {
			@Override
			public ConsumptionProbe take(String key, long perMinute) {
				RateLimitFilterTest.this.keys.add(key + "/" + perMinute);
				return buckets.take(key, perMinute);
			}

			@Override
			public String describe() {
				return buckets.describe();
			}
		};
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr("10.0.0.1");
		return request;
	}

	private static MockHttpServletResponse call(RateLimitFilter filter, MockHttpServletRequest request)
			throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static Principal named(String name) {
		return () -> name;
	}

}
