/**
 * The platform's HTTP API: the system health summary administrators read (the health
 * indicators every module contributes, the version, uptime and the JVM).
 */
@NullMarked
package sage.server.platform.api;

import org.jspecify.annotations.NullMarked;
