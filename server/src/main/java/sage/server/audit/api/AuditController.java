package sage.server.audit.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.audit.AuditFilter;
import sage.server.audit.AuditLog;

/**
 * The audit log for administrators: list with filters, export as CSV, verify the chain.
 * Everything under {@code /api/v1/admin/} is meant for the admin role once sign-in
 * exists; until then the server listens on this machine only by default.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "The append-only, hash-chained audit log (administrators)")
@ApiResponse(responseCode = "400",
		description = "A filter or paging parameter is invalid (code invalid-request; `errors` names each one)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class AuditController {

	private static final String CSV = "text/csv";

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "List audit rows",
			description = "Rows newest first, a page at a time. Every filter is optional and must match exactly; "
					+ "`from` is inclusive, `to` exclusive. Values are masked (personal data) JSON as recorded.")
	@ApiResponse(responseCode = "200", description = "One page of rows, newest first")
	AuditPageResponse auditRows(@ParameterObject @Valid AuditQuery query,
			@Parameter(description = "Page number, from 0", example = "0") @RequestParam(name = "page",
					defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@Parameter(description = "Rows per page", example = "50") @RequestParam(name = "size",
					defaultValue = "50") @Min(1) @Max(500) int size) {
		return AuditPageResponse.of(this.log.find(query.filter(), page, size));
	}

	@GetMapping("/verify")
	@Operation(summary = "Verify the audit chain",
			description = "Walks the chain from its first row: every row must follow the previous one without a gap, "
					+ "still hash to its stored hash and name the previous row's hash, and the log must end where "
					+ "its head says. Answers 200 either way; `intact` says which, `firstBroken` where it first "
					+ "breaks. The same check as `./sage audit verify`.")
	@ApiResponse(responseCode = "200", description = "The outcome")
	VerificationResponse verifyAuditChain() {
		return VerificationResponse.of(this.log.verify());
	}

	@GetMapping(path = "/export.csv", produces = CSV)
	@Operation(summary = "Export audit rows as CSV",
			description = "The rows that match the filters (as for the list), oldest first, as a CSV download "
					+ "with the columns of the table, hashes included, so the chain can be checked elsewhere. "
					+ "A cell a spreadsheet would run as a formula (starting with = + - @) gets a leading '.")
	@ApiResponse(responseCode = "200", description = "The rows, oldest first",
			content = @Content(mediaType = CSV, schema = @Schema(type = "string",
					example = "seq,occurred_at,actor,action,entity_type,entity_id,old_value,new_value,ip,user_agent,"
							+ "request_id,prev_hash,hash\n1,2026-05-01T12:00:00.123456Z,system,instrument.created,"
							+ "instrument,SPY,,\"{\"\"symbol\"\":\"\"SPY\"\"}\",127.0.0.1,curl/8.5.0,"
							+ "c7677b45-2dc2-4664-8c91-e731628d75a8,0000000000000000000000000000000000000000000000000000000000000000,"
							+ "5e0c2d1f3a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d")))
	void exportAuditRows(@ParameterObject @Valid AuditQuery query, HttpServletResponse response) throws IOException {
		AuditFilter filter = query.filter();
		response.setContentType(CSV + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("audit-log.csv").build().toString());
		this.log.exportCsv(filter, response.getWriter());
	}

}
