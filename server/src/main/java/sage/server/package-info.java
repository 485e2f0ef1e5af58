/**
 * The Sage server: one package per business module, each reached only through its base
 * package (its public services, events and values). {@code ModularityTests} enforces it.
 */
@NullMarked
package sage.server;

import org.jspecify.annotations.NullMarked;
