package sage.server.market.venue.binance;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Out of the box Sage runs offline: no Binance stream, no connection, no stream meters.
 */
@OnEmbeddedDefaults
class BinanceStreamOffByDefaultIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	MeterRegistry meters;

	@Autowired
	BinanceStreamProperties settings;

	@Test
	void theEmbeddedDefaultsStartNoBinanceStream() {
		assertThat(this.settings.enabled()).isFalse();
		assertThat(this.settings.url()).hasToString("wss://stream.binance.com:9443");
		assertThat(this.settings.maxBackoff()).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.context.getBeanNamesForType(BinanceTradeStream.class)).isEmpty();
		assertThat(this.meters.find("sage.live.stream.connected").gauges()).isEmpty();
	}

}
