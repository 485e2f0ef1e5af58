export const RANGES = ['1M', '3M', '6M', 'YTD', '1Y', '5Y', 'ALL'] as const;
export type RangeKey = (typeof RANGES)[number];

export const RANGE_LABELS: Record<RangeKey, { label: string; description: string }> = {
  '1M': { label: '1M', description: '1 month' },
  '3M': { label: '3M', description: '3 months' },
  '6M': { label: '6M', description: '6 months' },
  YTD: { label: 'YTD', description: 'Year to date' },
  '1Y': { label: '1Y', description: '1 year' },
  '5Y': { label: '5Y', description: '5 years' },
  ALL: { label: 'All', description: 'All history' },
};

const RANGE_MONTHS: Partial<Record<RangeKey, number>> = {
  '1M': 1,
  '3M': 3,
  '6M': 6,
  '1Y': 12,
  '5Y': 60,
};

/** Daily charts open on a year of candles; hourly ones on a month (a year would be 8,760). */
export function defaultRange(intraday: boolean): RangeKey {
  return intraday ? '1M' : '1Y';
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The first calendar date (YYYY-MM-DD) a range shows when its last bar falls on `lastDate`.
 * Ranges end at the last bar, not today: bundled histories stop years ago. Null means all.
 */
export function rangeStartDate(range: RangeKey, lastDate: string): string | null {
  if (range === 'ALL') return null;
  const [year, month, day] = lastDate.split('-').map(Number) as [number, number, number];
  if (range === 'YTD') return `${String(year).padStart(4, '0')}-01-01`;
  const months = RANGE_MONTHS[range] ?? 0;
  // Same day N months back, clamped to the month's end (31 Mar − 1M = 29 Feb), then the day after.
  const targetMonthIndex = month - 1 - months;
  const lastDayOfTarget = new Date(Date.UTC(year, targetMonthIndex + 1, 0)).getUTCDate();
  const start = new Date(Date.UTC(year, targetMonthIndex, Math.min(day, lastDayOfTarget) + 1));
  return isoDate(start);
}

/** Index of the first date >= `start` in ascending `dates` (dates.length if none). */
export function firstIndexOnOrAfter(dates: readonly string[], start: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] ?? '') < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface LogicalRange {
  from: number;
  to: number;
}

/**
 * The chart's logical (bar index) range for a range button, or null for "fit everything".
 * Half a bar of padding each side keeps the first and last candles whole.
 */
export function logicalRangeFor(range: RangeKey, dates: readonly string[]): LogicalRange | null {
  const lastDate = dates.at(-1);
  if (lastDate === undefined) return null;
  const start = rangeStartDate(range, lastDate);
  if (start === null) return null;
  const first = Math.min(firstIndexOnOrAfter(dates, start), dates.length - 1);
  return { from: first - 0.5, to: dates.length - 1 + 0.5 };
}
