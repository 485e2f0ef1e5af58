import { describe, expect, it } from 'vitest';

import {
  calendarDate,
  changeDirection,
  currencyDecimals,
  decimalsOf,
  formatAmount,
  formatChange,
  formatDate,
  formatDays,
  formatFraction,
  formatMoney,
  formatPercent,
  formatPrice,
  formatRatio,
  formatSignedMoney,
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

describe('formatFraction', () => {
  it('shows a fraction as percent, signed for returns', () => {
    expect(formatFraction(0.2534, { signed: true })).toBe('+25.34%');
    expect(formatFraction(-0.0512, { signed: true })).toBe('-5.12%');
    expect(formatFraction(0, { signed: true })).toBe('0.00%');
  });

  it('leaves shares unsigned and missing values as a dash', () => {
    expect(formatFraction(0.5)).toBe('50.00%');
    expect(formatFraction(1)).toBe('100.00%');
    expect(formatFraction(undefined)).toBe('—');
    expect(formatFraction(Number.NaN)).toBe('—');
  });
});

describe('formatRatio', () => {
  it('rounds to two decimals and keeps the sign of a negative ratio', () => {
    expect(formatRatio(1.2649)).toBe('1.26');
    expect(formatRatio(-0.415)).toBe('-0.42');
    expect(formatRatio(12345.6)).toBe('12,345.60');
    expect(formatRatio(null)).toBe('—');
  });
});

describe('formatMoney and formatSignedMoney', () => {
  it('uses the currency minor units and names the currency', () => {
    expect(formatMoney(100000, 'USD')).toBe('100,000.00 USD');
    expect(formatMoney(123456789.4, 'KRW')).toBe('123,456,789 KRW');
    expect(formatMoney(undefined, 'USD')).toBe('—');
  });

  it('leaves the code out of plain amounts', () => {
    expect(formatAmount(104880.8412, 'USD')).toBe('104,880.84');
    expect(formatAmount(123456789.4, 'KRW')).toBe('123,456,789');
    expect(formatAmount(Number.NaN, 'USD')).toBe('—');
  });

  it('signs P&L amounts', () => {
    expect(formatSignedMoney(1234.5, 'USD')).toBe('+1,234.50');
    expect(formatSignedMoney(-12, 'USD')).toBe('-12.00');
    expect(formatSignedMoney(0, 'KRW')).toBe('0');
  });
});

describe('formatDays', () => {
  it('rounds to whole days with the right noun', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(311.6)).toBe('312 days');
    expect(formatDays(1234)).toBe('1,234 days');
    expect(formatDays(undefined)).toBe('—');
  });
});

describe('calendarDate', () => {
  it('gives the date in the instrument zone, not in UTC', () => {
    expect(calendarDate('2018-02-14T00:00:00Z', 'Asia/Seoul')).toBe('2018-02-14');
    expect(calendarDate('1999-11-01T14:30:00Z', 'America/New_York')).toBe('1999-11-01');
    expect(calendarDate('2020-04-19T23:00:00Z', 'Asia/Seoul')).toBe('2020-04-20');
    expect(calendarDate('2020-04-19T02:00:00Z', 'America/New_York')).toBe('2020-04-18');
  });

  it('gives an empty string for something that is not an instant', () => {
    expect(calendarDate('not a date', 'UTC')).toBe('');
  });
});
