/**
 * What the advisor knows of the person asking: experience, tolerance for swings and the
 * assets they follow, inferred by fixed rules from the questions they asked (each
 * inference with its confidence and the messages it came from), or set by the user, who
 * always has the last word. Risk and persona use the profile that results.
 */
@NullMarked
package sage.server.advisor.profile;

import org.jspecify.annotations.NullMarked;
