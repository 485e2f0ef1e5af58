import { describe, expect, it } from 'vitest';

import {
  defaultRange,
  firstIndexOnOrAfter,
  logicalRangeFor,
  rangeStartDate,
  RANGES,
} from './ranges';

describe('rangeStartDate', () => {
  it('counts months back from the last bar, starting the day after', () => {
    expect(rangeStartDate('1M', '2020-08-28')).toBe('2020-07-29');
    expect(rangeStartDate('3M', '2020-08-28')).toBe('2020-05-29');
    expect(rangeStartDate('6M', '2020-02-15')).toBe('2019-08-16');
    expect(rangeStartDate('1Y', '2020-08-28')).toBe('2019-08-29');
    expect(rangeStartDate('5Y', '2020-08-28')).toBe('2015-08-29');
  });

  it('clamps to the end of shorter months', () => {
    expect(rangeStartDate('1M', '2020-03-31')).toBe('2020-03-01');
    expect(rangeStartDate('1M', '2021-03-31')).toBe('2021-03-01');
    expect(rangeStartDate('1Y', '2020-02-29')).toBe('2019-03-01');
  });

  it('starts YTD on 1 January of the last bar’s year, and All nowhere', () => {
    expect(rangeStartDate('YTD', '2018-02-14')).toBe('2018-01-01');
    expect(rangeStartDate('ALL', '2018-02-14')).toBeNull();
  });
});

describe('firstIndexOnOrAfter', () => {
  const dates = ['2020-01-02', '2020-01-03', '2020-01-06', '2020-01-07'];

  it('finds the first date not before the start', () => {
    expect(firstIndexOnOrAfter(dates, '2020-01-01')).toBe(0);
    expect(firstIndexOnOrAfter(dates, '2020-01-04')).toBe(2);
    expect(firstIndexOnOrAfter(dates, '2020-01-06')).toBe(2);
    expect(firstIndexOnOrAfter(dates, '2020-02-01')).toBe(4);
  });
});

describe('logicalRangeFor', () => {
  const daily = Array.from({ length: 400 }, (_, index) =>
    new Date(Date.UTC(2019, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
  );

  it('shows the bars of the range with half a bar of padding', () => {
    // Last date 2020-02-04; 1M starts 2020-01-05, which is index 369.
    expect(daily.at(-1)).toBe('2020-02-04');
    expect(logicalRangeFor('1M', daily)).toEqual({ from: 368.5, to: 399.5 });
    expect(logicalRangeFor('YTD', daily)).toEqual({ from: 364.5, to: 399.5 });
  });

  it('fits everything for All, and for no data', () => {
    expect(logicalRangeFor('ALL', daily)).toBeNull();
    expect(logicalRangeFor('1M', [])).toBeNull();
  });

  it('shows all bars when the range is longer than the history', () => {
    expect(logicalRangeFor('5Y', daily)).toEqual({ from: -0.5, to: 399.5 });
  });

  it('keeps one bar visible even when the start falls after the last bar', () => {
    expect(logicalRangeFor('1M', ['2020-01-01'])).toEqual({ from: -0.5, to: 0.5 });
  });
});

describe('defaultRange', () => {
  it('opens daily charts on a year and intraday ones on a month', () => {
    expect(defaultRange(false)).toBe('1Y');
    expect(defaultRange(true)).toBe('1M');
    expect(RANGES).toEqual(['1M', '3M', '6M', 'YTD', '1Y', '5Y', 'ALL']);
  });
});
