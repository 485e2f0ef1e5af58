package sage.server.advisor.model;

/**
 * The language model could not write the answer: unreachable, refused, broke off or
 * stalled. Its message names the model and the cause, never a key.
 */
public class ModelUnavailableException extends RuntimeException {

	ModelUnavailableException(String message) {
		super(message);
	}

}
