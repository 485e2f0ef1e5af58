package sage.engine.architecture.violations;

/** Reads the wall clock, which makes a backtest depend on when it runs. */
public class ClockReadingIndicator {

	public long stamp() {
		return System.currentTimeMillis() + java.time.Instant.now().toEpochMilli();
	}

}
