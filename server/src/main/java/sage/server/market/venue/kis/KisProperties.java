package sage.server.market.venue.kis;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import sage.server.market.provider.UpstreamSettings;

/**
 * KIS settings under {@code sage.market.providers.kis.*}.
 *
 * @param enabled whether Sage reads KIS at all; off by default (KIS needs an account's
 * app key)
 * @param baseUrl the REST root: {@code https://openapi.koreainvestment.com:9443} for real
 * accounts, {@code https://openapivts.koreainvestment.com:29443} for the demo (mock
 * trading) environment
 * @param appKey the app key from the KIS developer site
 * ({@code SAGE_MARKET_PROVIDERS_KIS_APPKEY}); never logged or shown
 * @param appSecret its secret ({@code SAGE_MARKET_PROVIDERS_KIS_APPSECRET}); never logged
 * or shown
 * @param market KIS's market division code: {@code J} KRX, {@code NX} NXT, {@code UN}
 * both
 * @param adjustedPrices bars in prices adjusted for splits and rights ({@code true}) or
 * as traded
 * @param refreshBefore how long before its expiry an access token is replaced
 * @param timeout the most one request may take
 */
@ConfigurationProperties("sage.market.providers.kis")
public record KisProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://openapi.koreainvestment.com:9443") URI baseUrl, @Nullable String appKey,
		@Nullable String appSecret, @DefaultValue("J") String market, @DefaultValue("true") boolean adjustedPrices,
		@DefaultValue("10m") Duration refreshBefore, @DefaultValue("10s") Duration timeout) {

	public KisProperties {
		if (enabled && (appKey == null || appKey.isBlank() || appSecret == null || appSecret.isBlank())) {
			throw new IllegalArgumentException("sage.market.providers.kis.app-key and app-secret are required when"
					+ " sage.market.providers.kis.enabled is true");
		}
		if (refreshBefore.isNegative()) {
			throw new IllegalArgumentException("sage.market.providers.kis.refresh-before must not be negative");
		}
	}

	/** The upstream policy's settings: Sage's defaults with this timeout. */
	public UpstreamSettings upstream() {
		UpstreamSettings defaults = UpstreamSettings.DEFAULTS;
		return new UpstreamSettings(this.timeout, defaults.maxAttempts(), defaults.initialBackoff(),
				defaults.maxBackoff(), defaults.maxRetryAfter(), defaults.failureRatePercent(), defaults.window(),
				defaults.openFor());
	}

	/** Never shows the app key or its secret. */
	@Override
	public String toString() {
		return "KisProperties[enabled=" + this.enabled + ", baseUrl=" + this.baseUrl + ", appKey="
				+ ((this.appKey != null) ? "(set)" : "(none)") + ", appSecret="
				+ ((this.appSecret != null) ? "(set)" : "(none)") + ", market=" + this.market + ", adjustedPrices="
				+ this.adjustedPrices + ", refreshBefore=" + this.refreshBefore + ", timeout=" + this.timeout + "]";
	}

}
