package sage.server.audit.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import sage.server.audit.AuditFilter;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

/**
 * The filters of the audit list and its CSV export, from the query string. Every one is
 * optional and must match exactly.
 *
 * @param actor who acted
 * @param action what happened
 * @param entityType the kind of thing changed
 * @param entityId the id of the thing changed
 * @param from rows at or after this instant
 * @param to rows before this instant
 */
record AuditQuery(
		@Parameter(description = "Who acted (a user id, or system)",
				example = "system") @Size(max = 200) @Nullable String actor,
		@Parameter(description = "What happened",
				example = "api-key.revealed") @Size(max = 100) @Nullable String action,
		@Parameter(description = "Kind of thing changed",
				example = "api-key") @Size(max = 100) @Nullable String entityType,
		@Parameter(description = "Id of the thing changed",
				example = "key-42") @Size(max = 200) @Nullable String entityId,
		@Parameter(description = "Rows at or after this instant (ISO 8601)",
				example = "2026-05-01T00:00:00Z") @Nullable String from,
		@Parameter(description = "Rows before this instant (ISO 8601)",
				example = "2026-06-01T00:00:00Z") @Nullable String to) {

	/**
	 * The filter these ask for.
	 * @throws ProblemException {@code invalid-request} naming each instant that does not
	 * parse, or a {@code from} after {@code to}
	 */
	AuditFilter filter() {
		List<FieldProblem> problems = new ArrayList<>();
		Instant start = instant("from", this.from, problems);
		Instant end = instant("to", this.to, problems);
		if (start != null && end != null && start.isAfter(end)) {
			problems.add(new FieldProblem("from", "must not be after to"));
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		return new AuditFilter(blankToNull(this.actor), blankToNull(this.action), blankToNull(this.entityType),
				blankToNull(this.entityId), start, end);
	}

	private static @Nullable Instant instant(String name, @Nullable String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(name, "must be an ISO 8601 instant, e.g. 2026-05-01T00:00:00Z"));
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
