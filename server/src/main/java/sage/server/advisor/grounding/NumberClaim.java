package sage.server.advisor.grounding;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A number a text states.
 *
 * @param start index of its first character (its sign, currency or first digit)
 * @param end index just past its last character (its unit, if any)
 * @param written the claim as written
 * @param magnitude its size, never negative, with multipliers applied ({@code "$1.2B"} is
 * 1200000000, {@code "1억 2,000만"} is 120000000)
 * @param scale how precisely it is written: it states its value to the place 10^-scale.
 * The number of decimals for a plain number ({@code "64,321.87"} is 2, {@code "64,322"}
 * is 0); the place of the last written digit for one written with a multiplier
 * ({@code "$64.3K"} is -2, {@code "9,512만"} is -4, {@code "1.2B"} is -8)
 * @param sign the sign it is written with
 * @param unit what it says it counts
 * @param currencies for a money claim, the currency codes its currency may stand for
 * ({@code "$"} may be USD, USDT, USDC and other dollar stablecoins, {@code "USD"} only
 * USD); empty when it names none
 * @param scaled whether it is written with a multiplier ({@code k}, {@code M},
 * {@code billion}, {@code 만}, {@code 억})
 */
public record NumberClaim(int start, int end, String written, BigDecimal magnitude, int scale, Sign sign,
		ClaimUnit unit, Set<String> currencies, boolean scaled) implements Claim {

	public NumberClaim {
		Objects.requireNonNull(written, "written");
		Objects.requireNonNull(magnitude, "magnitude");
		Objects.requireNonNull(sign, "sign");
		Objects.requireNonNull(unit, "unit");
		if (magnitude.signum() < 0) {
			throw new IllegalArgumentException("a magnitude is never negative: " + magnitude);
		}
		if (start < 0 || end <= start || written.length() != end - start) {
			throw new IllegalArgumentException("span " + start + ".." + end + " does not fit " + written);
		}
		currencies = Set.copyOf(currencies);
	}

	/** The value with its sign (an unstated sign reads as positive). */
	public BigDecimal value() {
		return (this.sign == Sign.NEGATIVE) ? this.magnitude.negate() : this.magnitude;
	}

	/**
	 * Whether it is written the way a period or a window is ("14" in {@code "RSI(14)"},
	 * "30" in {@code "30-day"} or {@code "30일"}): a whole number with no sign, separator,
	 * multiplier, percent or currency. Such numbers may be backed by a fact's label or
	 * id.
	 */
	public boolean writtenAsParameter() {
		return (this.unit == ClaimUnit.PLAIN || this.unit == ClaimUnit.DAYS) && !this.scaled && this.scale == 0
				&& this.sign == Sign.UNSTATED && this.written.indexOf(',') < 0;
	}

	/**
	 * Whether it may be a year ({@code "in 2026"}): four digits from 1900 to 2199 and
	 * nothing else.
	 */
	public boolean writtenAsYear() {
		return this.unit == ClaimUnit.PLAIN && this.written.matches("(19|20|21)\\d\\d");
	}

	/**
	 * Whether it may be a day of the month: Korean writes "the 6th" as {@code "6일"}, as
	 * it writes "6 days".
	 */
	public boolean mayBeDayOfMonth() {
		return this.unit == ClaimUnit.DAYS && this.written.endsWith("일") && writtenAsParameter()
				&& this.magnitude.compareTo(BigDecimal.ONE) >= 0
				&& this.magnitude.compareTo(BigDecimal.valueOf(31)) <= 0;
	}

}
