import { describe, expect, it } from 'vitest';

import type { IndicatorValues } from '../api/types';

import { indicatorPoints, lastValue, outputStyle } from './indicator-series';

const rsi: IndicatorValues = {
  symbol: 'SPY',
  interval: '1d',
  indicator: 'rsi',
  params: { period: 2 },
  overlay: false,
  unstableBars: 2,
  outputs: ['rsi'],
  times: ['2020-08-26T13:30:00Z', '2020-08-27T13:30:00Z', '2020-08-28T13:30:00Z'],
  // The server sends null during the warm-up.
  values: { rsi: [null, 61.5, 70.25] as unknown as number[] },
  truncated: false,
};

describe('indicator series', () => {
  it('puts values on the candles’ axis (trading days in the zone) with gaps for nulls', () => {
    expect(indicatorPoints(rsi, 'rsi', 'America/New_York')).toEqual([
      { time: '2020-08-26' },
      { time: '2020-08-27', value: 61.5 },
      { time: '2020-08-28', value: 70.25 },
    ]);
  });

  it('uses UTC seconds for intraday values', () => {
    const hourly = {
      ...rsi,
      interval: '1h',
      times: ['2020-08-28T13:00:00Z'],
      values: { rsi: [5] },
    };
    expect(indicatorPoints(hourly, 'rsi', 'UTC')).toEqual([{ time: 1598619600, value: 5 }]);
  });

  it('finds the newest value, skipping gaps', () => {
    expect(lastValue(rsi, 'rsi')).toBe(70.25);
    const trailingGap = { ...rsi, values: { rsi: [1, 2, null] as unknown as number[] } };
    expect(lastValue(trailingGap, 'rsi')).toBe(2);
    expect(lastValue(rsi, 'missing')).toBeUndefined();
  });

  it('draws the MACD histogram as bars and the rest as lines', () => {
    expect(outputStyle('histogram')).toBe('histogram');
    expect(outputStyle('signal')).toBe('line');
  });
});
