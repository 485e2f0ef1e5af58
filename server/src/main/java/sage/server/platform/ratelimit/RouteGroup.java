package sage.server.platform.ratelimit;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Routes that share one rate limit: a caller's requests to any of them draw from one
 * bucket.
 *
 * @param name the group's name, e.g. {@code stocks}
 * @param patterns the paths it covers
 * @param methods the methods it limits; empty for all
 * @param perMinute requests a minute for one FREE caller
 * @param per who a bucket belongs to
 */
public record RouteGroup(String name, List<PathPattern> patterns, Set<String> methods, int perMinute,
		RateLimitSettings.Subject per) {

	public RouteGroup {
		patterns = List.copyOf(patterns);
		methods = Set.copyOf(methods);
	}

	/** Whether this group limits the request. */
	boolean covers(HttpServletRequest request, PathContainer path) {
		if (!this.methods.isEmpty() && !this.methods.contains(request.getMethod())) {
			return false;
		}
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
