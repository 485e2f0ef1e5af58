package sage.server.market.venue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;

/**
 * Builds an XChange {@link Exchange} for public market data: pointed at a configurable
 * base URL (the venue's, or a test server's), with Sage's timeout, and without XChange's
 * own retries and rate limiter, because every call already runs under Sage's
 * {@link sage.server.market.provider.UpstreamPolicy}. Remote metadata is not loaded at
 * start: creating the client makes no network call, so Sage starts offline.
 */
public final class XchangeSetup {

	private XchangeSetup() {
	}

	/**
	 * A ready exchange of {@code type}.
	 * @param baseUrl the REST root, e.g. {@code https://api.binance.com}
	 * @param timeout connect and read timeout of one request
	 * @param venueParameters XChange's exchange-specific parameters (Bybit needs
	 * {@code Use_Sandbox} set, or it fails with a NullPointerException)
	 */
	public static <T extends Exchange> T create(Class<T> type, URI baseUrl, Duration timeout,
			Map<String, Object> venueParameters) {
		return type.cast(ExchangeFactory.INSTANCE.createExchange(spec(type, baseUrl, timeout, venueParameters)));
	}

	/**
	 * The specification {@link #create} uses, for building a proxy of one of XChange's
	 * REST interfaces directly.
	 */
	public static ExchangeSpecification spec(Class<? extends Exchange> type, URI baseUrl, Duration timeout,
			Map<String, Object> venueParameters) {
		ExchangeSpecification spec = new ExchangeSpecification(type);
		String root = baseUrl.toString().replaceAll("/+$", "");
		spec.setSslUri(root);
		spec.setPlainTextUri(root);
		spec.setHost(baseUrl.getHost());
		if (baseUrl.getPort() > 0) {
			spec.setPort(baseUrl.getPort());
		}
		spec.setShouldLoadRemoteMetaData(false);
		int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
		spec.setHttpConnTimeout(millis);
		spec.setHttpReadTimeout(millis);
		spec.getResilience().setRetryEnabled(false);
		spec.getResilience().setRateLimiterEnabled(false);
		venueParameters.forEach(spec::setExchangeSpecificParametersItem);
		return spec;
	}

}
