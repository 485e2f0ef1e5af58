/**
 * The offline writer: answers in the voice of "Wallet Buffett", a patient, value-minded
 * adviser who speaks plainly and never hypes, in English or Korean, written by templates
 * from the analysis. Every number it writes is a fact's value rendered by
 * {@link sage.server.advisor.voice.FactFormat}; it writes no other.
 */
@NullMarked
package sage.server.advisor.voice;

import org.jspecify.annotations.NullMarked;
