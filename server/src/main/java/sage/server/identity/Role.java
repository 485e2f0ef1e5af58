package sage.server.identity;

/** What an account may do. */
public enum Role {

	/** Uses Sage for themselves: their own profile, watchlists and, later, portfolios. */
	USER,
	/**
	 * Helps users: reads accounts with personal data masked ({@code j***@example.com}).
	 */
	SUPPORT,
	/** Runs the installation: everything SUPPORT may, plus changing roles and tiers. */
	ADMIN

}
