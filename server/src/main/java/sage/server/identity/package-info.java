/**
 * Identity: accounts, passwords, sessions, roles and tiers, profiles and settings,
 * watchlists, and the encryption of personal data at rest. Other modules see who is
 * signed in through {@link sage.server.identity.SignedInUser} and follow what happens to
 * accounts through {@link sage.server.identity.AccountEvent}s.
 *
 * <p>
 * Depends on {@code platform}, and on {@code audit} only for the {@code Audited} its
 * events implement. Watchlist symbols are checked against the symbol pattern, not against
 * market's instruments, so that identity stays at the bottom of the module graph
 * (trading, portfolio and advisor will depend on it) and a symbol can be watched before
 * its instrument is imported.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "platform", "platform :: ratelimit", "audit" })
@NullMarked
package sage.server.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
