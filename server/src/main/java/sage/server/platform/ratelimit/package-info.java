/**
 * Rate limits per route group and caller (Bucket4j, shared through Redis when
 * configured). An authentication step tells the limiter a caller's tier through
 * {@link sage.server.platform.ratelimit.RateLimits#TIER_ATTRIBUTE}.
 */
@NamedInterface("ratelimit")
@NullMarked
package sage.server.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
