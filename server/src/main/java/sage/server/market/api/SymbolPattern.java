package sage.server.market.api;

/**
 * What a {@code {symbol}} path variable may hold: canonical symbols and aliases such as
 * {@code SPY}, {@code 005930.KS}, {@code ^GSPC} or {@code BTC-USD}. Anything else is
 * refused before it reaches a lookup.
 */
final class SymbolPattern {

	/** The regular expression for {@code @Pattern}. */
	static final String REGEXP = "[A-Za-z0-9^][A-Za-z0-9.^_-]{0,31}";

	/** The message a refused symbol gets. */
	static final String MESSAGE = "must be 1-32 letters, digits, '.', '-', '_' or '^'";

	private SymbolPattern() {
	}

}
