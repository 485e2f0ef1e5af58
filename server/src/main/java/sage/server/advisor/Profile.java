package sage.server.advisor;

import java.util.List;
import java.util.Objects;

/**
 * What the advisor knows of the person asking, which bounds the risk it suggests.
 *
 * @param experience how much the user has traded
 * @param tolerance how much swing in value the user accepts
 * @param interests the symbols of the assets the user follows, most followed first
 */
public record Profile(Experience experience, Tolerance tolerance, List<String> interests) {

	/**
	 * The profile assumed when the user has not said: the most careful one, so that an
	 * unknown user is never advised as an expert would be.
	 */
	public static final Profile UNKNOWN = new Profile(Experience.BEGINNER, Tolerance.LOW);

	public Profile {
		Objects.requireNonNull(experience, "experience");
		Objects.requireNonNull(tolerance, "tolerance");
		interests = List.copyOf(interests);
	}

	/** A profile that follows no asset in particular. */
	public Profile(Experience experience, Tolerance tolerance) {
		this(experience, tolerance, List.of());
	}

	/** How much the user has traded. */
	public enum Experience {

		/** New to investing. */
		BEGINNER,
		/** Has held and traded for a while. */
		INTERMEDIATE,
		/** Trades actively and knows the risks of leverage and concentration. */
		EXPERT

	}

	/** How much swing in the value of a portfolio the user accepts. */
	public enum Tolerance {

		/** Small swings only. */
		LOW,
		/** Ordinary market swings. */
		MEDIUM,
		/** Large swings, for a chance of larger gains. */
		HIGH

	}

}
