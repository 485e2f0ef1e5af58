package sage.server.market.venue.okx;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.knowm.xchange.okex.dto.OkexException;

import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.venue.ErrorTable;
import sage.server.market.venue.VenueError;

/**
 * OKX v5 error codes ("Error Code" section of the API docs) that public market data can
 * meet. OKX sends most of them with an HTTP 4xx or 5xx and the code in the body, some
 * with HTTP 200 and a non-zero {@code code}.
 */
final class OkxErrors implements ErrorTable {

	private static final Map<String, Kind> CODES = Map.ofEntries(Map.entry("50001", Kind.SERVER_ERROR),
			Map.entry("50004", Kind.TIMEOUT), Map.entry("50011", Kind.RATE_LIMITED),
			Map.entry("50013", Kind.SERVER_ERROR), Map.entry("50026", Kind.SERVER_ERROR),
			Map.entry("50040", Kind.RATE_LIMITED), Map.entry("50061", Kind.RATE_LIMITED),
			Map.entry("50101", Kind.UNAUTHORIZED), Map.entry("50103", Kind.UNAUTHORIZED),
			Map.entry("50104", Kind.UNAUTHORIZED), Map.entry("50105", Kind.UNAUTHORIZED),
			Map.entry("50106", Kind.UNAUTHORIZED), Map.entry("50107", Kind.UNAUTHORIZED),
			Map.entry("50111", Kind.UNAUTHORIZED), Map.entry("50113", Kind.UNAUTHORIZED),
			Map.entry("51000", Kind.REJECTED), Map.entry("51001", Kind.NOT_FOUND));

	@Override
	public @Nullable Kind kindOf(VenueError error) {
		return CODES.get(error.code());
	}

	/** OKX's own error in a failure: an {@link OkexException} read from its body. */
	static Optional<VenueError> read(Throwable error) {
		if (!(error instanceof OkexException okx)) {
			return Optional.empty();
		}
		return Optional.of(new VenueError(String.valueOf(okx.getCode()), String.valueOf(okx.getMessage()),
				okx.getHttpStatusCode(), null));
	}

}
