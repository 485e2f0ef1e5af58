package sage.server.advisor.grounding;

/** What happens to a number the fact sheet does not back. */
public enum GroundingPolicy {

	/**
	 * Taken out with what belongs to it: its sign, currency, multiplier and unit, a word
	 * that only qualifies it just before ("at", "to", "about", "around", "약"), a range
	 * dash joining it to another number, a Korean particle stuck to it ("에", "으로", "까지").
	 * Spaces and punctuation left around the gap are tidied: no double space, no space
	 * before a comma or a period, no empty brackets, no doubled comma.
	 */
	REMOVE,
	/**
	 * Kept, wrapped as {@code [unverified: 70,000]} (the claim as written, unit
	 * included), for the UI to show as unchecked. A number already wrapped is left as it
	 * is.
	 */
	MARK;

	/** What MARK writes before a claim. */
	public static final String MARK_OPEN = "[unverified: ";

	/** What MARK writes after a claim. */
	public static final String MARK_CLOSE = "]";

}
