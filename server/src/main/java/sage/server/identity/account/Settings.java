package sage.server.identity.account;

/**
 * How a user wants Sage to speak and behave.
 *
 * @param locale the language of the interface, {@code ko} or {@code en}
 * @param timeZone an IANA zone id such as {@code Asia/Seoul}
 * @param baseCurrency the currency values are summed in
 * @param experienceLevel how much explanation advice comes with
 * @param riskTolerance how much risk advice may propose
 * @param notifications where notifications go
 */
public record Settings(String locale, String timeZone, BaseCurrency baseCurrency, ExperienceLevel experienceLevel,
		RiskTolerance riskTolerance, Notifications notifications) {

	/** What a new account starts with. */
	public static final Settings DEFAULTS = new Settings("en", "UTC", BaseCurrency.USD, ExperienceLevel.BEGINNER,
			RiskTolerance.MODERATE, new Notifications(true, false, false));

	/** The currencies an account can total in. */
	public enum BaseCurrency {

		/** Korean won. */
		KRW,
		/** US dollar. */
		USD

	}

	/** How experienced the user says they are. */
	public enum ExperienceLevel {

		/** New to investing. */
		BEGINNER,
		/** Knows the basics. */
		INTERMEDIATE,
		/** Trades actively. */
		EXPERIENCED

	}

	/** How much risk the user accepts. */
	public enum RiskTolerance {

		/** Capital first. */
		CONSERVATIVE,
		/** Balanced. */
		MODERATE,
		/** Growth first, drawdowns accepted. */
		AGGRESSIVE

	}

	/**
	 * Channels for notifications (alerts will use them).
	 *
	 * @param inApp in the web app
	 * @param email by email
	 * @param push by web push
	 */
	public record Notifications(boolean inApp, boolean email, boolean push) {
	}

}
