/**
 * The advisor's REST API: chats, and answers streamed as server-sent events.
 */
@NullMarked
package sage.server.advisor.api;

import org.jspecify.annotations.NullMarked;
