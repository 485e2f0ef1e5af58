package sage.server.trading.venue;

/** A venue read or cancel that failed, with the classified reason. */
public class VenueException extends RuntimeException {

	private final VenueFailure failure;

	public VenueException(VenueFailure failure) {
		super(failure.toString());
		this.failure = failure;
	}

	public VenueException(VenueFailure failure, Throwable cause) {
		super(failure.toString(), cause);
		this.failure = failure;
	}

	/** Why it failed. */
	public VenueFailure failure() {
		return this.failure;
	}

	/** Shorthand for {@code failure().kind()}. */
	public VenueFailure.Kind kind() {
		return this.failure.kind();
	}

}
