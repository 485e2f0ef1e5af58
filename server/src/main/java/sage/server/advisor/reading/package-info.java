/**
 * Reading a question: its language, what it asks for and the instruments it names, by
 * fixed rules (the manager's first step, deterministic so that an offline answer is the
 * same every time).
 */
@NullMarked
package sage.server.advisor.reading;

import org.jspecify.annotations.NullMarked;
