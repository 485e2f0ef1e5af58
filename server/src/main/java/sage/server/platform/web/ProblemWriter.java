package sage.server.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import sage.server.platform.ProblemType;

/**
 * Writes a problem answer from a servlet filter, where no MVC handler turns a
 * {@link sage.server.platform.ProblemException} into one.
 */
@Component
public class ProblemWriter {

	private final Problems problems;

	ProblemWriter(Problems problems) {
		this.problems = problems;
	}

	/** Writes {@code type} with {@code detail}, the request's id and instance. */
	public void write(ProblemType type, String detail, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.problems.write(Problems.create(type, detail, request), response);
	}

}
