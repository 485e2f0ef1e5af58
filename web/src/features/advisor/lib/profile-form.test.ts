import { describe, expect, it } from 'vitest';

import { parseSymbols } from './profile-form';

describe('parseSymbols', () => {
  it('splits on commas and spaces and drops empties', () => {
    expect(parseSymbols(' btc-usd, SPY  005930,,')).toEqual(['btc-usd', 'SPY', '005930']);
    expect(parseSymbols('')).toEqual([]);
  });
});
