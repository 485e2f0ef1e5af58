/**
 * The market brief: written from the analyst's facts every interval, in English and
 * Korean, grounded and cited, kept one per slot across nodes.
 */
@NullMarked
package sage.server.advisor.brief;

import org.jspecify.annotations.NullMarked;
