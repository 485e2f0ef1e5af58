package sage.server.trading.venue;

/**
 * What an exchange API key may do, as the venue reports it when the key is connected.
 * Sage needs a key that can read and trade, and refuses one that can withdraw: Sage never
 * moves funds off a venue, so a key that could is a risk with nothing to gain.
 *
 * @param canRead whether the key may read the account (balances, orders, trades)
 * @param canTrade whether the key may place and cancel spot orders
 * @param canWithdraw whether the key may withdraw funds
 * @param ipRestricted whether the venue accepts the key only from listed IP addresses
 */
public record VenueKeyPermissions(boolean canRead, boolean canTrade, boolean canWithdraw, boolean ipRestricted) {

	/** Whether Sage may use the key: it reads and trades, and cannot withdraw. */
	public boolean usable() {
		return this.canRead && this.canTrade && !this.canWithdraw;
	}

}
