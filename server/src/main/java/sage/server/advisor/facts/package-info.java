/**
 * Facts: the values an answer may state, each with its unit, source and time.
 */
@NullMarked
package sage.server.advisor.facts;

import org.jspecify.annotations.NullMarked;
