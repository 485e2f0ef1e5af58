package sage.server.market.venue.binance;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.knowm.xchange.binance.dto.BinanceException;

import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.venue.ErrorTable;
import sage.server.market.venue.ExchangeFaults;
import sage.server.market.venue.VenueError;

/**
 * Binance's error codes (spot REST "Error codes" page) and its two rate-limit statuses:
 * 429 when a limit is broken, 418 when the IP is banned for breaking them again. Both
 * carry {@code Retry-After}; a 418 without one blocks for Binance's shortest ban, two
 * minutes, rather than calling again at once.
 */
final class BinanceErrors implements ErrorTable {

	/** Binance bans an IP for 2 minutes to 3 days; without a header, assume the least. */
	static final Duration BAN_WITHOUT_RETRY_AFTER = Duration.ofMinutes(2);

	private static final Map<Integer, Kind> CODES = Map.ofEntries(Map.entry(-1000, Kind.SERVER_ERROR),
			Map.entry(-1001, Kind.SERVER_ERROR), Map.entry(-1002, Kind.UNAUTHORIZED),
			Map.entry(-1003, Kind.RATE_LIMITED), Map.entry(-1006, Kind.SERVER_ERROR), Map.entry(-1007, Kind.TIMEOUT),
			Map.entry(-1008, Kind.SERVER_ERROR), Map.entry(-1015, Kind.RATE_LIMITED),
			Map.entry(-1022, Kind.UNAUTHORIZED), Map.entry(-1120, Kind.NOT_FOUND), Map.entry(-1121, Kind.NOT_FOUND),
			Map.entry(-2014, Kind.UNAUTHORIZED), Map.entry(-2015, Kind.UNAUTHORIZED));

	private final Clock clock;

	BinanceErrors(Clock clock) {
		this.clock = clock;
	}

	@Override
	public @Nullable Kind kindOf(VenueError error) {
		if (error.httpStatus() == 418) {
			return Kind.RATE_LIMITED;
		}
		try {
			return CODES.get(Integer.parseInt(error.code()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Binance's own error in a failure: a {@link BinanceException} from its JSON body.
	 */
	Optional<VenueError> read(Throwable error) {
		if (!(error instanceof BinanceException binance)) {
			return Optional.empty();
		}
		int status = binance.getHttpStatusCode();
		Duration wait = ExchangeFaults.retryAfter(binance.getResponseHeaders(), this.clock.instant());
		if (wait == null && status == 418) {
			wait = BAN_WITHOUT_RETRY_AFTER;
		}
		// rescu appends " (HTTP status code: 400)" to the venue's message; the fault says
		// the status itself
		String message = String.valueOf(binance.getMessage()).replaceFirst(" \\(HTTP status code: \\d+\\)$", "");
		return Optional.of(new VenueError(String.valueOf(binance.getCode()), message, status, wait));
	}

}
