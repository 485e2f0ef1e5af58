import { describe, expect, it } from 'vitest';

import { spy } from '../testing/fixtures';

import { pricePrecision } from './price-precision';

describe('pricePrecision', () => {
  it('takes the tick in force at the last close', () => {
    const last = { time: '2020-08-28T13:30:00Z', close: 350.58, previousClose: 348.33 };
    expect(pricePrecision(spy, 'USD')).toBe(2);
    expect(
      pricePrecision(
        {
          ...spy,
          last,
          tickSizes: [
            { fromPrice: 0, tick: 0.0001 },
            { fromPrice: 1, tick: 0.01 },
          ],
        },
        'USD',
      ),
    ).toBe(2);
    expect(
      pricePrecision(
        {
          ...spy,
          last: { ...last, close: 0.5 },
          tickSizes: [
            { fromPrice: 0, tick: 0.0001 },
            { fromPrice: 1, tick: 0.01 },
          ],
        },
        'USD',
      ),
    ).toBe(4);
    expect(pricePrecision({ ...spy, tickSizes: [{ fromPrice: 0, tick: 5 }] }, 'KRW')).toBe(0);
  });

  it('falls back to the currency digits when the instrument is unknown', () => {
    expect(pricePrecision(undefined, 'KRW')).toBe(0);
    expect(pricePrecision(undefined, 'USD')).toBe(2);
  });
});
