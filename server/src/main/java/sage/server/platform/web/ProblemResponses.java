package sage.server.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import sage.server.platform.FieldProblem;
import sage.server.platform.PlatformProblems;
import sage.server.platform.ProblemException;
import sage.server.platform.ProblemType;

/**
 * Turns every exception that leaves a controller into a problem response with a stable
 * code. Spring's own exceptions keep Spring's status and detail and gain Sage's code; a
 * module's {@link ProblemException} says everything itself; anything else is a 500 whose
 * cause stays in the log, never in the response.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.create(ex.problemType(), ex.getMessage(), request);
		Problems.addFieldProblems(problem, ex.fieldProblems());
		Problems.addProperties(problem, ex.properties());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
		if (ex.properties().get(ProblemException.RETRY_AFTER_SECONDS) instanceof Number seconds) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds.longValue()));
		}
		return response.body(problem);
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex, HttpServletRequest request) {
		log.warn("Database unavailable: {}", ex.getMessage());
		ProblemDetail problem = Problems.create(PlatformProblems.SERVICE_UNAVAILABLE,
				"The database is unavailable; try again shortly.", request);
		return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		ProblemDetail problem = Problems.create(PlatformProblems.INTERNAL_ERROR,
				"An unexpected error occurred. Quote the request id when reporting it.", request);
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		ProblemDetail problem;
		if (body instanceof ProblemDetail existing) {
			problem = existing;
		}
		else if (ex instanceof ErrorResponse errorResponse) {
			problem = errorResponse.getBody();
		}
		else {
			problem = ProblemDetail.forStatus(statusCode);
		}
		ProblemType type = typeOf(ex, statusCode);
		List<FieldProblem> fields = fieldProblems(ex);
		String detail = detailOf(ex, type, fields, problem.getDetail());
		if (servletRequest != null) {
			Problems.decorate(problem, type, servletRequest);
		}
		problem.setDetail(detail);
		Problems.addFieldProblems(problem, fields);
		if (type == PlatformProblems.BODY_TOO_LARGE) {
			headers.set(HttpHeaders.CONNECTION, "close");
		}
		return ResponseEntity.status(type.status()).headers(headers).body(problem);
	}

	private static ProblemType typeOf(Exception ex, HttpStatusCode status) {
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return PlatformProblems.NOT_FOUND;
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return PlatformProblems.METHOD_NOT_ALLOWED;
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return PlatformProblems.UNSUPPORTED_MEDIA_TYPE;
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return PlatformProblems.NOT_ACCEPTABLE;
		}
		if (ex instanceof MaxUploadSizeExceededException || tooLarge(ex)) {
			return PlatformProblems.BODY_TOO_LARGE;
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return (fieldOf(ex) != null) ? PlatformProblems.INVALID_REQUEST : PlatformProblems.MALFORMED_BODY;
		}
		if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException
				|| ex instanceof MissingServletRequestParameterException || ex instanceof TypeMismatchException) {
			return PlatformProblems.INVALID_REQUEST;
		}
		if (status.is5xxServerError()) {
			return PlatformProblems.INTERNAL_ERROR;
		}
		return (status.value() == HttpStatus.NOT_FOUND.value()) ? PlatformProblems.NOT_FOUND
				: PlatformProblems.BAD_REQUEST;
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	private static String detailOf(Exception ex, ProblemType type, List<FieldProblem> fields,
			@Nullable String springDetail) {
		if (type == PlatformProblems.NOT_FOUND) {
			return "Nothing is served at this path. The API lives under /api/v1; see /api/docs.";
		}
		if (type == PlatformProblems.BODY_TOO_LARGE) {
			return "The request body is larger than the configured limit.";
		}
		if (type == PlatformProblems.MALFORMED_BODY) {
			return "The body is not valid JSON of the expected shape" + jsonLocation(ex) + ".";
		}
		if (!fields.isEmpty()) {
			return (fields.size() == 1) ? fields.get(0).field() + ": " + fields.get(0).message()
					: fields.size() + " fields are invalid";
		}
		return (springDetail != null) ? springDetail : type.title();
	}

	private static List<FieldProblem> fieldProblems(Exception ex) {
		List<FieldProblem> fields = new ArrayList<>();
		if (ex instanceof MethodArgumentNotValidException invalid) {
			for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
				fields.add(new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
			}
		}
		else if (ex instanceof HandlerMethodValidationException invalid) {
			invalid.getParameterValidationResults().forEach((result) -> {
				String name = parameterName(result.getMethodParameter().getParameterAnnotation(RequestParam.class),
						result.getMethodParameter().getParameterName());
				if (result instanceof ParameterErrors errors) {
					for (FieldError error : errors.getFieldErrors()) {
						fields.add(new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
					}
				}
				else {
					result.getResolvableErrors()
						.forEach((error) -> fields
							.add(new FieldProblem(name, String.valueOf(error.getDefaultMessage()))));
				}
			});
		}
		else if (ex instanceof MissingServletRequestParameterException missing) {
			fields.add(new FieldProblem(missing.getParameterName(), "is required"));
		}
		else if (ex instanceof TypeMismatchException mismatch) {
			fields.add(new FieldProblem(String.valueOf(mismatch.getPropertyName()),
					"must be " + describe(mismatch.getRequiredType())));
		}
		else if (ex instanceof HttpMessageNotReadableException) {
			String field = fieldOf(ex);
			if (field != null) {
				fields.add(new FieldProblem(field, "has the wrong type or format"));
			}
		}
		return fields;
	}

	private static String parameterName(@Nullable RequestParam annotation, @Nullable String fallback) {
		if (annotation != null && !annotation.name().isEmpty()) {
			return annotation.name();
		}
		if (annotation != null && !annotation.value().isEmpty()) {
			return annotation.value();
		}
		return (fallback != null) ? fallback : "parameter";
	}

	/**
	 * The JSON path of a value of the wrong type ({@code bars[2].open}), if Jackson knows
	 * it.
	 */
	private static @Nullable String fieldOf(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()
					&& !(cause.getClass().getSimpleName().contains("JsonParse"))) {
				StringBuilder path = new StringBuilder();
				for (var reference : databind.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return (path.length() > 0) ? path.toString() : null;
			}
		}
		return null;
	}

	private static String jsonLocation(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && jackson.getLocation() != null
					&& jackson.getLocation().getLineNr() > 0) {
				return " (line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr()
						+ ")";
			}
		}
		return (ex.getCause() == null) ? " (the body is missing)" : "";
	}

	private static String describe(@Nullable Class<?> type) {
		if (type == null) {
			return "of the right type";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (type == Double.class || type == double.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		return "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
	}

}
