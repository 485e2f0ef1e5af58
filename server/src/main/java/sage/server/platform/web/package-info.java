/**
 * The HTTP edge every module shares: request ids, problem responses, request limits, the
 * single-page app. Modules may read a request's id through
 * {@link sage.server.platform.web.RequestId}.
 */
@NamedInterface("web")
@NullMarked
package sage.server.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
