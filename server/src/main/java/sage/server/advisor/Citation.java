package sage.server.advisor;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.Unit;

/**
 * Where a number of an answer comes from: the characters of the answer that state it and
 * the fact they state.
 *
 * @param start the first character of the number in the answer's text
 * @param end one past its last character
 * @param factId the fact
 * @param label what the fact is
 * @param value its exact value
 * @param unit what the value counts
 * @param currency the currency of a money value
 * @param source where to check it: an API path or a provider
 * @param asOf when the value held
 */
@Schema(description = "Where a number of an answer comes from")
public record Citation(int start, int end, @Schema(example = "BTC-USD.price") String factId,
		@Schema(example = "last price") String label, @Schema(example = "64321.87") BigDecimal value, Unit unit,
		@Schema(example = "USD") @Nullable String currency,
		@Schema(example = "/api/v1/instruments/BTC-USD/quote") String source, Instant asOf) {

	/** The citation of {@code fact} stated at {@code [start, end)}. */
	public static Citation of(int start, int end, Fact fact) {
		return new Citation(start, end, fact.id(), fact.label(), fact.value(), fact.unit(), fact.currency(),
				fact.source(), fact.asOf());
	}

}
