import type { CandlestickData, HistogramData, Time, UTCTimestamp } from 'lightweight-charts';

import type { Bar } from '../api/types';

import { isIntraday } from './intervals';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone: a KRX bar opening at
 * 2018-02-14T00:00Z belongs to 14 Feb in Seoul, whatever the viewer's own zone.
 */
export function localDate(iso: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function utcSeconds(iso: string): UTCTimestamp {
  return Math.floor(Date.parse(iso) / 1000) as UTCTimestamp;
}

export interface ChartColors {
  up: string;
  down: string;
  upVolume: string;
  downVolume: string;
}

export interface ChartData {
  candles: CandlestickData<Time>[];
  volumes: HistogramData<Time>[];
  /** Each drawn bar's calendar date in the instrument's zone, for range lookups. */
  dates: string[];
}

/**
 * Bars (oldest first) to lightweight-charts points: business-day strings for daily and longer
 * bars, UTC seconds for intraday. A bar whose time does not move forward is dropped because the
 * chart throws on it; the drawn count (data-bar-count) then shows the mismatch.
 */
export function toChartData(
  bars: readonly Bar[],
  interval: string,
  timeZone: string,
  colors: ChartColors,
): ChartData {
  const intraday = isIntraday(interval);
  const candles: CandlestickData<Time>[] = [];
  const volumes: HistogramData<Time>[] = [];
  const dates: string[] = [];
  let previousKey: string | number | undefined;
  for (const bar of bars) {
    const date = localDate(bar.time, timeZone);
    const time: Time = intraday ? utcSeconds(bar.time) : date;
    if (previousKey !== undefined && time <= previousKey) continue;
    previousKey = time;
    const up = bar.close >= bar.open;
    candles.push({ time, open: bar.open, high: bar.high, low: bar.low, close: bar.close });
    volumes.push({ time, value: bar.volume, color: up ? colors.upVolume : colors.downVolume });
    dates.push(date);
  }
  return { candles, volumes, dates };
}
