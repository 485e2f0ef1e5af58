/**
 * Chats and their messages as stored: a user's message committed before its answer is
 * written, and one answer per turn.
 */
@NullMarked
package sage.server.advisor.chat;

import org.jspecify.annotations.NullMarked;
