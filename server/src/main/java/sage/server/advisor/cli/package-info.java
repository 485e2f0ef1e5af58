/**
 * The advisor's command line: {@code ./sage advisor eval}.
 */
@NullMarked
package sage.server.advisor.cli;

import org.jspecify.annotations.NullMarked;
