/**
 * Commands other than serving ({@code ./sage backtest ...}): a module offers a
 * {@link sage.server.platform.cli.Command}; the platform starts Sage without a web server
 * and runs it.
 */
@NamedInterface("cli")
@NullMarked
package sage.server.platform.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
