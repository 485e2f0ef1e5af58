package sage.server.audit.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import sage.server.audit.AuditPage;

/** A page of audit rows. */
@Schema(name = "AuditPage", description = "One page of audit rows, newest first")
record AuditPageResponse(List<AuditRowResponse> items, @Schema(example = "0", description = "From 0") int page,
		@Schema(example = "50", description = "Most rows per page") int size,
		@Schema(example = "1234", description = "Rows that match the filters") long total) {

	static AuditPageResponse of(AuditPage page) {
		return new AuditPageResponse(page.items().stream().map(AuditRowResponse::of).toList(), page.page(), page.size(),
				page.total());
	}

}
