package sage.server.advisor.grounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grounding over generated fact sheets and answers: numbers written from the facts, at
 * any precision and in any format a writer may use, are all supported; a number no fact
 * backs is always caught; removal leaves nothing unsupported and checks again to the same
 * answer.
 */
class GroundingProperties {

	private static final List<String> LABELS = List.of("last price", "change", "index level", "volatility", "drawdown",
			"volume", "ratio", "days since the high", "score");

	private static final List<String> SYMBOLS = List.of("BTC-USD", "ETH-USDT", "SPY", "005930", "KOSPI", "BTC-KRW");

	private final GroundingChecker remove = new GroundingChecker(GroundingPolicy.REMOVE);

	private final GroundingChecker mark = new GroundingChecker(GroundingPolicy.MARK);

	@Property
	void everyNumberWrittenFromTheSheetIsSupported(@ForAll("sheets") FactSheet sheet, @ForAll long seed) {
		Random random = new Random(seed);
		String text = answer(sheet, random, List.of());
		List<CheckedClaim> checked = this.remove.check(text, sheet);
		assertThat(checked).as(text).allMatch(CheckedClaim::supported);
		assertThat(checked.size()).as(text).isGreaterThanOrEqualTo(sheet.facts().size());
	}

	@Property
	void aNumberNoFactBacksIsAlwaysCaught(@ForAll("sheets") FactSheet sheet, @ForAll("invented") Invented invented,
			@ForAll long seed) {
		Random random = new Random(seed);
		List<String> ways = Renderings.ways(invented.value(), invented.unit(), invented.currency(), random);
		String written = ways.get(random.nextInt(ways.size()));
		List<Claim> read = NumericClaims.in(written);
		assertThat(read).as(written).hasSize(1);
		NumberClaim claim = (NumberClaim) read.get(0);
		Assume.that(!withinToleranceOfAnyFact(sheet, claim) && !claim.writtenAsYear() && !claim.mayBeDayOfMonth());
		Statistics.label("unit").collect(claim.unit());
		String text = answer(sheet, random, List.of(written));
		List<CheckedClaim> unsupported = this.remove.check(text, sheet).stream().filter((c) -> !c.supported()).toList();
		assertThat(unsupported).as(text).extracting((c) -> c.claim().written()).containsExactly(written);
	}

	@Property
	void removalLeavesNoUnsupportedNumberAndChecksAgainToTheSameAnswer(@ForAll("sheets") FactSheet sheet,
			@ForAll("inventions") List<Invented> inventions, @ForAll long seed) {
		Random random = new Random(seed);
		List<String> invented = new ArrayList<>();
		for (Invented invention : inventions) {
			invented.add(Renderings.render(invention.asFact(), random));
		}
		String text = answer(sheet, random, invented);
		GroundedAnswer once = this.remove.ground(text, sheet);
		GroundedAnswer twice = this.remove.ground(once.text(), sheet);
		Statistics.label("removed").collect(Math.min(once.unsupported(), 3));
		// on answers as writers put them, one pass of cuts is enough
		GroundedAnswer onePass = Redaction.apply(text, this.remove.check(text, sheet), GroundingPolicy.REMOVE);
		assertThat(onePass).isEqualTo(once);
		assertThat(twice.unsupported()).as(once.text()).isZero();
		assertThat(twice.text()).isEqualTo(once.text());
		assertThat(twice.citations()).isEqualTo(once.citations());
		assertThat(once.text()).doesNotContain("  ").doesNotContain(" ,").doesNotContain(" .").doesNotContain("()");
	}

	@Property
	void markingKeepsEveryNumberAndMarksOnce(@ForAll("sheets") FactSheet sheet,
			@ForAll("inventions") List<Invented> inventions, @ForAll long seed) {
		Random random = new Random(seed);
		List<String> invented = new ArrayList<>();
		for (Invented invention : inventions) {
			invented.add(Renderings.render(invention.asFact(), random));
		}
		String text = answer(sheet, random, invented);
		GroundedAnswer once = this.mark.ground(text, sheet);
		GroundedAnswer twice = this.mark.ground(once.text(), sheet);
		assertThat(NumericClaims.in(once.text())).hasSameSizeAs(NumericClaims.in(text));
		assertThat(twice.text()).isEqualTo(once.text());
		assertThat(twice.unsupported()).isEqualTo(once.unsupported());
		assertThat(twice.citations()).isEqualTo(once.citations());
	}

	@Property(tries = 5000)
	void anyTextGroundsToOneWithNoUnsupportedNumber(@ForAll("noise") String text) {
		GroundedAnswer once = this.remove.ground(text, Sheets.market());
		assertThat(this.remove.ground(once.text(), Sheets.market()).unsupported()).as(once.text()).isZero();
		for (Citation citation : once.citations()) {
			assertThat(once.text().substring(citation.start(), citation.end())).isEqualTo(citation.written());
		}
	}

	/**
	 * The fact's size, rounded to the claim's place, equals the claim, whatever the
	 * units.
	 */
	private static boolean withinToleranceOfAnyFact(FactSheet sheet, NumberClaim claim) {
		return sheet.facts()
			.stream()
			.anyMatch((fact) -> fact.value()
				.abs()
				.setScale(claim.scale(), RoundingMode.HALF_UP)
				.compareTo(claim.magnitude()) == 0);
	}

	/**
	 * An answer that states every fact of the sheet once, with the invented numbers among
	 * them.
	 */
	private static String answer(FactSheet sheet, Random random, List<String> invented) {
		List<String> sentences = new ArrayList<>();
		for (Fact fact : sheet.facts()) {
			String symbol = (fact.symbol() != null) ? fact.symbol() : "the market";
			String value = Renderings.render(fact, random);
			sentences.add(switch (random.nextInt(5)) {
				case 0 -> "The " + fact.label() + " of " + symbol + " is " + value + ".";
				case 1 -> symbol + ": " + fact.label() + " " + value + ",";
				case 2 -> symbol + "의 " + fact.label() + "은 " + value + "입니다.";
				case 3 -> fact.label() + " (" + symbol + ") " + value + ";";
				default -> "- " + fact.label() + ": " + value + "\n";
			});
		}
		for (String number : invented) {
			sentences.add(random.nextInt(sentences.size() + 1), switch (random.nextInt(4)) {
				case 0 -> "Analysts see support at " + number + ".";
				case 1 -> "목표가는 " + number + "입니다.";
				case 2 -> "It could reach " + number + " soon,";
				default -> "(was " + number + ")";
			});
		}
		if (random.nextBoolean()) {
			sentences.add(switch (random.nextInt(4)) {
				case 0 -> "As of 2026-12-06 14:30 UTC.";
				case 1 -> "(2026년 12월 6일 오후 11시 30분 기준)";
				case 2 -> "Data as of Dec 6, 2026, 23:30 KST.";
				default -> "Updated at 14:30:12 UTC in 2026.";
			});
		}
		return String.join(" ", sentences);
	}

	@Provide
	Arbitrary<FactSheet> sheets() {
		return facts().list().ofMinSize(1).ofMaxSize(6).map((facts) -> {
			List<Fact> unique = new ArrayList<>();
			for (int i = 0; i < facts.size(); i++) {
				Fact f = facts.get(i);
				unique.add(new Fact("fact-" + (char) ('a' + i), f.label(), f.value(), f.unit(), f.currency(),
						f.symbol(), f.source(), f.asOf()));
			}
			return new FactSheet(unique);
		});
	}

	private Arbitrary<Fact> facts() {
		return Combinators
			.combine(Arbitraries.of(Unit.values()), Arbitraries.of("USD", "USDT", "KRW"),
					Arbitraries.integers().between(0, 4), Arbitraries.longs().between(-2_000_000_000L, 2_000_000_000L),
					Arbitraries.of(LABELS), Arbitraries.of(SYMBOLS))
			.as((unit, currency, scale, units, label, symbol) -> {
				BigDecimal value = switch (unit) {
					case DAYS -> BigDecimal.valueOf(Math.floorMod(units, 400) + 1);
					case PERCENT, INDEX -> BigDecimal.valueOf(units % 100_000, scale);
					case MONEY -> BigDecimal.valueOf(Math.abs(units) * (currency.equals("KRW") ? 1000L : 1L), scale);
					default -> BigDecimal.valueOf(units, scale);
				};
				return Sheets.fact("f", label, value.toPlainString(), unit, (unit == Unit.MONEY) ? currency : null,
						symbol);
			});
	}

	/** A number, unit and currency to write as if it were a fact. */
	record Invented(BigDecimal value, Unit unit, String currency) {

		Fact asFact() {
			return Sheets.fact("invented", "invented", this.value.toPlainString(), this.unit,
					(this.unit == Unit.MONEY) ? this.currency : null, null);
		}

	}

	@Provide
	Arbitrary<Invented> invented() {
		return Combinators
			.combine(Arbitraries.longs().between(-9_000_000_000L, 9_000_000_000L), Arbitraries.integers().between(0, 3),
					Arbitraries.of(Unit.values()), Arbitraries.of("USD", "USDT", "KRW"))
			.as((units, scale, unit, currency) -> new Invented((unit == Unit.DAYS)
					? BigDecimal.valueOf(Math.floorMod(units, 400) + 1) : BigDecimal.valueOf(units, scale), unit,
					currency));
	}

	@Provide
	Arbitrary<List<Invented>> inventions() {
		return invented().list().ofMaxSize(4);
	}

	@Provide
	Arbitrary<String> noise() {
		Arbitrary<String> pieces = Arbitraries.of("1", "9", "0", "58.3", "64,321.87", "64,322", ",", ".", " ", " ", "-",
				"−", "+", "$", "₩", "%", " %", "k", "B", "만", "억", "원", "달러", " USD", " USDT", "(", ")", "[", "]", "\n",
				"1. ", "at ", "to ", "약 ", "에", "으로", "RSI", "14", "-day", "일", "2026-12-06", "14:30", " UTC", "오후 ",
				"시", "Dec ", "S&P 500", "005930", "~", "–", "and ", "minus ", "[unverified: ", "x", "a");
		return pieces.list().ofMaxSize(30).map((list) -> String.join("", list));
	}

}
