package sage.server.trading.venue;

import java.net.URI;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every venue a live account can be connected to has a client. */
class ExchangeVenuesTest {

	private final ExchangeVenues venues = new ExchangeVenues(Clock.systemUTC(), URI.create("http://127.0.0.1:1"),
			URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"));

	@Test
	void everySupportedVenueHasAClientOfItsName() {
		for (String venue : ExchangeVenues.SUPPORTED) {
			VenueCredentials credentials = new VenueCredentials("key-of-twenty-chars!", "secret-of-twenty-chars",
					ExchangeVenues.WITH_PASSPHRASE.contains(venue) ? "passphrase" : null);
			assertThat(this.venues.trial(venue, credentials).name()).isEqualTo(venue);
		}
	}

	@Test
	void aClientIsKeptPerAccount() {
		VenueCredentials credentials = new VenueCredentials("key-of-twenty-chars!", "secret-of-twenty-chars");
		ExchangeVenue first = this.venues.of("account-1", "binance", () -> credentials);
		assertThat(this.venues.of("account-1", "binance", () -> credentials)).isSameAs(first);
		assertThat(this.venues.of("account-2", "binance", () -> credentials)).isNotSameAs(first);
	}

	@Test
	void anUnknownVenueHasNone() {
		assertThat(this.venues.supports("kraken")).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.venues.trial("kraken", new VenueCredentials("key-of-twenty-chars!", "secret-1234")));
	}

}
