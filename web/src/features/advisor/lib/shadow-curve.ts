import type { LineData, UTCTimestamp } from 'lightweight-charts';

import type { CurvePoint } from '../api/types';

export interface CurveLines {
  calls: LineData<UTCTimestamp>[];
  buyAndHold: LineData<UTCTimestamp>[];
}

/**
 * The performance curve as two lines, oldest first. Calls that closed at the same instant
 * become one point (the sum after the last of them): the chart throws on a repeated time.
 */
export function curveLines(points: readonly CurvePoint[]): CurveLines {
  const calls: LineData<UTCTimestamp>[] = [];
  const buyAndHold: LineData<UTCTimestamp>[] = [];
  for (const point of points) {
    const millis = Date.parse(point.at);
    if (Number.isNaN(millis)) continue;
    const time = Math.floor(millis / 1000) as UTCTimestamp;
    const last = calls.at(-1);
    if (last !== undefined && time < last.time) continue;
    if (last !== undefined && time === last.time) {
      calls.pop();
      buyAndHold.pop();
    }
    calls.push({ time, value: point.calls });
    buyAndHold.push({ time, value: point.buyAndHold });
  }
  return { calls, buyAndHold };
}

/** A stated confidence (0.6) as the reader reads it: `60%`. */
export function formatConfidence(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${Math.round(fraction * 100)}%`;
}
