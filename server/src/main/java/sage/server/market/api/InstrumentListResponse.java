package sage.server.market.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of instruments matching a search. */
@Schema(name = "InstrumentList")
record InstrumentListResponse(List<InstrumentResponse> items,
		@Schema(example = "8", description = "How many matched in all") int total) {
}
