package sage.server.platform.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import sage.server.platform.PlatformProblems;
import sage.server.platform.ProblemType;

/**
 * Answers errors that never reached a controller (a filter that failed, the container's
 * own rejections) with the same problem body as everything else, instead of Boot's
 * default page.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final Problems problems;

	ProblemErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) ? code
				: HttpStatus.INTERNAL_SERVER_ERROR.value();
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable ex) {
			log.error("Request failed outside the controllers", ex);
		}
		ProblemType type = typeFor(status);
		ProblemDetail problem = Problems.create(type, type.title() + ".", request);
		problem.setStatus(status);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(java.net.URI.create(path));
		}
		if (!response.isCommitted()) {
			response.resetBuffer();
			this.problems.write(problem, response);
		}
	}

	private static ProblemType typeFor(int status) {
		return switch (status) {
			case 404 -> PlatformProblems.NOT_FOUND;
			case 405 -> PlatformProblems.METHOD_NOT_ALLOWED;
			case 413 -> PlatformProblems.BODY_TOO_LARGE;
			case 415 -> PlatformProblems.UNSUPPORTED_MEDIA_TYPE;
			case 503 -> PlatformProblems.SERVICE_UNAVAILABLE;
			default -> (status >= 500) ? PlatformProblems.INTERNAL_ERROR : PlatformProblems.BAD_REQUEST;
		};
	}

}
