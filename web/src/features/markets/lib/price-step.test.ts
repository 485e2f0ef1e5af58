import { describe, expect, it } from 'vitest';

import { samsung, spy } from '../testing/fixtures';

import { priceStep } from './price-step';

describe('priceStep', () => {
  it('uses the tick in force at the last close, not the finest band', () => {
    const twoBands = {
      ...spy,
      tickSizes: [
        { fromPrice: 1, tick: 0.01 },
        { fromPrice: 0, tick: 0.0001 },
      ],
    };
    expect(priceStep(twoBands)).toEqual({ precision: 2, minMove: 0.01 });
    expect(priceStep({ ...twoBands, last: { time: '2020-01-01T00:00:00Z', close: 0.5 } })).toEqual({
      precision: 4,
      minMove: 0.0001,
    });
  });

  it('shows whole won for KRX bands of 5 or 1,000 won', () => {
    expect(priceStep(samsung)).toEqual({ precision: 0, minMove: 1 });
  });

  it("falls back to the currency's minor unit without ticks", () => {
    expect(priceStep({ ...spy, tickSizes: [] })).toEqual({ precision: 2, minMove: 0.01 });
  });
});
