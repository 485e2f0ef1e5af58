package sage.server.advisor.grounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.Unit;

/**
 * The rules by which one fact backs one claim.
 *
 * <p>
 * By value: the claim's unit fits the fact's (a percent claim a percent fact; a money
 * claim a money fact in a currency it names; a day count a day-count fact; a plain number
 * any fact); its sign, if written, is the fact's; and the fact's size rounded half-up to
 * the place of the claim's last written digit equals the claim. A fact of 64,321.87 backs
 * "64,321.87", "64,321.9", "64,322", "$64.3K" and "$64K", not "64,320" or "$60K" (every
 * written digit counts, zeros too: a zero is a digit the writer chose). 12.345 % backs
 * "12.35%", "12.3%" and "12%", not "12.34%".
 *
 * <p>
 * By label: a whole number written as a parameter is backed by the same whole number in
 * the fact's label or id ("RSI (14)", {@code BTC-USD.rsi14}).
 *
 * <p>
 * By time: a date or time by the fact's {@code asOf}; a four-digit year by its year; a
 * Korean day ({@code 6일}) by its day of the month.
 */
final class FactMatch {

	// whole numbers in a label or id; not codes that open with a zero (005930)
	private static final Pattern LABEL_NUMBER = Pattern.compile("(?<![\\d.])(?:0|[1-9]\\d*)(?![\\d]|\\.\\d)");

	private FactMatch() {
	}

	/** How {@code fact} backs {@code claim}, or null when it does not. */
	static @Nullable Support support(Fact fact, Claim claim) {
		return switch (claim) {
			case NumberClaim number -> support(fact, number);
			case TimeClaim time -> time.describes(fact.asOf()) ? Support.AS_OF : null;
		};
	}

	private static @Nullable Support support(Fact fact, NumberClaim claim) {
		if (byValue(fact, claim)) {
			return Support.VALUE;
		}
		if (claim.writtenAsParameter() && inLabel(fact, claim.magnitude())) {
			return Support.LABEL;
		}
		if ((claim.writtenAsYear() && yearOf(fact.asOf(), claim.magnitude()))
				|| (claim.mayBeDayOfMonth() && dayOf(fact.asOf(), claim.magnitude()))) {
			return Support.AS_OF;
		}
		return null;
	}

	static boolean byValue(Fact fact, NumberClaim claim) {
		if (!unitFits(fact, claim)) {
			return false;
		}
		BigDecimal rounded = fact.value().abs().setScale(claim.scale(), RoundingMode.HALF_UP);
		if (rounded.compareTo(claim.magnitude()) != 0) {
			return false;
		}
		// a size that rounds to zero has no sign to get wrong
		return switch (claim.sign()) {
			case UNSTATED -> true;
			case POSITIVE -> fact.value().signum() >= 0 || rounded.signum() == 0;
			case NEGATIVE -> fact.value().signum() < 0 || rounded.signum() == 0;
		};
	}

	private static boolean unitFits(Fact fact, NumberClaim claim) {
		return switch (claim.unit()) {
			case PLAIN -> true;
			case PERCENT -> fact.unit() == Unit.PERCENT;
			case DAYS -> fact.unit() == Unit.DAYS;
			case MONEY -> fact.unit() == Unit.MONEY && fact.currency() != null
					&& Currencies.covers(claim.currencies(), fact.currency());
		};
	}

	private static boolean inLabel(Fact fact, BigDecimal number) {
		return holds(fact.label(), number) || holds(fact.id(), number);
	}

	private static boolean holds(String words, BigDecimal number) {
		Matcher m = LABEL_NUMBER.matcher(words);
		while (m.find()) {
			if (new BigDecimal(m.group()).compareTo(number) == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean yearOf(Instant asOf, BigDecimal year) {
		return TimeClaim.UNNAMED_ZONES.stream()
			.map((ZoneId zone) -> asOf.atZone(zone).getYear())
			.anyMatch((y) -> year.intValue() == y);
	}

	private static boolean dayOf(Instant asOf, BigDecimal day) {
		return TimeClaim.UNNAMED_ZONES.stream()
			.map((ZoneId zone) -> asOf.atZone(zone).getDayOfMonth())
			.anyMatch((d) -> day.intValue() == d);
	}

}
