package sage.server.advisor.chat;

/** Where a message stands. */
public enum MessageStatus {

	/** An answer being written: its text so far is kept. */
	STREAMING,
	/** Written in full. */
	COMPLETE,
	/** An answer whose writing broke off: the part written is kept, and says so. */
	INTERRUPTED

}
