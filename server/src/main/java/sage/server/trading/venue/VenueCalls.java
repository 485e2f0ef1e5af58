package sage.server.trading.venue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.server.trading.venue.VenueFailure.Kind;

/**
 * The call rules every venue client shares: a request refused for its timestamp is sent
 * once more after the clock offset is measured again; a read is retried with exponential
 * backoff while the venue fails or does not answer; an order is never retried here (its
 * outcome is looked up instead).
 */
public final class VenueCalls {

	private static final Logger log = LoggerFactory.getLogger(VenueCalls.class);

	private VenueCalls() {
	}

	/**
	 * One request; when the venue refused it for its timestamp (which it never acts on)
	 * and the clock offset could be measured again, the request is sent once more,
	 * unchanged but for its timestamp and signature.
	 * @param send sends the request
	 * @param syncClock measures the clock offset again; false when it could not
	 * @param venue the venue's name, for the log
	 * @param request what the request is ({@code POST /api/v3/order}), for the log
	 */
	public static VenueReply syncingClock(Supplier<VenueReply> send, BooleanSupplier syncClock, String venue,
			String request) {
		VenueReply reply = send.get();
		if (reply instanceof VenueReply.Refused refused && refused.failure().kind() == Kind.CLOCK_SKEW
				&& syncClock.getAsBoolean()) {
			log.info("{} refused {} for its timestamp; sending it again with the clock measured anew", venue, request);
			return send.get();
		}
		return reply;
	}

	/**
	 * A read, tried up to {@code attempts} times while the venue fails or does not
	 * answer, waiting {@code retryDelay(n)} after the n-th failed attempt.
	 * @throws VenueException the venue's refusal, or {@link Kind#UNAVAILABLE} after the
	 * last attempt
	 */
	public static <T> T read(Supplier<VenueReply> send, int attempts, Function<Integer, Duration> retryDelay,
			Function<String, T> mapping) {
		for (int attempt = 1;; attempt++) {
			switch (send.get()) {
				case VenueReply.Ok ok -> {
					return mapping.apply(ok.body());
				}
				case VenueReply.Refused refused -> throw new VenueException(refused.failure());
				case VenueReply.Unknown unknown -> {
					if (attempt >= attempts) {
						VenueFailure last = unknown.failure();
						throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE,
								last.message() + " (after " + attempt + " attempts)", last.venueCode()));
					}
					Duration wait = retryDelay.apply(attempt);
					log.debug("{}; trying again in {} ms", unknown.failure().message(), wait.toMillis());
					pause(wait);
				}
			}
		}
	}

	/**
	 * The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones:
	 * {@code first}, doubled for each one after, never more than {@code longest}.
	 */
	public static Duration backoff(Duration first, Duration longest, int attempt) {
		Duration delay = first;
		for (int i = 1; i < attempt && delay.compareTo(longest) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(longest) > 0) ? longest : delay;
	}

	/**
	 * Waits before a retry.
	 * @throws VenueException {@link Kind#UNAVAILABLE} when interrupted (the interrupt is
	 * kept)
	 */
	public static void pause(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new VenueException(VenueFailure.of(Kind.UNAVAILABLE, "interrupted while waiting to retry", null), ex);
		}
	}

	/** Request parameters in the order given: name, value, name, value... */
	public static Map<String, String> params(String... namesAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

}
