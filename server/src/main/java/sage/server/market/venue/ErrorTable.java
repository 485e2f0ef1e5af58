package sage.server.market.venue;

import org.jspecify.annotations.Nullable;

import sage.server.market.provider.UpstreamException.Kind;

/**
 * A venue's error codes and what each means to Sage, in one table per venue (as XChange's
 * {@code BinanceErrorAdapter}).
 */
@FunctionalInterface
public interface ErrorTable {

	/**
	 * What {@code error} means, or {@code null} when the table does not know its code and
	 * the HTTP status decides.
	 */
	@Nullable Kind kindOf(VenueError error);

}
