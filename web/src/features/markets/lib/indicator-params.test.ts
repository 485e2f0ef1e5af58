import { describe, expect, it } from 'vitest';

import { indicatorCatalogue } from '../testing/fixtures';

import { checkParams, defaultDraft, indicatorLabel } from './indicator-params';

const [ema, bollinger] = indicatorCatalogue.items;

describe('indicator parameters', () => {
  it('start at the catalogue defaults', () => {
    expect(defaultDraft(bollinger!)).toEqual({ period: '20', stdDev: '2' });
  });

  it('pass when every value is a number of the right kind within range', () => {
    expect(checkParams(bollinger!, { period: ' 30 ', stdDev: '2.5' })).toEqual({
      ok: true,
      params: { period: 30, stdDev: 2.5 },
    });
    expect(checkParams(bollinger!, { period: '2', stdDev: '10' }).ok).toBe(true);
  });

  it('say what is wrong with each field before anything is sent', () => {
    expect(checkParams(bollinger!, { period: '1', stdDev: '' })).toEqual({
      ok: false,
      errors: { period: 'Must be between 2 and 500.', stdDev: 'Enter a value.' },
    });
    expect(checkParams(ema!, { period: '14.5' })).toEqual({
      ok: false,
      errors: { period: 'Enter a whole number.' },
    });
    expect(checkParams(ema!, { period: 'abc' })).toEqual({
      ok: false,
      errors: { period: 'Enter a number.' },
    });
    expect(checkParams(bollinger!, { period: '20', stdDev: '10.5' })).toEqual({
      ok: false,
      errors: { stdDev: 'Must be between 0.1 and 10.' },
    });
  });

  it('label an indicator with its parameters in catalogue order', () => {
    expect(indicatorLabel('rsi', { period: 14 })).toBe('RSI(14)');
    expect(indicatorLabel('bollinger', { stdDev: 2, period: 20 }, ['period', 'stdDev'])).toBe(
      'Bollinger(20, 2)',
    );
    expect(indicatorLabel('obv', {})).toBe('OBV');
    expect(indicatorLabel('new-one', { period: 5 })).toBe('new-one(5)');
  });
});
