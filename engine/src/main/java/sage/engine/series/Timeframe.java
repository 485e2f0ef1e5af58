package sage.engine.series;

import java.time.Duration;
import java.util.Optional;

/**
 * The length of one bar. Codes follow the exchange convention ({@code 1m}, {@code 1h},
 * {@code 1d}); minutes are lower-case {@code m} so that a month code can be added later
 * without ambiguity.
 */
public enum Timeframe {

	M1("1m", Duration.ofMinutes(1)), M5("5m", Duration.ofMinutes(5)), M15("15m", Duration.ofMinutes(15)),
	M30("30m", Duration.ofMinutes(30)), H1("1h", Duration.ofHours(1)), H4("4h", Duration.ofHours(4)),
	D1("1d", Duration.ofDays(1)), W1("1w", Duration.ofDays(7));

	private final String code;

	private final Duration duration;

	Timeframe(String code, Duration duration) {
		this.code = code;
		this.duration = duration;
	}

	/** The code used in the API and storage, e.g. {@code 1h}. */
	public String code() {
		return this.code;
	}

	/**
	 * Nominal length of one bar. A daily bar of a stock covers one session, not 24 hours.
	 */
	public Duration duration() {
		return this.duration;
	}

	/** Whether bars are shorter than a day, so that their open time of day matters. */
	public boolean isIntraday() {
		return this.duration.compareTo(Duration.ofDays(1)) < 0;
	}

	/**
	 * The timeframe with the given code, exactly as written ({@code 1h}, not {@code 1H}).
	 * @param code a code such as {@code 1d}
	 * @return the timeframe, or empty when the code is unknown
	 */
	public static Optional<Timeframe> ofCode(String code) {
		for (Timeframe timeframe : values()) {
			if (timeframe.code.equals(code)) {
				return Optional.of(timeframe);
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return this.code;
	}

}
