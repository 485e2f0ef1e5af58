/**
 * The advisor's language models: answers written by a chat model (OpenAI-compatible chat
 * completions or Anthropic Messages, through Spring AI) from the offline advisor's facts,
 * streamed sentence by sentence through the grounding check. Active only when
 * {@code sage.advisor.model.provider} is set.
 */
@NullMarked
package sage.server.advisor.model;

import org.jspecify.annotations.NullMarked;
