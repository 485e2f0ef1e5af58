/**
 * What the language model costs each user: the tokens spent on each answer, and the
 * monthly budget of the user's tier, checked before a question is sent to the model.
 */
@NullMarked
package sage.server.advisor.usage;

import org.jspecify.annotations.NullMarked;
