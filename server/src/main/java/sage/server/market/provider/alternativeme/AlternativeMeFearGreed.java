package sage.server.market.provider.alternativeme;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.Capability;
import sage.server.market.provider.FearGreedReading;
import sage.server.market.provider.FearGreedSource;
import sage.server.market.provider.ProviderCapabilities;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;

/**
 * The crypto Fear &amp; Greed index from alternative.me ({@code /fng/?limit=N}), free,
 * without a key, with attribution ("Data provided by alternative.me").
 *
 * <p>
 * The API sends values as strings and times as Unix seconds, newest first, and reports a
 * failure inside a 200 answer as a non-null {@code metadata.error}.
 */
public final class AlternativeMeFearGreed implements FearGreedSource {

	/** The provider's name. */
	public static final String NAME = "alternative-me";

	/** alternative.me's API host. */
	public static final String BASE_URL = "https://api.alternative.me";

	/** What alternative.me answers. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(NAME,
			EnumSet.of(Capability.FEAR_GREED), EnumSet.of(AssetClass.CRYPTO_SPOT), EnumSet.noneOf(Timeframe.class),
			false);

	private final UpstreamHttp http;

	private final URI baseUrl;

	public AlternativeMeFearGreed(UpstreamHttp http, URI baseUrl) {
		this.http = http;
		this.baseUrl = baseUrl;
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public List<FearGreedReading> history(int days) {
		if (days < 1) {
			// limit=0 asks the API for its whole history: say so explicitly, not by
			// accident
			throw new IllegalArgumentException("days must be at least 1: " + days);
		}
		URI uri = URI.create(this.baseUrl + "/fng/?" + UpstreamHttp.query(Map.of("limit", days)));
		return this.http.getJson("fng " + days + "d", uri, Map.of(), AlternativeMeFearGreed::readings);
	}

	/** The readings in an {@code /fng/} answer, newest first. */
	static List<FearGreedReading> readings(JsonNode body) {
		JsonNode error = body.path("metadata").path("error");
		if (!error.isMissingNode() && !error.isNull()) {
			throw new UpstreamException(NAME, Kind.REJECTED, "fng: alternative.me says: " + error.asString());
		}
		JsonNode data = body.path("data");
		if (!data.isArray()) {
			throw new IllegalStateException("answer has no data array");
		}
		List<FearGreedReading> readings = new ArrayList<>();
		for (JsonNode reading : data.values()) {
			// the day the value applies to; older entries carry a time of day, newer
			// ones midnight UTC
			Instant day = Instant.ofEpochSecond(Long.parseLong(reading.path("timestamp").asString()))
				.truncatedTo(ChronoUnit.DAYS);
			readings.add(new FearGreedReading(day, Integer.parseInt(reading.path("value").asString()),
					reading.path("value_classification").asString()));
		}
		readings.sort((a, b) -> b.time().compareTo(a.time()));
		return readings;
	}

}
