package sage.server.trading.venue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One exchange account the trading runtime places orders on. Implementations talk to the
 * venue over the network; every method may block for as long as the venue's timeouts and
 * read retries allow.
 *
 * <p>
 * Failures of reads and cancels are thrown as {@link VenueException}; a submit never
 * throws for a venue failure but answers with a {@link SubmitResult}, because what the
 * caller must do next differs: a rejected order can be fixed and sent again, an order
 * whose outcome is unknown must be looked up first.
 */
public interface ExchangeVenue {

	/** The venue's name, lower case ({@code binance}). */
	String name();

	/**
	 * Sends one new order. Never retried blindly: only when the venue answered that it
	 * did not act (a request outside its clock window) is the same order, under the same
	 * client order id, sent once more.
	 * @return accepted, rejected, or an outcome to resolve with
	 * {@link #findByClientOrderId}
	 */
	SubmitResult submit(VenueOrderRequest request);

	/**
	 * The order placed under {@code clientOrderId}, or empty when the venue does not know
	 * it. A venue may not show an order for a moment after creating it, so "unknown" is
	 * asked again a few times, with backoff, before it is believed.
	 * @throws VenueException when the venue could not be asked
	 */
	Optional<VenueOrder> findByClientOrderId(String symbol, String clientOrderId);

	/**
	 * The order the venue knows under its own id {@code venueOrderId}: how a trade of an
	 * order Sage has no record of (placed by hand on the venue's site, or lost before its
	 * intent was committed) is traced back to its order, to be imported.
	 * @return the order, or empty when the venue does not know it
	 * @throws VenueException when the venue could not be asked
	 */
	Optional<VenueOrder> findByVenueOrderId(String symbol, String venueOrderId);

	/**
	 * Cancels the working order placed under {@code clientOrderId}.
	 * @return the order as the venue left it
	 * @throws VenueException {@link VenueFailure.Kind#UNKNOWN_ORDER} when there is no
	 * such working order (it may have filled), {@link VenueFailure.Kind#UNAVAILABLE} when
	 * the venue did not say whether it cancelled
	 */
	VenueOrder cancel(String symbol, String clientOrderId);

	/**
	 * The working orders on {@code symbol}.
	 * @throws VenueException when the venue could not be asked
	 */
	List<VenueOrder> openOrders(String symbol);

	/**
	 * This account's trades on {@code symbol}, oldest first.
	 * @param since the earliest trade time wanted; {@code null} for the venue's default
	 * (Binance: the most recent trades)
	 * @throws VenueException when the venue could not be asked
	 */
	List<VenueFill> fills(String symbol, @Nullable Instant since);

	/**
	 * What the account holds per asset, free plus locked in orders.
	 * @throws VenueException when the venue could not be asked
	 */
	Map<String, BigDecimal> balances();

	/**
	 * What the key this venue signs with may do; asked when an account is connected.
	 * @throws VenueException {@link VenueFailure.Kind#AUTH} when the venue does not
	 * accept the key, or another kind when it could not be asked
	 */
	VenueKeyPermissions keyPermissions();

	/**
	 * The rules of one instrument: tick, lot, minimum quantity and order value.
	 * @throws VenueException {@link VenueFailure.Kind#FILTER_FAILURE} when the venue has
	 * no such symbol, or another kind when it could not be asked
	 */
	VenueInstrument instrument(String symbol);

}
