/**
 * The audit filter's times are typed as wall-clock times in the reader's time zone (a
 * datetime-local input has none of its own) and kept in the URL as UTC instants, as the API
 * takes them. These convert between the two for any IANA zone, daylight saving included.
 */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const HALF_DAY = 12 * 60 * 60 * 1000;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClock(date: Date, timeZone: string): WallClock {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    clockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** The wall clock's reading as if it were UTC, in milliseconds. */
function asUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  return asUtc(wallClock(new Date(instant), timeZone)) - Math.floor(instant / 1000) * 1000;
}

/**
 * `2026-05-05T08:30` in Asia/Seoul → `2026-05-04T23:30:00Z`. A wall time that a clock change
 * skips maps to the instant just after the gap; a repeated one to its first occurrence.
 * Undefined for text that is not a wall time or a zone that does not exist.
 */
export function wallTimeToInstant(wall: string, timeZone: string): string | undefined {
  const match = WALL_TIME.exec(wall);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const reading = asUtc({
    year: year ?? 0,
    month: month ?? 1,
    day: day ?? 1,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
  });
  try {
    // The zone's offsets half a day either side cover any clock change around the wall time.
    const before = reading - offsetAt(reading - HALF_DAY, timeZone);
    const after = reading - offsetAt(reading + HALF_DAY, timeZone);
    const shows = (instant: number) => asUtc(wallClock(new Date(instant), timeZone)) === reading;
    // In a gap neither shows the wall time: the offset before the gap lands just after it.
    const instant = [before, after].sort((a, b) => a - b).find(shows) ?? before;
    return new Date(instant).toISOString().replace('.000Z', 'Z');
  } catch {
    return undefined;
  }
}

/** `2026-05-04T23:30:00Z` → `2026-05-05T08:30` in Asia/Seoul, for a datetime-local input. */
export function instantToWallTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  try {
    const clock = wallClock(date, timeZone);
    const pad = (value: number) => String(value).padStart(2, '0');
    const base = `${clock.year}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
    return clock.second ? `${base}:${pad(clock.second)}` : base;
  } catch {
    return '';
  }
}
