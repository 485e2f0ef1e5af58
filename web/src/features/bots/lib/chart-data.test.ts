import { describe, expect, it } from 'vitest';

import { buyFill } from '../testing/fixtures';

import { candles, chartSeconds, equityLine, fillMarkers } from './chart-data';

const hour = (h: number) => `2019-10-18T0${h}:00:00Z`;
const bar = (h: number, close: number) => ({
  time: hour(h),
  open: close - 1,
  high: close + 2,
  low: close - 2,
  close,
  volume: 1,
});

describe('bot chart data', () => {
  it('draws equity in UTC seconds and drops points that do not move forward', () => {
    expect(
      equityLine([
        { time: hour(1), equity: 10000 },
        { time: hour(2), equity: 10010 },
        { time: hour(2), equity: 10011 },
        { time: hour(3), equity: 9990 },
      ]),
    ).toEqual([
      { time: chartSeconds(hour(1)), value: 10000 },
      { time: chartSeconds(hour(2)), value: 10010 },
      { time: chartSeconds(hour(3)), value: 9990 },
    ]);
  });

  it('puts each fill on the bar it happened in, buys below and sells above', () => {
    const data = candles([bar(4, 8000), bar(5, 8100), bar(6, 8050)]);
    const times = data.map((candle) => candle.time);
    const sell = { ...buyFill, id: 's', side: 'SELL', filledAt: '2019-10-18T06:30:00Z' };
    const early = { ...buyFill, id: 'e', filledAt: '2019-10-18T01:00:00Z' };
    const markers = fillMarkers([sell, buyFill, early], times, { buy: 'green', sell: 'red' });
    expect(markers).toEqual([
      {
        time: chartSeconds(hour(5)),
        position: 'belowBar',
        shape: 'arrowUp',
        color: 'green',
        text: 'B 0.01',
      },
      {
        time: chartSeconds(hour(6)),
        position: 'aboveBar',
        shape: 'arrowDown',
        color: 'red',
        text: 'S 0.01',
      },
    ]);
  });
});
