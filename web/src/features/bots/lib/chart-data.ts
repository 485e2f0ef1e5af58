import type { CandlestickData, LineData, SeriesMarker, UTCTimestamp } from 'lightweight-charts';

import type { Bar, EquityPoint, TradingFill } from '../api/types';

/** UTC seconds, as the charts place bars and points (a bot's bars are instants, even daily ones). */
export function chartSeconds(iso: string): UTCTimestamp {
  return Math.floor(Date.parse(iso) / 1000) as UTCTimestamp;
}

/** Points whose time moves forward, oldest first: the chart throws on a repeated time. */
export function equityLine(points: readonly EquityPoint[]): LineData<UTCTimestamp>[] {
  const line: LineData<UTCTimestamp>[] = [];
  for (const point of points) {
    const time = chartSeconds(point.time);
    const last = line.at(-1);
    if (last !== undefined && time <= last.time) continue;
    line.push({ time, value: point.equity });
  }
  return line;
}

export function candles(bars: readonly Bar[]): CandlestickData<UTCTimestamp>[] {
  const data: CandlestickData<UTCTimestamp>[] = [];
  for (const bar of bars) {
    const time = chartSeconds(bar.time);
    const last = data.at(-1);
    if (last !== undefined && time <= last.time) continue;
    data.push({ time, open: bar.open, high: bar.high, low: bar.low, close: bar.close });
  }
  return data;
}

/**
 * An arrow per fill on the bar it happened in (the last bar that opened at or before it): buys
 * below the bar, sells above. Fills outside the drawn bars are left out.
 */
export function fillMarkers(
  fills: readonly TradingFill[],
  barTimes: readonly UTCTimestamp[],
  colors: { buy: string; sell: string },
): SeriesMarker<UTCTimestamp>[] {
  const markers: SeriesMarker<UTCTimestamp>[] = [];
  if (barTimes.length === 0) return markers;
  for (const fill of fills) {
    const at = chartSeconds(fill.filledAt);
    const index = lastAtOrBefore(barTimes, at);
    const time = barTimes[index];
    if (time === undefined) continue;
    const buy = fill.side.toUpperCase() === 'BUY';
    markers.push({
      time,
      position: buy ? 'belowBar' : 'aboveBar',
      shape: buy ? 'arrowUp' : 'arrowDown',
      color: buy ? colors.buy : colors.sell,
      text: `${buy ? 'B' : 'S'} ${fill.quantity}`,
    });
  }
  return markers.sort((a, b) => a.time - b.time);
}

function lastAtOrBefore(times: readonly number[], at: number): number {
  let low = 0;
  let high = times.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((times[middle] ?? Infinity) <= at) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
