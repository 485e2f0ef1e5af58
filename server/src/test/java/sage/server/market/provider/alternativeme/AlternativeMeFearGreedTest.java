package sage.server.market.provider.alternativeme;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import sage.server.market.provider.FearGreedReading;
import sage.server.market.provider.ProviderFaultsContract;
import sage.server.market.provider.RecordedPayloads;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

/**
 * alternative.me's Fear &amp; Greed API against a stand-in serving a body built from the
 * recorded index history (src/test/resources/market/providers/alternative-me, see its
 * PROVENANCE.md).
 */
class AlternativeMeFearGreedTest extends ProviderFaultsContract {

	private AlternativeMeFearGreed fearGreed;

	@Override
	protected String providerName() {
		return AlternativeMeFearGreed.NAME;
	}

	@Override
	protected void connect(UpstreamHttp http, URI baseUrl) {
		this.fearGreed = new AlternativeMeFearGreed(http, baseUrl);
	}

	@Override
	protected String faultPath() {
		return "/fng/";
	}

	@Override
	protected byte[] recordedBody() {
		return RecordedPayloads.bytes("alternative-me/fng-limit-10.json");
	}

	@Override
	protected Object call() {
		return this.fearGreed.history(10);
	}

	@Override
	protected void assertRecordedAnswer(Object answer) {
		assertThat(answer).asInstanceOf(list(FearGreedReading.class))
			.containsExactly(reading("2025-03-02", 26, "Fear"), reading("2025-03-01", 20, "Extreme Fear"),
					reading("2025-02-28", 16, "Extreme Fear"), reading("2025-02-27", 10, "Extreme Fear"),
					reading("2025-02-26", 21, "Extreme Fear"), reading("2025-02-25", 25, "Extreme Fear"),
					reading("2025-02-24", 49, "Neutral"), reading("2025-02-23", 50, "Neutral"),
					reading("2025-02-22", 49, "Neutral"), reading("2025-02-21", 55, "Greed"));
	}

	@Test
	void asksForTheNumberOfDays() {
		this.server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(recorded()));
		this.fearGreed.history(10);
		this.server.verify(getRequestedFor(urlPathEqualTo("/fng/")).withQueryParam("limit", equalTo("10")));
	}

	@Test
	void anErrorInTheMetadataIsARefusalNotRetried() {
		this.server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(
				okJson("{\"name\":\"Fear and Greed Index\",\"data\":[],\"metadata\":{\"error\":\"Invalid limit\"}}")));
		assertThat(assertFault(Kind.REJECTED)).hasMessageContaining("Invalid limit");
		assertRequests(1);
		assertThat(this.policy.status().lastError()).contains("Invalid limit");
		assertThat(this.policy.status().circuit()).isEqualTo("CLOSED");
	}

	@Test
	void aValueOutsideTheScaleIsMalformed() {
		this.server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(okJson("{\"data\":[{\"value\":\"101\","
				+ "\"value_classification\":\"Extreme Greed\",\"timestamp\":\"1740873600\"}],\"metadata\":{\"error\":null}}")));
		assertFault(Kind.MALFORMED);
	}

	@Test
	void readsTheDayOfAReadingStampedAtAnHourOfThatDay() {
		// older readings carry 05:00 UTC, as in the API's documented example
		List<FearGreedReading> readings = AlternativeMeFearGreed.readings(JsonMapper.builder()
			.build()
			.readTree("{\"name\":\"Fear and Greed Index\",\"data\":[{\"value\":\"40\",\"value_classification\":"
					+ "\"Fear\",\"timestamp\":\"1551157200\",\"time_until_update\":\"68499\"}],"
					+ "\"metadata\":{\"error\":null}}"));
		assertThat(readings).containsExactly(reading("2019-02-26", 40, "Fear"));
	}

	@Test
	void refusesToAskForNoDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.fearGreed.history(0));
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private static FearGreedReading reading(String day, int value, String classification) {
		return new FearGreedReading(Instant.parse(day + "T00:00:00Z"), value, classification);
	}

}
