package sage.server.advisor.facts;

/** What a fact's value counts. */
public enum Unit {

	/** A price or an amount of money, in the fact's currency. */
	MONEY,
	/** A percentage: 12.5 is 12.5 %. */
	PERCENT,
	/** A score or index with no unit (RSI 0-100, Fear &amp; Greed 0-100). */
	INDEX,
	/** A count of days. */
	DAYS,
	/** A plain number (a ratio, a quantity). */
	NUMBER

}
