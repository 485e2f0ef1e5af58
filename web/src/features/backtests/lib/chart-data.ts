import type {
  CandlestickData,
  LineData,
  SeriesMarker,
  Time,
  UTCTimestamp,
} from 'lightweight-charts';

import { calendarDate } from '@/lib/format';

import type { Bar, BacktestFill, CurvePoint } from '../api/types';

import { isIntraday } from './intervals';

export type ChartTime = string | UTCTimestamp;

/** Where a bar or fill sits on the chart: its calendar date for daily bars, else UTC seconds. */
export function chartTime(iso: string, interval: string, timeZone: string): ChartTime {
  return isIntraday(interval)
    ? (Math.floor(Date.parse(iso) / 1000) as UTCTimestamp)
    : calendarDate(iso, timeZone);
}

/** Walks points oldest first and keeps those whose chart time moves forward (the chart throws otherwise). */
function forward<T>(
  items: readonly T[],
  time: (item: T) => ChartTime,
  keep: (item: T, at: ChartTime) => void,
) {
  let previous: ChartTime | undefined;
  for (const item of items) {
    const at = time(item);
    if (previous !== undefined && at <= previous) continue;
    previous = at;
    keep(item, at);
  }
}

export interface EquityChartData {
  equity: LineData<Time>[];
  buyAndHold: LineData<Time>[];
  /** Drawdown below the running peak in percent, drawn downwards (−12.5 is 12.5 % below). */
  drawdown: LineData<Time>[];
}

export function equityChartData(
  curve: readonly CurvePoint[],
  interval: string,
  timeZone: string,
): EquityChartData {
  const data: EquityChartData = { equity: [], buyAndHold: [], drawdown: [] };
  forward(
    curve,
    (point) => chartTime(point.time, interval, timeZone),
    (point, time) => {
      data.equity.push({ time, value: point.equity });
      data.buyAndHold.push({ time, value: point.buyAndHold });
      // 0 stays 0 rather than −0, which the price scale would print as "-0.00".
      data.drawdown.push({ time, value: point.drawdown === 0 ? 0 : -point.drawdown * 100 });
    },
  );
  return data;
}

export interface CandleChartData {
  candles: CandlestickData<Time>[];
  /** The chart time of each candle, to place markers on. */
  times: ChartTime[];
}

export function candleData(
  bars: readonly Bar[],
  interval: string,
  timeZone: string,
): CandleChartData {
  const data: CandleChartData = { candles: [], times: [] };
  forward(
    bars,
    (bar) => chartTime(bar.time, interval, timeZone),
    (bar, time) => {
      data.candles.push({ time, open: bar.open, high: bar.high, low: bar.low, close: bar.close });
      data.times.push(time);
    },
  );
  return data;
}

/** Above this many fills the arrows go without their Buy/Sell labels, which would overlap. */
export const LABELLED_MARKERS_MAX = 40;

export interface MarkerColors {
  buy: string;
  sell: string;
}

/**
 * One arrow per fill on a drawn bar: buys below the bar pointing up, sells above pointing down.
 * Fills on a time the chart does not hold are left out, since the chart cannot place them.
 * Arrows carry a Buy/Sell label while there are few enough to read.
 */
export function fillMarkers(
  fills: readonly BacktestFill[],
  drawnTimes: readonly ChartTime[],
  interval: string,
  timeZone: string,
  colors: MarkerColors,
): SeriesMarker<Time>[] {
  const drawn = new Set<ChartTime>(drawnTimes);
  const placed = fills
    .map((fill) => ({ fill, time: chartTime(fill.time, interval, timeZone) }))
    .filter(({ time }) => drawn.has(time))
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const labelled = placed.length <= LABELLED_MARKERS_MAX;
  return placed.map(({ fill, time }): SeriesMarker<Time> => {
    const sell = fill.side === 'SELL';
    return {
      time,
      position: sell ? 'aboveBar' : 'belowBar',
      shape: sell ? 'arrowDown' : 'arrowUp',
      color: sell ? colors.sell : colors.buy,
      ...(labelled ? { text: sell ? 'Sell' : 'Buy' } : {}),
    };
  });
}
