package sage.server.market.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import sage.server.market.MarketProblems;
import sage.server.platform.ProblemException;

/**
 * A closed range of bar open times from the {@code from} and {@code to} query parameters.
 * A date ({@code 2020-03-31}) means that whole day in the instrument's time zone; an
 * instant ({@code 2020-03-31T14:30:00Z}) means itself. Both ends are inclusive.
 */
record TimeRange(Instant from, Instant to) {

	static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	static final Instant LATEST = Instant.parse("2201-01-01T00:00:00Z");

	static TimeRange parse(@Nullable String from, @Nullable String to, ZoneId zone) {
		Instant start = (from == null || from.isBlank()) ? EARLIEST : read("from", from, zone, false);
		Instant end = (to == null || to.isBlank()) ? LATEST : read("to", to, zone, true);
		if (start.isAfter(end)) {
			throw new ProblemException(MarketProblems.INVALID_RANGE,
					"from (" + from + ") is after to (" + to + "); swap them.");
		}
		return new TimeRange(start, end);
	}

	private static Instant read(String name, String value, ZoneId zone, boolean endOfDay) {
		Instant instant;
		try {
			if (value.length() == 10) {
				LocalDate date = LocalDate.parse(value);
				instant = endOfDay ? date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
						: date.atStartOfDay(zone).toInstant();
			}
			else {
				instant = OffsetDateTime.parse(value).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalidField(name,
					"must be an ISO date (2020-03-31) or instant (2020-03-31T14:30:00Z)");
		}
		if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
			throw new ProblemException(MarketProblems.INVALID_RANGE,
					name + " must lie between 1900-01-01 and 2200-12-31, not " + value + ".");
		}
		return instant;
	}

}
