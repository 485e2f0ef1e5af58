package sage.server.market.provider;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the online market data providers under {@code sage.market.providers.*},
 * validated at start: a bad value stops start-up with one line naming the key. Every
 * provider is off until enabled, so {@code ./sage serve} needs no network and no key.
 *
 * @param yahoo Yahoo Finance (quotes, bars, search, trending; no key)
 * @param coingecko CoinGecko (crypto quotes, bars, search, trending; key optional)
 * @param alternativeMe alternative.me (the crypto Fear &amp; Greed index; no key)
 */
@ConfigurationProperties("sage.market.providers")
@Validated
public record ProviderProperties(@DefaultValue @Valid Upstream yahoo, @DefaultValue @Valid Upstream coingecko,
		@DefaultValue @Valid Upstream alternativeMe) {

	/**
	 * One provider's switch, address, key and patience.
	 *
	 * @param enabled whether Sage calls it at all; a disabled provider is never called
	 * @param baseUrl where its API lives; empty means the provider's public address
	 * @param apiKey its key, if it takes one (never logged nor shown, only whether it is
	 * set)
	 * @param plan the kind of key (CoinGecko: {@code demo} or {@code pro}, which decide
	 * the address and the key's header); other providers ignore it
	 * @param timeout the most one request may take
	 * @param maxAttempts tries per call, the first included
	 * @param initialBackoff wait before the second try; doubles per try, with jitter
	 * @param maxBackoff the longest wait between two tries
	 * @param maxRetryAfter the longest {@code Retry-After} waited for inside one call
	 * @param failureRatePercent share of failed calls in the window that opens the
	 * circuit
	 * @param window calls the failure rate is measured over
	 * @param openFor how long an open circuit refuses calls
	 */
	public record Upstream(@DefaultValue("false") boolean enabled,
			@Nullable @Pattern(regexp = "https?://[^\\s]+",
					message = "must be an http:// or https:// URL") String baseUrl,
			@Nullable @Pattern(regexp = "[\\x21-\\x7e]{1,200}",
					message = "must be 1-200 printable characters without spaces") String apiKey,
			@DefaultValue("demo") @NotNull KeyPlan plan,
			@DefaultValue("10s") @DurationMin(millis = 100, message = "must be between 100ms and 5m") @DurationMax(
					minutes = 5, message = "must be between 100ms and 5m") Duration timeout,
			@DefaultValue("3") @Min(value = 1, message = "must be between 1 and 10") @Max(value = 10,
					message = "must be between 1 and 10") int maxAttempts,
			@DefaultValue("500ms") @DurationMin(millis = 1, message = "must be between 1ms and 1m") @DurationMax(
					minutes = 1, message = "must be between 1ms and 1m") Duration initialBackoff,
			@DefaultValue("8s") @DurationMin(millis = 1, message = "must be between 1ms and 5m") @DurationMax(
					minutes = 5, message = "must be between 1ms and 5m") Duration maxBackoff,
			@DefaultValue("30s") @DurationMin(seconds = 0, message = "must be between 0s and 10m") @DurationMax(
					minutes = 10, message = "must be between 0s and 10m") Duration maxRetryAfter,
			@DefaultValue("50") @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100,
					message = "must be between 1 and 100") int failureRatePercent,
			@DefaultValue("10") @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000,
					message = "must be between 1 and 1000") int window,
			@DefaultValue("60s") @DurationMin(seconds = 1, message = "must be between 1s and 1h") @DurationMax(
					hours = 1, message = "must be between 1s and 1h") Duration openFor) {

		/** The kind of API key a provider sells. */
		public enum KeyPlan {

			/** A free key (CoinGecko's Demo API). */
			DEMO,
			/** A paid key (CoinGecko's Pro API). */
			PRO

		}

		/** Whether a key is configured. */
		public boolean keyConfigured() {
			return this.apiKey != null && !this.apiKey.isBlank();
		}

		/** {@link #baseUrl()}, or {@code fallback} when none is configured. */
		public URI baseUrlOr(String fallback) {
			return URI.create(stripSlash((this.baseUrl != null && !this.baseUrl.isBlank()) ? this.baseUrl : fallback));
		}

		/** The retry and circuit settings of {@link UpstreamPolicy}. */
		public UpstreamSettings settings() {
			return new UpstreamSettings(this.timeout, this.maxAttempts, this.initialBackoff, this.maxBackoff,
					this.maxRetryAfter, this.failureRatePercent, this.window, this.openFor);
		}

		@AssertTrue(message = "must not be shorter than initial-backoff")
		boolean isMaxBackoff() {
			return this.maxBackoff.compareTo(this.initialBackoff) >= 0;
		}

		@AssertTrue(message = "needs an api-key as well")
		boolean isPlan() {
			return this.plan != KeyPlan.PRO || keyConfigured();
		}

		@Override
		public String toString() {
			return "Upstream[enabled=" + this.enabled + ", baseUrl=" + this.baseUrl + ", apiKey=" + masked(this.apiKey)
					+ ", plan=" + this.plan + ", timeout=" + this.timeout + ", maxAttempts=" + this.maxAttempts + "]";
		}

		/**
		 * A key as it may be shown: its last four characters at most, and none of a short
		 * key.
		 */
		public static @Nullable String masked(@Nullable String key) {
			if (key == null || key.isBlank()) {
				return null;
			}
			return (key.length() >= 12) ? "****" + key.substring(key.length() - 4) : "****";
		}

		private static String stripSlash(String url) {
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}

	}

}
