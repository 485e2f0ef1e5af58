package sage.server.trading;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A place in the live order path where a kill -9 test holds the server, so that the kill
 * lands exactly there rather than wherever the process happens to be. Set with
 * {@code sage.trading.live.crash-point} (one of {@link #NAMES}); unset, as it is in use,
 * every point is passed without a pause.
 *
 * <p>
 * The thread that reaches the point logs it and waits until the process is killed; the
 * test watches the log and sends SIGKILL. Nothing is rolled back or flushed on the way
 * out, which is the point.
 */
final class CrashPoint {

	/** After the order's intent is committed, before the exchange hears of it. */
	static final String AFTER_INTENT_COMMIT = "after-intent-commit";

	/** After the exchange answered the order, before the answer is written. */
	static final String AFTER_ACK = "after-ack";

	/** Inside the transaction that keeps an order's fills, after the first of several. */
	static final String MID_FILLS = "mid-fills";

	/** The points a test can hold at. */
	static final List<String> NAMES = List.of(AFTER_INTENT_COMMIT, AFTER_ACK, MID_FILLS);

	private static final Logger log = LoggerFactory.getLogger(CrashPoint.class);

	private final String name;

	private CrashPoint(String name) {
		this.name = name;
	}

	/**
	 * The point named, or none for an empty name.
	 * @throws IllegalArgumentException for a name that is not a point
	 */
	static CrashPoint named(String name) {
		if (!name.isEmpty() && !NAMES.contains(name)) {
			throw new IllegalArgumentException(
					"sage.trading.live.crash-point must be one of " + NAMES + ", got '" + name + "'");
		}
		if (!name.isEmpty()) {
			log.warn("Crash point {} is set: live orders hold there until the process is killed. For tests only.",
					name);
		}
		return new CrashPoint(name);
	}

	/** Holds the calling thread for good if {@code point} is the one set. */
	void reached(String point) {
		if (!point.equals(this.name)) {
			return;
		}
		log.warn("Crash point {} reached: holding until the process is killed", point);
		while (true) {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				// a shutdown interrupts: keep holding, the test kills the process
				Thread.interrupted();
			}
		}
	}

}
