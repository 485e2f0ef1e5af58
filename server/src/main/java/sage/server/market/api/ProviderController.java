package sage.server.market.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.engine.series.Timeframe;
import sage.server.market.provider.ConfiguredProvider;
import sage.server.market.provider.MarketDataProviders;
import sage.server.market.provider.UpstreamStatus;

/** The market data providers Sage knows and how each is doing. */
@RestController
@RequestMapping(path = "/api/v1/market/providers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Market")
class ProviderController {

	private final MarketDataProviders providers;

	ProviderController(MarketDataProviders providers) {
		this.providers = providers;
	}

	@GetMapping
	@Operation(summary = "List market data providers",
			description = "Every provider Sage knows, enabled or not: what it can do, whether a key is configured "
					+ "(never the key), and for an enabled one the state of its circuit breaker and its last "
					+ "success and failure. Online providers are off until enabled in the configuration.")
	@ApiResponse(responseCode = "200", description = "The providers, in configuration order")
	ProviderListResponse providers() {
		return new ProviderListResponse(this.providers.configured().stream().map(ProviderResponse::of).toList());
	}

	@Schema(name = "ProviderList")
	record ProviderListResponse(List<ProviderResponse> items) {
	}

	@Schema(name = "Provider", description = "A market data provider and how it is doing")
	record ProviderResponse(@Schema(example = "yahoo") String name,
			@Schema(example = "true",
					description = "Whether Sage calls it; a disabled provider is never called") boolean enabled,
			@Schema(example = "[\"BARS\", \"QUOTES\", \"SEARCH\", \"TRENDING\"]") @ArraySchema(
					schema = @Schema(allowableValues = {
							"BARS", "QUOTES", "SEARCH", "TRENDING", "ORDER_BOOK",
							"FEAR_GREED" })) List<String> capabilities,
			@Schema(example = "[\"US_STOCK\", \"CRYPTO_SPOT\"]") @ArraySchema(schema = @Schema(allowableValues = {
					"US_STOCK", "KR_STOCK", "CRYPTO_SPOT", "CRYPTO_PERP", "INDEX" })) List<String> assetClasses,
			@Schema(example = "[\"1m\", \"1h\", \"1d\"]",
					description = "Bar intervals it serves, shortest first") List<String> intervals,
			@Schema(example = "false", description = "Whether it only works with an API key") boolean needsKey,
			@Schema(example = "false",
					description = "Whether an API key is configured (the key itself is never shown)") boolean keyConfigured,
			@Schema(example = "CLOSED", allowableValues = { "CLOSED", "OPEN", "HALF_OPEN" },
					description = "Circuit breaker: CLOSED calls flow, OPEN calls are refused after repeated "
							+ "failures, HALF_OPEN one probe is allowed; absent while disabled") @Nullable String circuit,
			@Schema(example = "2026-11-23T12:00:00Z") @Nullable Instant lastSuccess,
			@Schema(example = "2026-11-23T11:58:00Z") @Nullable Instant lastFailure,
			@Schema(example = "yahoo: chart SPY 1d: HTTP 503",
					description = "The last failure's message") @Nullable String lastError,
			@Schema(example = "2026-11-23T12:01:00Z",
					description = "Until when the upstream asked not to be called (Retry-After)") @Nullable Instant blockedUntil){

		static ProviderResponse of(ConfiguredProvider provider) {
			UpstreamStatus status = provider.status();
			return new ProviderResponse(provider.name(), provider.enabled(),
					provider.capabilities().capabilities().stream().map(Enum::name).sorted().toList(),
					provider.capabilities().assetClasses().stream().map(Enum::name).sorted().toList(),
					provider.capabilities()
						.intervals()
						.stream()
						.sorted(Comparator.comparing(Timeframe::duration))
						.map(Timeframe::code)
						.toList(),
					provider.capabilities().needsKey(), provider.keyConfigured(),
					(status != null) ? status.circuit() : null, (status != null) ? status.lastSuccess() : null,
					(status != null) ? status.lastFailure() : null, (status != null) ? status.lastError() : null,
					(status != null) ? status.blockedUntil() : null);
		}

	}

}
