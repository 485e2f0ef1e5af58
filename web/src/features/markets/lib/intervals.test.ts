import { describe, expect, it } from 'vitest';

import { bitcoin, spy } from '../testing/fixtures';

import {
  defaultInterval,
  intervalDescription,
  isIntraday,
  primarySeries,
  sortedIntervals,
} from './intervals';

describe('intervals', () => {
  it('tells intraday from calendar intervals (1m is a minute, 1M a month)', () => {
    expect(isIntraday('1h')).toBe(true);
    expect(isIntraday('1m')).toBe(true);
    expect(isIntraday('1d')).toBe(false);
    expect(isIntraday('1M')).toBe(false);
    expect(isIntraday('weird')).toBe(false);
  });

  it('orders intervals finest first and opens on daily', () => {
    expect(sortedIntervals(bitcoin.series)).toEqual(['1h', '1d']);
    expect(defaultInterval(bitcoin.series)).toBe('1d');
    expect(defaultInterval([{ ...spy.series[0]!, interval: '4h' }])).toBe('4h');
  });

  it('summarises an instrument by its daily series', () => {
    expect(primarySeries(bitcoin.series)?.bars).toBe(840);
    expect(primarySeries([])).toBeUndefined();
  });

  it('describes intervals in words', () => {
    expect(intervalDescription('1h')).toBe('1 hour bars');
    expect(intervalDescription('1d')).toBe('1 day bars');
  });
});
