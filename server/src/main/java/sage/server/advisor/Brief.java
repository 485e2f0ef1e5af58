package sage.server.advisor;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import sage.server.advisor.facts.Fact;

/**
 * A market brief: what moved among the tracked assets, RSI extremes, trend changes and
 * the Fear &amp; Greed index, written from market data with no AI model, every number
 * cited.
 *
 * @param id its id
 * @param writtenAt when it was written
 * @param language {@code en} or {@code ko}
 * @param mode how it was written: {@code offline}, from market data with no AI model
 * @param headline its first sentence
 * @param text its paragraphs, separated by a blank line
 * @param symbols the assets it covers
 * @param facts the facts it was written from
 * @param citations where each of its numbers comes from (spans of {@code text})
 */
@Schema(description = "A market brief written from market data, every number cited")
public record Brief(String id, Instant writtenAt, @Schema(example = "en") String language,
		@Schema(example = "offline") String mode, String headline, String text, List<String> symbols, List<Fact> facts,
		List<Citation> citations) {

	public Brief {
		symbols = List.copyOf(symbols);
		facts = List.copyOf(facts);
		citations = List.copyOf(citations);
	}

}
