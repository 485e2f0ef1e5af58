package sage.server.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemType;

/**
 * Builds and writes RFC 9457 problem bodies, the one shape of every error Sage answers
 * with: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance},
 * the stable {@code code}, the {@code requestId} and, for validation, {@code errors}.
 */
@Component
class Problems {

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	static ProblemDetail create(ProblemType type, @Nullable String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		decorate(problem, type, request);
		return problem;
	}

	/** Gives a problem Sage's type, title, code, instance and request id. */
	static void decorate(ProblemDetail problem, ProblemType type, HttpServletRequest request) {
		problem.setType(type.type());
		problem.setTitle(type.title());
		problem.setStatus(type.status());
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", type.code());
		problem.setProperty("requestId", RequestId.of(request));
	}

	static void addFieldProblems(ProblemDetail problem, List<FieldProblem> fields) {
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields);
		}
	}

	static void addProperties(ProblemDetail problem, Map<String, Object> properties) {
		properties.forEach(problem::setProperty);
	}

	/** Writes a problem where no MVC handler runs: in a filter or the error dispatch. */
	void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
