import type { LineData, Time, WhitespaceData } from 'lightweight-charts';

import type { IndicatorValues } from '../api/types';

import { localDate, utcSeconds } from './chart-data';
import { isIntraday } from './intervals';

export type IndicatorPoint = LineData<Time> | WhitespaceData<Time>;

/**
 * One output of an indicator as chart points on the same time axis as the candles (business-day
 * strings for daily bars, UTC seconds intraday); nulls become gaps.
 */
export function indicatorPoints(
  values: IndicatorValues,
  output: string,
  timeZone: string,
): IndicatorPoint[] {
  const intraday = isIntraday(values.interval);
  const line = values.values[output] ?? [];
  const points: IndicatorPoint[] = [];
  let previous: string | number | undefined;
  values.times.forEach((iso, index) => {
    const time: Time = intraday ? utcSeconds(iso) : localDate(iso, timeZone);
    if (previous !== undefined && time <= previous) return;
    previous = time;
    const value = line[index];
    points.push(
      value === null || value === undefined || !Number.isFinite(value) ? { time } : { time, value },
    );
  });
  return points;
}

/** The newest value an output has (warm-up nulls and gaps skipped), or undefined. */
export function lastValue(values: IndicatorValues, output: string): number | undefined {
  const line = values.values[output] ?? [];
  for (let index = line.length - 1; index >= 0; index--) {
    const value = line[index];
    if (value !== null && value !== undefined && Number.isFinite(value)) return value;
  }
  return undefined;
}

/** MACD's histogram is drawn as bars; every other output as a line. */
export function outputStyle(output: string): 'histogram' | 'line' {
  return output === 'histogram' ? 'histogram' : 'line';
}
