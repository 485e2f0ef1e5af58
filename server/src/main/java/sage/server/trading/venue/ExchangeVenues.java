package sage.server.trading.venue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import sage.server.trading.venue.binance.BinanceLimits;
import sage.server.trading.venue.binance.BinanceSpotVenue;
import sage.server.trading.venue.bitget.BitgetLimits;
import sage.server.trading.venue.bitget.BitgetSpotVenue;
import sage.server.trading.venue.bybit.BybitLimits;
import sage.server.trading.venue.bybit.BybitSpotVenue;
import sage.server.trading.venue.okx.OkxLimits;
import sage.server.trading.venue.okx.OkxSpotVenue;

/**
 * The exchanges live accounts can trade on, and one client per connected account. A
 * client is kept for as long as the server runs, because it carries what the venue told
 * it: the request weight spent, a rate limit's wait, a ban's end, the clock offset. A
 * client made afresh per call would forget them and call too early.
 *
 * <p>
 * Each venue's REST root can be set ({@code sage.trading.venues.binance.base-url},
 * {@code ...bybit.base-url}, {@code ...okx.base-url}, {@code ...bitget.base-url}), for a
 * testnet or for tests.
 */
@Component
public class ExchangeVenues {

	/** The venues a live account can be connected to. */
	public static final List<String> SUPPORTED = List.of("binance", "bybit", "okx", "bitget");

	/** The venues whose keys come with a passphrase. */
	public static final List<String> WITH_PASSPHRASE = List.of("okx", "bitget");

	private final Map<String, ExchangeVenue> clients = new ConcurrentHashMap<>();

	private final HttpClient http;

	private final Clock clock;

	private final URI binance;

	private final URI bitget;

	private final URI bybit;

	private final URI okx;

	ExchangeVenues(Clock clock, @Value("${sage.trading.venues.binance.base-url:https://api.binance.com}") URI binance,
			@Value("${sage.trading.venues.bitget.base-url:https://api.bitget.com}") URI bitget,
			@Value("${sage.trading.venues.bybit.base-url:https://api.bybit.com}") URI bybit,
			@Value("${sage.trading.venues.okx.base-url:https://www.okx.com}") URI okx) {
		this.clock = clock;
		this.binance = binance;
		this.bitget = bitget;
		this.bybit = bybit;
		this.okx = okx;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** Whether a live account can be connected to {@code venue}. */
	public boolean supports(String venue) {
		return SUPPORTED.contains(venue);
	}

	/**
	 * A client for a key not yet connected, to check it with; not kept.
	 * @throws IllegalArgumentException for a venue not {@linkplain #supports supported}
	 */
	public ExchangeVenue trial(String venue, VenueCredentials credentials) {
		return create(venue, credentials);
	}

	/**
	 * The client of a connected account: made on first use from its credentials, kept
	 * after.
	 */
	public ExchangeVenue of(String accountId, String venue, java.util.function.Supplier<VenueCredentials> credentials) {
		return this.clients.computeIfAbsent(accountId, (id) -> create(venue, credentials.get()));
	}

	private ExchangeVenue create(String venue, VenueCredentials credentials) {
		return switch (venue) {
			case "binance" ->
				new BinanceSpotVenue(this.binance, credentials, this.clock, BinanceLimits.DEFAULTS, this.http);
			case "bybit" -> new BybitSpotVenue(this.bybit, credentials, this.clock, BybitLimits.DEFAULTS, this.http);
			case "okx" -> new OkxSpotVenue(this.okx, credentials, this.clock, OkxLimits.DEFAULTS, this.http);
			case "bitget" ->
				new BitgetSpotVenue(this.bitget, credentials, this.clock, BitgetLimits.DEFAULTS, this.http);
			default -> throw new IllegalArgumentException("no live venue '" + venue + "'");
		};
	}

}
