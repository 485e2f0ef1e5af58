import type { SeriesCoverage } from '../api/types';

export const DEFAULT_INTERVAL = '1d';

const UNIT_NAMES: Record<string, string> = {
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  M: 'month',
};

/** Bars of a day or longer sit on a calendar date; shorter ones on an instant. */
export function isIntraday(interval: string): boolean {
  const unit = /^\d+([mhdwM])$/.exec(interval)?.[1];
  return unit === 'm' || unit === 'h';
}

/** Rough length in ms, to order intervals (finest first). */
export function intervalMillis(interval: string): number {
  const match = /^(\d+)([mhdwM])$/.exec(interval);
  if (!match) return Number.MAX_SAFE_INTEGER;
  const unitMs: Record<string, number> = {
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
    M: 30 * 86_400_000,
  };
  return Number(match[1]) * (unitMs[match[2] ?? ''] ?? 0);
}

/** `1h` → "1 hour bars", `4h` → "4 hour bars". */
export function intervalDescription(interval: string): string {
  const match = /^(\d+)([mhdwM])$/.exec(interval);
  const unit = match?.[2] && UNIT_NAMES[match[2]];
  return unit ? `${match[1]} ${unit} bars` : `${interval} bars`;
}

export function sortedIntervals(series: readonly SeriesCoverage[]): string[] {
  return [...new Set(series.map((item) => item.interval))].sort(
    (a, b) => intervalMillis(a) - intervalMillis(b),
  );
}

/** The interval to open with: daily if the instrument has it, else its coarsest. */
export function defaultInterval(series: readonly SeriesCoverage[]): string {
  const intervals = sortedIntervals(series);
  if (intervals.includes(DEFAULT_INTERVAL)) return DEFAULT_INTERVAL;
  return intervals.at(-1) ?? DEFAULT_INTERVAL;
}

/** The series a summary (table row, coverage years) describes: daily, else the longest. */
export function primarySeries(series: readonly SeriesCoverage[]): SeriesCoverage | undefined {
  return (
    series.find((item) => item.interval === DEFAULT_INTERVAL) ??
    [...series].sort((a, b) => b.bars - a.bars)[0]
  );
}
