package sage.server.advisor.grounding;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads one written date or time at a position: ISO dates and date-times
 * ({@code 2026-12-06}, {@code 2026-12-06T14:30:00Z}, {@code 2026-12-06 14:30 UTC}),
 * {@code 2026.12.06} and {@code 2026/12/06}, clock times ({@code 14:30},
 * {@code 14:30:05 UTC}, {@code 2:30 PM}, {@code 2 pm KST}), English dates
 * ({@code Dec 6, 2026}, {@code December 6}, {@code 6 December 2026},
 * {@code December 2026}) and Korean ones ({@code 2026년 12월 6일}, {@code 12월 6일},
 * {@code 2026년}, {@code 오후 2시 30분}, {@code 14시}).
 */
final class Moments {

	private static final String SPACE = "[ \\u00A0\\u202F]";

	private static final String ZONE = "(?:" + SPACE + "?(UTC|GMT|KST)(?![A-Za-z]))";

	private static final Pattern ISO = Pattern
		.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
				+ "(?:(Z)(?![A-Za-z])|([+-]\\d{2}:?\\d{2})|" + ZONE + ")?)?(?!\\d)");

	private static final Pattern DOTTED = Pattern
		.compile("(\\d{4})([./])" + SPACE + "?(\\d{1,2})\\2" + SPACE + "?(\\d{1,2})(?![\\d])");

	private static final Pattern KOREAN_DATE = Pattern.compile("(?:(\\d{4})년(?:" + SPACE + "?(\\d{1,2})월(?:" + SPACE
			+ "?(\\d{1,2})일)?)?|(\\d{1,2})월(?:" + SPACE + "?(\\d{1,2})일)?)");

	private static final Pattern KOREAN_TIME = Pattern.compile("(?:(오전|오후)" + SPACE + "?)?(\\d{1,2})시(?!간|장|가|총|점)(?:"
			+ SPACE + "?(\\d{1,2})분)?(?:" + SPACE + "?(\\d{1,2})초)?" + ZONE + "?");

	private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)(?:" + SPACE
			+ "?([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?(?:" + SPACE + "?(UTC|GMT|KST|Z)(?![A-Za-z]))?");

	private static final Pattern HOUR = Pattern
		.compile("(\\d{1,2})" + SPACE + "?([AaPp])\\.?[Mm]\\.?(?![A-Za-z])" + ZONE + "?");

	private static final Pattern MONTH_DAY = Pattern.compile("([A-Z][a-z]{2,8})\\.?" + SPACE
			+ "(?:(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:,?" + SPACE + "(\\d{4}))?|(\\d{4}))(?!\\d)");

	private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?" + SPACE
			+ "([A-Z][a-z]{2,8})\\.?(?![A-Za-z])(?:,?" + SPACE + "(\\d{4})(?!\\d))?");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("january", 1),
			Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
			Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6),
			Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
			Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
			Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

	private Moments() {
	}

	/** The date or time written at {@code start}, or null when none starts there. */
	static @Nullable TimeClaim readAt(String text, int start) {
		char c = text.charAt(start);
		if (Amounts.isDigit(c)) {
			TimeClaim found = iso(text, start);
			found = (found != null) ? found : dotted(text, start);
			found = (found != null) ? found : koreanDate(text, start);
			found = (found != null) ? found : koreanTime(text, start);
			found = (found != null) ? found : clock(text, start);
			found = (found != null) ? found : hour(text, start);
			return (found != null) ? found : dayMonth(text, start);
		}
		if (c == '오') {
			return koreanTime(text, start);
		}
		return Amounts.isLatinLetter(c) ? monthDay(text, start) : null;
	}

	private static @Nullable TimeClaim iso(String text, int start) {
		Matcher m = Amounts.at(ISO, text, start);
		if (m == null) {
			return null;
		}
		ZoneId zone = null;
		if (m.group(7) != null) {
			zone = ZoneOffset.UTC;
		}
		else if (m.group(8) != null) {
			zone = ZoneOffset.of(offset(m.group(8)));
		}
		else if (m.group(9) != null) {
			zone = zone(m.group(9));
		}
		return claim(text, m, num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6), zone);
	}

	private static String offset(String written) {
		return written.contains(":") ? written : written.substring(0, 3) + ":" + written.substring(3);
	}

	private static @Nullable TimeClaim dotted(String text, int start) {
		Matcher m = Amounts.at(DOTTED, text, start);
		return (m != null) ? claim(text, m, num(m, 1), num(m, 3), num(m, 4), null, null, null, null) : null;
	}

	private static @Nullable TimeClaim koreanDate(String text, int start) {
		Matcher m = Amounts.at(KOREAN_DATE, text, start);
		if (m == null) {
			return null;
		}
		if (m.group(1) != null) {
			return claim(text, m, num(m, 1), num(m, 2), num(m, 3), null, null, null, null);
		}
		return claim(text, m, null, num(m, 4), num(m, 5), null, null, null, null);
	}

	private static @Nullable TimeClaim koreanTime(String text, int start) {
		Matcher m = Amounts.at(KOREAN_TIME, text, start);
		if (m == null) {
			return null;
		}
		Integer hour = num(m, 2);
		if (m.group(1) != null && hour != null) {
			if (hour < 1 || hour > 12) {
				return null;
			}
			hour = (hour % 12) + (m.group(1).equals("오후") ? 12 : 0);
		}
		return claim(text, m, null, null, null, hour, num(m, 3), num(m, 4), zoneOrNull(m.group(5)));
	}

	private static @Nullable TimeClaim clock(String text, int start) {
		Matcher m = Amounts.at(CLOCK, text, start);
		if (m == null) {
			return null;
		}
		Integer hour = twelveHour(num(m, 1), m.group(4));
		if (hour == null) {
			return null;
		}
		return claim(text, m, null, null, null, hour, num(m, 2), num(m, 3), zoneOrNull(m.group(5)));
	}

	private static @Nullable TimeClaim hour(String text, int start) {
		Matcher m = Amounts.at(HOUR, text, start);
		if (m == null) {
			return null;
		}
		Integer hour = twelveHour(num(m, 1), m.group(2));
		return (hour != null) ? claim(text, m, null, null, null, hour, null, null, zoneOrNull(m.group(3))) : null;
	}

	private static @Nullable TimeClaim monthDay(String text, int start) {
		Matcher m = Amounts.at(MONTH_DAY, text, start);
		if (m == null || !MONTHS.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
			return null;
		}
		Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
		if (m.group(4) != null) {
			return claim(text, m, num(m, 4), month, null, null, null, null, null);
		}
		return claim(text, m, num(m, 3), month, num(m, 2), null, null, null, null);
	}

	private static @Nullable TimeClaim dayMonth(String text, int start) {
		Matcher m = Amounts.at(DAY_MONTH, text, start);
		if (m == null || !MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
			return null;
		}
		return claim(text, m, num(m, 3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), num(m, 1), null, null, null,
				null);
	}

	// 12 AM is midnight, 12 PM noon; a clock without AM/PM is read as 24-hour
	private static @Nullable Integer twelveHour(@Nullable Integer hour, @Nullable String meridiem) {
		if (hour == null || meridiem == null) {
			return hour;
		}
		if (hour < 1 || hour > 12) {
			return null;
		}
		return (hour % 12) + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
	}

	private static @Nullable TimeClaim claim(String text, Matcher m, @Nullable Integer year, @Nullable Integer month,
			@Nullable Integer day, @Nullable Integer hour, @Nullable Integer minute, @Nullable Integer second,
			@Nullable ZoneId zone) {
		if (!within(month, 1, 12) || !within(day, 1, 31) || !within(hour, 0, 23) || !within(minute, 0, 59)
				|| !within(second, 0, 59)) {
			return null;
		}
		return new TimeClaim(m.start(), m.end(), text.substring(m.start(), m.end()), year, month, day, hour, minute,
				second, zone);
	}

	private static boolean within(@Nullable Integer value, int low, int high) {
		return value == null || (value >= low && value <= high);
	}

	private static @Nullable Integer num(Matcher m, int group) {
		String digits = m.group(group);
		return (digits != null) ? Integer.valueOf(digits) : null;
	}

	private static @Nullable ZoneId zoneOrNull(@Nullable String written) {
		return (written != null) ? zone(written) : null;
	}

	private static ZoneId zone(String written) {
		return switch (written) {
			case "KST" -> ZoneId.of("Asia/Seoul");
			default -> ZoneOffset.UTC;
		};
	}

}
