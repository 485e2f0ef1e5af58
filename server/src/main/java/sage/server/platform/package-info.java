/**
 * What every module stands on: configuration, problem responses (RFC 9457), request ids,
 * request limits, caching, OpenAPI, health and metrics. Depends on no business module.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
@NullMarked
package sage.server.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
