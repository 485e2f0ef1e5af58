import { describe, expect, it } from 'vitest';

import {
  changeDirection,
  currencyDecimals,
  decimalsOf,
  formatChange,
  formatDate,
  formatPercent,
  formatPrice,
  formatVolume,
  formatYearSpan,
} from './format';

describe('formatPrice', () => {
  it('shows won without decimals and dollars with cents', () => {
    expect(formatPrice(2385000, 'KRW')).toBe('2,385,000');
    expect(formatPrice(350.5, 'USD')).toBe('350.50');
    expect(formatPrice(350, 'USD')).toBe('350.00');
  });

  it('keeps the digits a price needs beyond the currency minor unit', () => {
    expect(formatPrice(135.5625, 'USD')).toBe('135.5625');
    expect(formatPrice(0.00001234, 'USD')).toBe('0.00001234');
    expect(formatPrice(2385000.5, 'KRW')).toBe('2,385,000.5');
  });

  it('shows a dash for a missing price', () => {
    expect(formatPrice(null, 'USD')).toBe('—');
    expect(formatPrice(undefined, 'KRW')).toBe('—');
    expect(formatPrice(Number.NaN, 'KRW')).toBe('—');
  });
});

describe('decimalsOf', () => {
  it('ignores binary floating-point noise', () => {
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(decimalsOf(1.2999999999998)).toBe(1);
    expect(decimalsOf(2385000)).toBe(0);
    expect(decimalsOf(0.01)).toBe(2);
  });
});

describe('currencyDecimals', () => {
  it('knows the usual minor units and falls back for unknown codes', () => {
    expect(currencyDecimals('KRW')).toBe(0);
    expect(currencyDecimals('usd')).toBe(2);
    expect(currencyDecimals('BHD')).toBe(3);
    expect(currencyDecimals('BTC')).toBe(2);
  });
});

describe('formatChange and formatPercent', () => {
  it('always carries a sign, except for zero', () => {
    expect(formatChange(15000, 'KRW')).toBe('+15,000');
    expect(formatChange(-2.25, 'USD')).toBe('-2.25');
    expect(formatChange(0, 'USD')).toBe('0.00');
    expect(formatPercent(0.63)).toBe('+0.63%');
    expect(formatPercent(-0.6512)).toBe('-0.65%');
    expect(formatPercent(0)).toBe('0.00%');
    expect(formatPercent(null)).toBe('—');
  });

  it('names the direction of a change', () => {
    expect(changeDirection(0.63)).toBe('up');
    expect(changeDirection(-0.1)).toBe('down');
    expect(changeDirection(0)).toBe('flat');
    expect(changeDirection(null)).toBe('flat');
  });
});

describe('formatVolume', () => {
  it('compacts large volumes and keeps small ones exact', () => {
    expect(formatVolume(4006500)).toBe('4.01M');
    expect(formatVolume(812_345)).toBe('812.35K');
    expect(formatVolume(1_200_000_000)).toBe('1.2B');
    expect(formatVolume(0.5)).toBe('0.5');
  });
});

describe('dates in the instrument time zone', () => {
  it('formats a session date where the instrument trades', () => {
    // 23:00 UTC on 13 Feb is already 14 Feb in Seoul.
    expect(formatDate('2018-02-13T23:00:00Z', 'Asia/Seoul')).toBe('Feb 14, 2018');
    expect(formatDate('2018-02-13T23:00:00Z', 'America/New_York')).toBe('Feb 13, 2018');
    expect(formatDate(null, 'UTC')).toBe('—');
  });

  it('spans coverage years', () => {
    expect(formatYearSpan('1999-11-01T14:30:00Z', '2020-08-28T00:00:00Z', 'America/New_York')).toBe(
      '1999–2020',
    );
    expect(formatYearSpan('2020-01-01T00:00:00Z', '2020-08-28T00:00:00Z', 'UTC')).toBe('2020');
  });
});
