package sage.server.advisor.grounding.evaluation;

/** The language a question is asked in, and its answer written in. */
public enum Language {

	/** English. */
	EN,
	/** Korean. */
	KO

}
