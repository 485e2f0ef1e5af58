package sage.server.market.venue.bitget;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.knowm.xchange.bitget.dto.BitgetException;
import tools.jackson.databind.JsonNode;

import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;
import sage.server.market.venue.ErrorTable;
import sage.server.market.venue.VenueError;

/**
 * Bitget v2 error codes ("Error codes" page) that public market data can meet. Every
 * answer carries {@code code}, {@code "00000"} when good; an unknown symbol is
 * {@code 40034} ("Parameter ... does not exist"), the rate limit {@code 429}. XChange's
 * {@link BitgetException} keeps the code but not the HTTP status, so the code decides.
 */
final class BitgetErrors implements ErrorTable {

	private static final Map<String, Kind> CODES = Map.ofEntries(Map.entry("429", Kind.RATE_LIMITED),
			Map.entry("40034", Kind.NOT_FOUND), Map.entry("40404", Kind.NOT_FOUND), Map.entry("40019", Kind.REJECTED),
			Map.entry("40808", Kind.REJECTED), Map.entry("40005", Kind.REJECTED), Map.entry("40006", Kind.UNAUTHORIZED),
			Map.entry("40009", Kind.UNAUTHORIZED), Map.entry("40012", Kind.UNAUTHORIZED),
			Map.entry("40037", Kind.UNAUTHORIZED), Map.entry("40015", Kind.SERVER_ERROR),
			Map.entry("40725", Kind.SERVER_ERROR), Map.entry("45001", Kind.SERVER_ERROR));

	private static final String SUCCESS = "00000";

	private final Clock clock;

	BitgetErrors(Clock clock) {
		this.clock = clock;
	}

	@Override
	public @Nullable Kind kindOf(VenueError error) {
		return CODES.get(error.code());
	}

	/** Bitget's own error in an XChange failure. */
	static Optional<VenueError> read(Throwable error) {
		if (!(error instanceof BitgetException bitget) || bitget.getCode() == null) {
			return Optional.empty();
		}
		// XChange reads "00000" as the number 0; other codes keep their digits
		return Optional
			.of(new VenueError(String.valueOf(bitget.getCode()), String.valueOf(bitget.getMessage()), 0, null));
	}

	/** Bitget's own error in an answer to a direct REST call. */
	Optional<VenueError> read(UpstreamHttp.Answer answer) {
		JsonNode body = answer.body();
		if (body == null || !body.has("code") || SUCCESS.equals(body.path("code").asString())) {
			return Optional.empty();
		}
		return Optional.of(new VenueError(body.path("code").asString(), body.path("msg").asString(), answer.status(),
				answer.headers()
					.firstValue("Retry-After")
					.map((wait) -> UpstreamHttp.retryAfter(wait, this.clock.instant()))
					.orElse(null)));
	}

}
