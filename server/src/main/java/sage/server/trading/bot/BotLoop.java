package sage.server.trading.bot;

/** A bot at work on this node: a paper bot or a live one. */
interface BotLoop extends Runnable {

	/** Asks the loop to end after the bar it is on. */
	void halt();

}
