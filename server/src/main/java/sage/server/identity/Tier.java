package sage.server.identity;

/** The plan an account is on; limits and features will key off it. */
public enum Tier {

	/** The default for every new account. */
	FREE,
	/** A paying (or granted) account. */
	PRO

}
