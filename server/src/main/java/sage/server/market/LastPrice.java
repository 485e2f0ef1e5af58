package sage.server.market;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The latest close of an instrument's shortest-stored daily-or-longer series, with its
 * change against the close before it.
 *
 * @param time open time of the bar that closed at {@code close}
 * @param close the latest close
 * @param previousClose the close of the bar before, empty for a one-bar series
 */
public record LastPrice(Instant time, double close, @Nullable Double previousClose) implements Serializable {

	/** Close minus previous close. */
	public @Nullable Double change() {
		return (this.previousClose != null) ? this.close - this.previousClose : null;
	}

	/** The change as a percentage of the previous close. */
	public @Nullable Double changePercent() {
		return (this.previousClose != null && this.previousClose != 0)
				? (this.close - this.previousClose) / this.previousClose * 100 : null;
	}

}
