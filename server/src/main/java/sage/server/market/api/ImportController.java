package sage.server.market.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.market.bundled.ImportLog;
import sage.server.market.bundled.Rejection;

/** The history of data imports, with every refused row. */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Market")
class ImportController {

	private final ImportLog importLog;

	ImportController(ImportLog importLog) {
		this.importLog = importLog;
	}

	@GetMapping
	@Operation(summary = "List imports",
			description = "Files imported into the price history, newest first, with the rows refused and why.")
	ImportListResponse imports(@Parameter(description = "Most runs to return",
			example = "20") @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return new ImportListResponse(this.importLog.recent(limit).stream().map(ImportRunResponse::of).toList());
	}

	@Schema(name = "ImportList")
	record ImportListResponse(List<ImportRunResponse> items) {
	}

	@Schema(name = "ImportRun", description = "One import of one file")
	record ImportRunResponse(@Schema(example = "spy-1d") String dataset,
			@Schema(example = "pandas-ta/SPY_D.csv") String file, String sha256, Instant startedAt, Instant finishedAt,
			@Schema(example = "5241") int rowsRead, @Schema(example = "5241") int barsInserted,
			@Schema(example = "0") int rowsRejected, List<RejectedRow> rejections) {

		static ImportRunResponse of(ImportLog.ImportRun run) {
			return new ImportRunResponse(run.dataset(), run.file(), run.sha256(), run.startedAt(), run.finishedAt(),
					run.rowsRead(), run.barsInserted(), run.rowsRejected(),
					run.rejections().stream().map(RejectedRow::of).toList());
		}

	}

	@Schema(name = "RejectedRow")
	record RejectedRow(@Schema(example = "1207") int line, @Schema(example = "high is below low") String reason) {

		static RejectedRow of(Rejection rejection) {
			return new RejectedRow(rejection.line(), rejection.reason());
		}

	}

}
