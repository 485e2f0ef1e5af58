import { describe, expect, it } from 'vitest';

import { spyBacktest } from '../testing/fixtures';

import {
  LABELLED_MARKERS_MAX,
  candleData,
  chartTime,
  equityChartData,
  fillMarkers,
} from './chart-data';
import { intervalDescription, isIntraday } from './intervals';

const COLORS = { buy: 'green', sell: 'red' };

function bar(time: string, close: number) {
  return { time, open: close - 1, high: close + 1, low: close - 2, close, volume: 1000 };
}

describe('chartTime', () => {
  it('places daily bars on their calendar date in the instrument zone', () => {
    expect(chartTime('2020-08-24T13:30:00Z', '1d', 'America/New_York')).toBe('2020-08-24');
    expect(chartTime('2018-02-13T15:00:00Z', '1d', 'Asia/Seoul')).toBe('2018-02-14');
  });

  it('places intraday bars on UTC seconds', () => {
    expect(chartTime('2018-01-01T01:00:00Z', '1h', 'UTC')).toBe(1514768400);
  });
});

describe('equityChartData', () => {
  it('turns every curve point into equity, buy-and-hold and downward drawdown points', () => {
    const data = equityChartData(spyBacktest.curve, '1d', 'America/New_York');
    expect(data.equity).toEqual([
      { time: '2020-08-24', value: 100000 },
      { time: '2020-08-25', value: 99965.75 },
      { time: '2020-08-26', value: 100290.54 },
      { time: '2020-08-27', value: 104210 },
    ]);
    expect(data.buyAndHold.map((point) => point.value)).toEqual([100000, 100300, 101200, 108150]);
    const drawdown = data.drawdown.map((point) => point.value);
    expect(drawdown[0]).toBe(0);
    expect(drawdown[1]).toBeCloseTo(-0.03425, 12);
    expect(drawdown.slice(2)).toEqual([0, 0]);
  });

  it('drops a point whose time does not move forward, so the chart holds one per bar', () => {
    const curve = [
      ...spyBacktest.curve,
      { time: '2020-08-27T13:30:00Z', equity: 1, buyAndHold: 1, drawdown: 0 },
    ];
    expect(equityChartData(curve, '1d', 'America/New_York').equity).toHaveLength(4);
  });
});

describe('candleData and fillMarkers', () => {
  const bars = [
    bar('2020-08-24T13:30:00Z', 340),
    bar('2020-08-25T13:30:00Z', 342),
    bar('2020-08-26T13:30:00Z', 346),
  ];

  it('draws one candle per bar and keeps its chart time', () => {
    const data = candleData(bars, '1d', 'America/New_York');
    expect(data.times).toEqual(['2020-08-24', '2020-08-25', '2020-08-26']);
    expect(data.candles[1]).toEqual({
      time: '2020-08-25',
      open: 341,
      high: 343,
      low: 340,
      close: 342,
    });
  });

  it('puts buys below the bar and sells above, oldest first, on drawn bars only', () => {
    const { times } = candleData(bars, '1d', 'America/New_York');
    const fills = [
      ...spyBacktest.fills.slice().reverse(),
      { time: '2021-01-04T14:30:00Z', side: 'BUY', quantity: 1, price: 1, fee: 0 },
    ];
    expect(fillMarkers(fills, times, '1d', 'America/New_York', COLORS)).toEqual([
      { time: '2020-08-25', position: 'belowBar', shape: 'arrowUp', color: 'green', text: 'Buy' },
      { time: '2020-08-26', position: 'aboveBar', shape: 'arrowDown', color: 'red', text: 'Sell' },
    ]);
  });
});

describe('fillMarkers labels', () => {
  it('drops the Buy/Sell labels when there are too many arrows to read them', () => {
    const days = Array.from({ length: LABELLED_MARKERS_MAX + 1 }, (_, index) =>
      new Date(Date.UTC(2020, 0, 1 + index, 14, 30)).toISOString(),
    );
    const { times } = candleData(
      days.map((time) => bar(time, 100)),
      '1d',
      'America/New_York',
    );
    const fill = (time: string) => ({ time, side: 'BUY', quantity: 1, price: 100, fee: 0 });
    const many = fillMarkers(days.map(fill), times, '1d', 'America/New_York', COLORS);
    expect(many).toHaveLength(LABELLED_MARKERS_MAX + 1);
    expect(many.every((marker) => marker.text === undefined)).toBe(true);
    const few = fillMarkers(days.slice(1).map(fill), times, '1d', 'America/New_York', COLORS);
    expect(few.every((marker) => marker.text === 'Buy')).toBe(true);
  });
});

describe('intervals', () => {
  it('tells intraday from daily and names the bar length', () => {
    expect(isIntraday('1h')).toBe(true);
    expect(isIntraday('15m')).toBe(true);
    expect(isIntraday('1d')).toBe(false);
    expect(isIntraday('1w')).toBe(false);
    expect(intervalDescription('1d')).toBe('daily bars');
    expect(intervalDescription('1h')).toBe('hourly bars');
    expect(intervalDescription('4h')).toBe('4-hour bars');
    expect(intervalDescription('odd')).toBe('odd bars');
  });
});
