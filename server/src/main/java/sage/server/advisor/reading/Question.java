package sage.server.advisor.reading;

import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Intent;
import sage.server.advisor.Language;
import sage.server.market.Instrument;

/**
 * A question as the advisor read it.
 *
 * @param text the question as asked
 * @param language the language to answer in
 * @param intent what it asks for
 * @param instruments the instruments it names that the catalogue holds, in the order
 * named
 * @param unknown names it uses for assets the catalogue does not hold ({@code ETH-USD}
 * when Ethereum is not listed), so that the answer can say so rather than ignore them
 * @param topic the concept it asks about, if any
 */
public record Question(String text, Language language, Intent intent, List<Instrument> instruments,
		List<String> unknown, @Nullable Topic topic) {

	public Question {
		instruments = List.copyOf(instruments);
		unknown = List.copyOf(unknown);
	}

}
