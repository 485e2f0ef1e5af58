package sage.server.identity.email;

/**
 * One email carrying a one-time link, in the account's language.
 *
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body (the same words, and the link as a button)
 */
record TokenEmail(String subject, String text, String html) {

	@Override
	public String toString() {
		return "TokenEmail[subject=" + this.subject + "]";
	}

}
