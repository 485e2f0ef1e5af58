package sage.server.platform.ratelimit;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits per route group ({@code sage.rate-limits.*}). The built-in groups carry the
 * defaults (see {@link RouteGroups}); a group configured here changes what it names of
 * one, or adds a group.
 *
 * @param enabled whether requests are limited at all
 * @param proMultiplier how many times the FREE limits a PRO caller gets
 * @param groups changes to the built-in groups, or new ones, by name
 */
@ConfigurationProperties("sage.rate-limits")
@Validated
public record RateLimitSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue("5") @Min(1) @Max(1000) int proMultiplier, @DefaultValue Map<String, @Valid Group> groups) {

	/**
	 * One route group's settings; what is left out keeps the built-in value.
	 *
	 * @param perMinute requests a minute for one caller (bursts up to this many)
	 * @param paths path patterns, e.g. {@code /api/v1/instruments/**}
	 * @param methods HTTP methods limited; empty for all
	 * @param per who a bucket belongs to: USER (the signed-in user, else the address) or
	 * IP (always the address)
	 */
	public record Group(@Nullable @Min(1) @Max(1_000_000) Integer perMinute, @Nullable List<String> paths,
			@Nullable List<String> methods, @Nullable Subject per) {
	}

	/** Who a bucket belongs to. */
	public enum Subject {

		/** The signed-in user or API key, else the client's address. */
		USER,

		/** The client's address, signed in or not (sign-in itself). */
		IP

	}

}
