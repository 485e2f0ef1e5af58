package sage.server.advisor.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sage.server.advisor.Language;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.market.Instrument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that every number in an answer is a fact's value as {@link FactFormat} writes
 * it: the test's own check, independent of the advisor's grounding checker. Dates of the
 * facts and the instruments' symbols and names are taken out first (they are not values);
 * every run of digits left, with its sign, must then be one written by the format from
 * the sheet.
 */
final class GroundedNumbers {

	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{Alnum}])[+-]?\\d[\\d,]*(?:\\.\\d+)?");

	private GroundedNumbers() {
	}

	static void assertEveryNumberIsAFact(String text, FactSheet facts, Language language,
			List<Instrument> instruments) {
		FactFormat format = FactFormat.in(language);
		List<String> notValues = new ArrayList<>();
		Set<String> written = new HashSet<>();
		for (Fact fact : facts.facts()) {
			notValues.add(format.date(fact));
			written.addAll(numbersIn(format.value(fact)));
			written.addAll(numbersIn(format.change(fact)));
		}
		for (Instrument instrument : instruments) {
			notValues.add(instrument.symbol());
			notValues.add(instrument.name());
		}
		String left = text;
		for (String word : notValues.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
			left = left.replace(word, " ");
		}
		assertThat(numbersIn(left)).as("numbers in the answer that no fact holds:%n%s", text)
			.allSatisfy((number) -> assertThat(written).contains(number));
	}

	static List<String> numbersIn(String text) {
		List<String> numbers = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(matcher.group());
		}
		return numbers;
	}

}
