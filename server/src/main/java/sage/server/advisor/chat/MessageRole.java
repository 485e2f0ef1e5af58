package sage.server.advisor.chat;

/** Who wrote a message. */
public enum MessageRole {

	/** The person asking. */
	USER,
	/** The advisor. */
	ADVISOR

}
