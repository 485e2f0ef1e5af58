import { describe, expect, it } from 'vitest';

import { spy } from '../testing/fixtures';

import { pricePrecision } from './price-precision';

describe('pricePrecision', () => {
  it('takes the finest tick of the instrument', () => {
    expect(pricePrecision(spy, 'USD')).toBe(2);
    expect(
      pricePrecision(
        {
          ...spy,
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
