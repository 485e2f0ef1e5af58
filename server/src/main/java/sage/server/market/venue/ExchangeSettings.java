package sage.server.market.venue;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;

import sage.server.market.provider.UpstreamSettings;

/**
 * One exchange's settings under {@code sage.market.providers.<venue>}.
 *
 * @param enabled whether Sage reads this venue at all; off by default, so that Sage
 * starts and runs with no network and no keys
 * @param baseUrl the REST root; empty for the venue's public API (a test points it at a
 * local server)
 * @param apiKey the account's API key; public market data needs none, it is kept here for
 * the signed calls of the trading module
 * @param apiSecret the key's secret; never logged or shown
 * @param timeout the most one request may take
 */
public record ExchangeSettings(@DefaultValue("false") boolean enabled, @Nullable URI baseUrl, @Nullable String apiKey,
		@Nullable String apiSecret, @DefaultValue("10s") Duration timeout) {

	/** The configured base URL, or {@code fallback} (the venue's public API). */
	public URI baseUrlOr(URI fallback) {
		return (this.baseUrl != null) ? this.baseUrl : fallback;
	}

	/** The upstream policy's settings: Sage's defaults with this timeout. */
	public UpstreamSettings upstream() {
		UpstreamSettings defaults = UpstreamSettings.DEFAULTS;
		return new UpstreamSettings(this.timeout, defaults.maxAttempts(), defaults.initialBackoff(),
				defaults.maxBackoff(), defaults.maxRetryAfter(), defaults.failureRatePercent(), defaults.window(),
				defaults.openFor());
	}

	/** Never shows the key or its secret. */
	@Override
	public String toString() {
		return "ExchangeSettings[enabled=" + this.enabled + ", baseUrl=" + this.baseUrl + ", apiKey="
				+ ((this.apiKey != null) ? "(set)" : "(none)") + ", apiSecret="
				+ ((this.apiSecret != null) ? "(set)" : "(none)") + ", timeout=" + this.timeout + "]";
	}

}
