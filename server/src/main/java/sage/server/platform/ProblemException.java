package sage.server.platform;

import java.util.List;
import java.util.Map;

/**
 * Thrown by a module to answer a request with a problem response. The platform turns it
 * into {@code application/problem+json} with the code and the request id; the module
 * never writes the response itself.
 */
public class ProblemException extends RuntimeException {

	/**
	 * The property that also becomes a {@code Retry-After} header (whole seconds), for
	 * problems a client should retry later.
	 */
	public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

	private final ProblemType problemType;

	private final List<FieldProblem> fieldProblems;

	private final Map<String, Object> properties;

	public ProblemException(ProblemType problemType, String detail) {
		this(problemType, detail, List.of(), Map.of());
	}

	public ProblemException(ProblemType problemType, String detail, List<FieldProblem> fieldProblems,
			Map<String, Object> properties) {
		super(detail);
		this.problemType = problemType;
		this.fieldProblems = List.copyOf(fieldProblems);
		this.properties = Map.copyOf(properties);
	}

	/** One field that failed validation. */
	public static ProblemException invalidField(String field, String message) {
		return new ProblemException(PlatformProblems.INVALID_REQUEST, field + ": " + message,
				List.of(new FieldProblem(field, message)), Map.of());
	}

	/** Several fields that failed validation. */
	public static ProblemException invalidFields(List<FieldProblem> problems) {
		String detail = (problems.size() == 1) ? problems.get(0).field() + ": " + problems.get(0).message()
				: problems.size() + " fields are invalid";
		return new ProblemException(PlatformProblems.INVALID_REQUEST, detail, problems, Map.of());
	}

	public ProblemType problemType() {
		return this.problemType;
	}

	public List<FieldProblem> fieldProblems() {
		return this.fieldProblems;
	}

	/** Extra members of the problem body, e.g. {@code available} intervals. */
	public Map<String, Object> properties() {
		return this.properties;
	}

}
