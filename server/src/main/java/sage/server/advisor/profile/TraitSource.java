package sage.server.advisor.profile;

/** Where a part of the profile comes from. */
public enum TraitSource {

	/**
	 * Nothing said yet, or not surely enough: the most careful value is assumed, so that
	 * nobody is advised as an expert would be by default.
	 */
	ASSUMED,
	/** Inferred from the user's questions, surely enough to be used. */
	INFERRED,
	/**
	 * From the user's account settings, where they changed it from the value every
	 * account starts with: a statement, so it goes before inference.
	 */
	ACCOUNT,
	/** Set by the user on their advisor profile; nothing else changes it. */
	SET

}
