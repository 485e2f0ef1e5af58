import { describe, expect, it } from 'vitest';

import { barsNeeded, buildWalkForward, defaultWalkForward } from './walk-forward';

describe('walk-forward choices', () => {
  it('starts off, with five folds that fit the series', () => {
    const choice = defaultWalkForward(5241);
    expect(choice).toEqual({
      on: false,
      folds: '5',
      trainBars: '2620',
      testBars: '524',
      window: 'ROLLING',
    });
    expect(barsNeeded(choice)).toBe(2620 + 5 * 524);
    expect(barsNeeded(choice)).toBeLessThanOrEqual(5241);
    expect(defaultWalkForward(undefined)).toMatchObject({ trainBars: '1000', testBars: '250' });
  });

  it('sends nothing when off and whole numbers when on', () => {
    expect(buildWalkForward(defaultWalkForward(1000))).toEqual({
      ok: true,
      walkForward: undefined,
    });
    expect(
      buildWalkForward({
        on: true,
        folds: '4',
        trainBars: '1,000',
        testBars: '500',
        window: 'ANCHORED',
      }),
    ).toEqual({
      ok: true,
      walkForward: { folds: 4, trainBars: 1000, testBars: 500, window: 'ANCHORED' },
    });
  });

  it('stops only on text that is not a whole number; the server checks the ranges', () => {
    expect(
      buildWalkForward({
        on: true,
        folds: 'five',
        trainBars: '2.5',
        testBars: '0',
        window: 'ROLLING',
      }),
    ).toEqual({
      ok: false,
      errors: { folds: 'Enter a whole number.', trainBars: 'Enter a whole number.' },
    });
    expect(
      barsNeeded({ on: true, folds: '', trainBars: '1', testBars: '1', window: 'ROLLING' }),
    ).toBe(undefined);
  });
});
