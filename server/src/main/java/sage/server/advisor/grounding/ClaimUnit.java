package sage.server.advisor.grounding;

/** What a written number says it counts, from the unit written with it. */
public enum ClaimUnit {

	/** No unit written ({@code 58.3}, {@code 1.2B}): may match any fact. */
	PLAIN,
	/**
	 * {@code %}, {@code percent}, {@code 퍼센트}, {@code %p}: matches percent facts only.
	 */
	PERCENT,
	/**
	 * A currency symbol, code or word ({@code $}, {@code USDT}, {@code 원}): matches money
	 * facts in a currency it names.
	 */
	MONEY,
	/** {@code days}, {@code -day}, {@code 일}: matches day counts. */
	DAYS

}
