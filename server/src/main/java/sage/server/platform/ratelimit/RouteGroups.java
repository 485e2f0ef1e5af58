package sage.server.platform.ratelimit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

import sage.server.platform.InvalidSettingException;

/**
 * The route groups in the order they are tried; the first that covers a request limits
 * it. The defaults are the seed design's: stocks 100 a minute, sentiment 50, users 30,
 * notifications 20, analytics 40, correlation 30, and sign-in stricter at 10 per address;
 * every other API route shares a wide bucket of 600 so that no route is unlimited.
 */
public final class RouteGroups {

	private static final Map<String, RateLimitSettings.Group> DEFAULTS = defaults();

	private final List<RouteGroup> groups;

	private RouteGroups(List<RouteGroup> groups) {
		this.groups = List.copyOf(groups);
	}

	/** The built-in groups with the configured changes and additions. */
	public static RouteGroups of(RateLimitSettings settings) {
		Map<String, RateLimitSettings.Group> merged = new LinkedHashMap<>(DEFAULTS);
		settings.groups().forEach((name, change) -> merged.merge(name, change, RouteGroups::override));
		// the catch-all goes last whatever was configured, so it never shadows a group
		RateLimitSettings.Group api = merged.remove("api");
		merged.put("api", api);
		PathPatternParser parser = new PathPatternParser();
		List<RouteGroup> groups = new ArrayList<>();
		merged.forEach((name, group) -> {
			String key = "sage.rate-limits.groups." + name;
			if (group.perMinute() == null || group.paths() == null || group.paths().isEmpty()) {
				throw new InvalidSettingException(key, null, "a new group needs per-minute and paths");
			}
			groups.add(new RouteGroup(name, group.paths().stream().map(parser::parse).toList(),
					Set.copyOf((group.methods() != null)
							? group.methods().stream().map((method) -> method.toUpperCase(Locale.ROOT)).toList()
							: List.of()),
					group.perMinute(), (group.per() != null) ? group.per() : RateLimitSettings.Subject.USER));
		});
		return new RouteGroups(groups);
	}

	/** The group that limits this request, if any does. */
	public Optional<RouteGroup> find(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		for (RouteGroup group : this.groups) {
			if (group.covers(request, path)) {
				return Optional.of(group);
			}
		}
		return Optional.empty();
	}

	/** Every group, in the order tried. */
	public List<RouteGroup> all() {
		return this.groups;
	}

	private static RateLimitSettings.Group override(RateLimitSettings.Group base, RateLimitSettings.Group change) {
		return new RateLimitSettings.Group((change.perMinute() != null) ? change.perMinute() : base.perMinute(),
				(change.paths() != null) ? change.paths() : base.paths(),
				(change.methods() != null) ? change.methods() : base.methods(),
				(change.per() != null) ? change.per() : base.per());
	}

	private static Map<String, RateLimitSettings.Group> defaults() {
		Map<String, RateLimitSettings.Group> groups = new LinkedHashMap<>();
		groups.put("login",
				group(10, RateLimitSettings.Subject.IP, List.of("POST"), "/api/v1/auth/login", "/api/v1/auth/register",
						"/api/v1/auth/setup", "/api/v1/auth/password-reset/**", "/api/v1/auth/2fa/**",
						"/api/v1/auth/login/2fa", "/api/v1/auth/email-verification/**"));
		groups.put("stocks", group(100, RateLimitSettings.Subject.USER, List.of(), "/api/v1/instruments/**",
				"/api/v1/market/**", "/api/v1/indicators/**"));
		groups.put("sentiment", group(50, RateLimitSettings.Subject.USER, List.of(), "/api/v1/sentiment/**"));
		groups.put("users", group(30, RateLimitSettings.Subject.USER, List.of(), "/api/v1/users/**"));
		groups.put("notifications",
				group(20, RateLimitSettings.Subject.USER, List.of(), "/api/v1/notifications/**", "/api/v1/alerts/**"));
		// running work is what costs: polling a job's progress falls to the wide bucket
		groups.put("analytics", group(40, RateLimitSettings.Subject.USER, List.of("POST"), "/api/v1/backtests",
				"/api/v1/sweeps", "/api/v1/analytics/**"));
		groups.put("correlation", group(30, RateLimitSettings.Subject.USER, List.of(), "/api/v1/correlation/**"));
		groups.put("api", group(600, RateLimitSettings.Subject.USER, List.of(), "/api/**"));
		return groups;
	}

	private static RateLimitSettings.Group group(int perMinute, RateLimitSettings.Subject per, List<String> methods,
			String... paths) {
		return new RateLimitSettings.Group(perMinute, List.of(paths), methods, per);
	}

}
