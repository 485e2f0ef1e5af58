package sage.server.platform.ratelimit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import sage.server.platform.InvalidSettingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RouteGroupsTest {

	private static final RouteGroups DEFAULTS = RouteGroups.of(new RateLimitSettings(true, 5, Map.of()));

	@Test
	void theSeedsDefaultsCoverTheirRoutes() {
		assertThat(group("GET", "/api/v1/instruments/SPY/bars")).isEqualTo("stocks 100 USER");
		assertThat(group("GET", "/api/v1/instruments")).isEqualTo("stocks 100 USER");
		assertThat(group("GET", "/api/v1/market/trending")).isEqualTo("stocks 100 USER");
		assertThat(group("GET", "/api/v1/sentiment/AAPL")).isEqualTo("sentiment 50 USER");
		assertThat(group("PUT", "/api/v1/users/profile")).isEqualTo("users 30 USER");
		assertThat(group("GET", "/api/v1/notifications")).isEqualTo("notifications 20 USER");
		assertThat(group("GET", "/api/v1/notifications/1")).isEqualTo("notifications 20 USER");
		assertThat(group("GET", "/api/v1/correlation/AAPL")).isEqualTo("correlation 30 USER");
		assertThat(group("POST", "/api/v1/auth/login")).isEqualTo("login 10 IP");
		// what sends email or takes an emailed token is limited with sign-in
		assertThat(group("POST", "/api/v1/auth/password-reset")).isEqualTo("login 10 IP");
		assertThat(group("POST", "/api/v1/auth/password-reset/confirm")).isEqualTo("login 10 IP");
		assertThat(group("POST", "/api/v1/auth/email-verification")).isEqualTo("login 10 IP");
		assertThat(group("POST", "/api/v1/auth/email-verification/confirm")).isEqualTo("login 10 IP");
		assertThat(group("POST", "/api/v1/backtests")).isEqualTo("analytics 40 USER");
		assertThat(group("POST", "/api/v1/sweeps")).isEqualTo("analytics 40 USER");
	}

	@Test
	void pollingAJobFallsToTheWideBucketAndNonApiRoutesAreNotLimited() {
		assertThat(group("GET", "/api/v1/backtests/jobs/3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c"))
			.isEqualTo("api 600 USER");
		assertThat(group("GET", "/api/v1/sweeps/3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c")).isEqualTo("api 600 USER");
		assertThat(group("GET", "/api/v1/auth/session")).isEqualTo("api 600 USER");
		assertThat(group("GET", "/actuator/health")).isNull();
		assertThat(group("GET", "/markets/SPY")).isNull();
		assertThat(group("GET", "/ws/market")).isNull();
	}

	@Test
	void aConfiguredGroupChangesOnlyWhatItNamesAndNewGroupsComeBeforeTheCatchAll() {
		RouteGroups groups = RouteGroups
			.of(new RateLimitSettings(true, 5, Map.of("stocks", new RateLimitSettings.Group(7, null, null, null),
					"reports", new RateLimitSettings.Group(3, List.of("/api/v1/reports/**"), List.of("get"), null))));

		assertThat(group(groups, "GET", "/api/v1/instruments/SPY")).isEqualTo("stocks 7 USER");
		assertThat(group(groups, "GET", "/api/v1/reports/1")).isEqualTo("reports 3 USER");
		assertThat(group(groups, "POST", "/api/v1/reports/1")).isEqualTo("api 600 USER");
		assertThat(groups.all().getLast().name()).isEqualTo("api");
	}

	@Test
	void aNewGroupWithoutPathsOrLimitIsRefusedByName() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> RouteGroups.of(new RateLimitSettings(true, 5,
					Map.of("reports", new RateLimitSettings.Group(3, null, null, null)))))
			.withMessageContaining("sage.rate-limits.groups.reports");
	}

	private static String group(String method, String path) {
		return group(DEFAULTS, method, path);
	}

	private static String group(RouteGroups groups, String method, String path) {
		return groups.find(new MockHttpServletRequest(method, path))
			.map((g) -> g.name() + " " + g.perMinute() + " " + g.per())
			.orElse(null);
	}

}
