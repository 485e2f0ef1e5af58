package sage.server.advisor.grounding;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A date or a time of day a text states ({@code "2026-12-06"}, {@code "14:30 UTC"},
 * {@code "Dec 6, 2026"}, {@code "2026년 12월 6일"}, {@code "오후 2시 30분"}). Each part is null
 * when the text does not give it.
 *
 * @param zone the zone the text names, or null when it names none
 */
public record TimeClaim(int start, int end, String written, @Nullable Integer year, @Nullable Integer month,
		@Nullable Integer day, @Nullable Integer hour, @Nullable Integer minute, @Nullable Integer second,
		@Nullable ZoneId zone) implements Claim {

	/**
	 * The zones a time written without one is read in: UTC, and Korea's for Korean
	 * readers.
	 */
	static final List<ZoneId> UNNAMED_ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Asia/Seoul"));

	public TimeClaim {
		Objects.requireNonNull(written, "written");
		if (start < 0 || end <= start || written.length() != end - start) {
			throw new IllegalArgumentException("span " + start + ".." + end + " does not fit " + written);
		}
	}

	/**
	 * Whether the moment {@code asOf} reads as this claim: every part the claim gives
	 * equals that part of {@code asOf} in the claim's zone, or, for a claim naming no
	 * zone, in UTC or in Korea. Times are cut, not rounded: 14:30:59 is 14:30.
	 */
	public boolean describes(Instant asOf) {
		List<ZoneId> zones = (this.zone != null) ? List.of(this.zone) : UNNAMED_ZONES;
		for (ZoneId candidate : zones) {
			ZonedDateTime at = asOf.atZone(candidate);
			if (same(this.year, at.getYear()) && same(this.month, at.getMonthValue())
					&& same(this.day, at.getDayOfMonth()) && same(this.hour, at.getHour())
					&& same(this.minute, at.getMinute()) && same(this.second, at.getSecond())) {
				return true;
			}
		}
		return false;
	}

	private static boolean same(@Nullable Integer stated, int actual) {
		return stated == null || stated == actual;
	}

}
