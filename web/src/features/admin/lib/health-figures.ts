import type { Locale } from '@/lib/i18n/locale';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** Memory as people read it: `512 MiB`, `1.5 GiB` (binary units, as the JVM counts). */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}

/** The share of the heap in use, in whole percent; undefined when the maximum is not known. */
export function heapPercent(used: number, max: number): number | undefined {
  if (!(max > 0) || used < 0) return undefined;
  return Math.round((used / max) * 100);
}

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole days, hours and minutes of a number of seconds. */
export function durationOf(seconds: number): Duration {
  const minutes = Math.max(0, Math.floor(seconds / 60));
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}
