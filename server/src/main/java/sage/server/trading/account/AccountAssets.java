package sage.server.trading.account;

/**
 * What an instrument's quantity is counted in on an account: the base asset of a pair
 * ({@code BTC} of {@code BTC-USD}), the instrument itself for a share ({@code SPY}).
 */
public final class AccountAssets {

	private AccountAssets() {
	}

	/** The asset an instrument's quantity is counted in. */
	public static String assetOf(String symbol) {
		int dash = symbol.indexOf('-');
		return (dash > 0) ? symbol.substring(0, dash) : symbol;
	}

}
