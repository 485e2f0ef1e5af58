/**
 * Audit: the append-only, hash-chained log of every state change and security event.
 * Other modules publish events that implement {@link sage.server.audit.Audited}; the log
 * writes them in the publisher's transaction. {@link sage.server.audit.AuditLog} appends
 * directly (security events), searches, exports and verifies the chain. This module knows
 * no business module.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "platform", "platform :: cli", "platform :: web" })
@NullMarked
package sage.server.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
